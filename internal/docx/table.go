package docx

import "strings"

// table is one w:tbl with a fixed grid: the report sets every column's
// width itself, so Word and LibreOffice lay the table out alike instead
// of each auto-fitting it its own way.
type table struct {
	style   string
	grid    []int // column widths, twips
	caption string
	rows    []tableRow
}

// tableRow is a w:tr.
type tableRow struct {
	header    bool // repeated at the top of each page (w:tblHeader)
	cantSplit bool // kept on one page
	height    int  // twips; 0 for the content's
	exact     bool // height is exact rather than at least
	cells     []tableCell
}

// tableCell is a w:tc.
type tableCell struct {
	span     int // grid columns it covers; 0 or 1 for one
	paras    []para
	vertical bool   // text read bottom to top (a narrow figure column's heading)
	top      bool   // set at the top rather than the middle
	fill     string // shading
	borders  string // w:tcBorders children; "" for the table style's
	noMargin bool   // no room beside the text (a chart's bar segments)
}

func (t table) width() int {
	w := 0
	for _, g := range t.grid {
		w += g
	}
	return w
}

// write appends the table to b.
func (t table) write(b *strings.Builder) {
	b.WriteString("<w:tbl><w:tblPr>")
	b.WriteString(`<w:tblStyle w:val="`)
	b.WriteString(t.style)
	b.WriteString(`"/><w:tblW w:w="`)
	writeInt(b, t.width())
	b.WriteString(`" w:type="dxa"/><w:jc w:val="center"/><w:tblLayout w:type="fixed"/>`)
	b.WriteString(`<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>`)
	if t.caption != "" {
		b.WriteString(`<w:tblCaption w:val="`)
		writeEsc(b, t.caption)
		b.WriteString(`"/>`)
	}
	b.WriteString("</w:tblPr><w:tblGrid>")
	for _, g := range t.grid {
		b.WriteString(`<w:gridCol w:w="`)
		writeInt(b, g)
		b.WriteString(`"/>`)
	}
	b.WriteString("</w:tblGrid>")
	for i := range t.rows {
		r := &t.rows[i]
		b.WriteString("<w:tr>")
		if r.header || r.cantSplit || r.height > 0 {
			b.WriteString("<w:trPr>")
			if r.cantSplit {
				b.WriteString("<w:cantSplit/>")
			}
			if r.height > 0 {
				rule := "atLeast"
				if r.exact {
					rule = "exact"
				}
				b.WriteString(`<w:trHeight w:val="`)
				writeInt(b, r.height)
				b.WriteString(`" w:hRule="`)
				b.WriteString(rule)
				b.WriteString(`"/>`)
			}
			if r.header {
				b.WriteString("<w:tblHeader/>")
			}
			b.WriteString("</w:trPr>")
		}
		col := 0
		for j := range r.cells {
			c := &r.cells[j]
			span := max(c.span, 1)
			w := 0
			for i := col; i < col+span && i < len(t.grid); i++ {
				w += t.grid[i]
			}
			col += span
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="`)
			writeInt(b, w)
			b.WriteString(`" w:type="dxa"/>`)
			if span > 1 {
				b.WriteString(`<w:gridSpan w:val="`)
				writeInt(b, span)
				b.WriteString(`"/>`)
			}
			if c.borders != "" {
				b.WriteString("<w:tcBorders>")
				b.WriteString(c.borders)
				b.WriteString("</w:tcBorders>")
			}
			if c.fill != "" {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="`)
				b.WriteString(c.fill)
				b.WriteString(`"/>`)
			}
			if c.noMargin {
				b.WriteString(`<w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar>`)
			}
			if c.vertical {
				b.WriteString(`<w:textDirection w:val="btLr"/>`)
			}
			if c.top {
				b.WriteString(`<w:vAlign w:val="top"/>`)
			} else {
				b.WriteString(`<w:vAlign w:val="center"/>`)
			}
			b.WriteString("</w:tcPr>")
			if len(c.paras) == 0 { // a cell must hold a paragraph
				para{}.write(b)
			}
			for _, p := range c.paras {
				p.write(b)
			}
			b.WriteString("</w:tc>")
		}
		b.WriteString("</w:tr>")
	}
	b.WriteString("</w:tbl>")
}

// noBorders are w:tcBorders children that clear every edge of a cell.
const noBorders = `<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>`
