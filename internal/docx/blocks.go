package docx

import (
	"fmt"
	"strings"
	"unicode"

	"baocao/internal/report"
)

// body is document.xml's body being written: blocks in order, with the
// few rules that join them (a paragraph stays with the table it
// introduces; two tables never touch, or Word would merge them).
type body struct {
	b         strings.Builder
	o         Options
	lastTable bool // the last thing written was a table
	afterGap  bool // the next paragraph takes a gap above (it follows a table)
}

func (d *body) para(p para) {
	if d.afterGap && p.before == 0 {
		p.before = pointsTw(6)
	}
	p.write(&d.b)
	d.lastTable, d.afterGap = false, false
}

func (d *body) table(t table) {
	if d.lastTable { // two adjacent tables would become one
		d.spacer()
	}
	t.write(&d.b)
	d.lastTable, d.afterGap = true, true
}

// spacer is an empty paragraph of 6 pt, between two tables.
func (d *body) spacer() {
	d.b.WriteString(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="exact"/><w:rPr><w:sz w:val="4"/></w:rPr></w:pPr></w:p>`)
	d.lastTable, d.afterGap = false, false
}

// sectionEnd ends a section with a paragraph that carries its setup and
// takes no visible room.
func (d *body) sectionEnd(sect string) {
	d.b.WriteString(`<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr>` + sect + `</w:pPr></w:p>`)
	d.lastTable, d.afterGap = false, false
}

// blocks writes a run of the body's or the appendix's blocks across width
// twips. keepLast keeps the last paragraph with what follows: the body's
// closing paragraph with the signature, which never stands alone on a page.
func (d *body) blocks(bs []report.Block, width int, keepLast bool) error {
	for i, bl := range bs {
		next := report.BlockKind(-1)
		if i+1 < len(bs) {
			next = bs[i+1].Kind
		}
		introduces := next == report.TableBlock || next == report.ChartBlock
		switch bl.Kind {
		case report.Paragraph:
			p := text(styleBody, bl.Text)
			p.keepNext = introduces || keepLast && i == len(bs)-1
			d.para(p)
		case report.Heading:
			d.para(text(headingStyle(bl.Text), bl.Text))
		case report.CentreBold:
			d.para(text(styleCentredBold, bl.Text))
		case report.CentreItalic:
			p := text(styleCentredItalic, bl.Text)
			p.keepNext = introduces
			d.para(p)
		case report.TableBlock:
			if bl.Table == nil {
				return fmt.Errorf("block %d (%s): a table block without a table", i+1, bl.Source)
			}
			if len(bl.Table.Columns) == 0 {
				continue
			}
			d.table(reportTable(bl.Table, width, d.o))
		case report.ChartBlock:
			if bl.Chart == nil {
				return fmt.Errorf("block %d (%s): a chart block without a chart", i+1, bl.Source)
			}
			if len(bl.Chart.Bars) == 0 {
				continue
			}
			t, legend := chartTable(bl.Chart, width)
			d.table(t)
			legend.keepNext = next == report.CentreItalic // with its caption
			d.para(legend)
		default:
			return fmt.Errorf("block %d (%s): unknown kind %d", i+1, bl.Source, bl.Kind)
		}
	}
	return nil
}

// headingStyle is heading 1 for a part ("I- KẾT QUẢ THỰC HIỆN", written
// in capitals) and heading 2 for a point within it ("1. Kết quả chung"),
// so Word's navigation pane shows the report's outline.
func headingStyle(s string) string {
	for _, r := range s {
		if unicode.IsLower(r) {
			return styleHeading2
		}
	}
	return styleHeading1
}
