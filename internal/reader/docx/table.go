package docx

import (
	"encoding/xml"

	"baocao/internal/document"
	"baocao/internal/source"
)

// maxCols caps a table's grid: Word allows 63 columns; a hostile gridSpan
// or gridBefore must not make Table.Grid allocate millions of positions.
const maxCols = 256

// vMerge states of a cell.
const (
	vmNone = iota
	vmRestart
	vmContinue
)

// cellBuild is a w:tc as read, before merges are resolved.
type cellBuild struct {
	paras  []document.Paragraph
	span   int
	vmerge int
	hmerge int // legacy w:hMerge: vmRestart or vmContinue
	pos    source.Pos
}

// cellPos returns a position for the next paragraph of a cell: the cell's
// Where with an ordinal of its own, so diagnostics sort in reading order.
func (p *parser) cellPos(c *cellBuild) source.Pos {
	p.ordinal++
	pos := c.pos
	pos.Line = p.ordinal
	return pos
}

// rowBuild is a w:tr as read.
type rowBuild struct {
	cells      []cellBuild
	gridBefore int
	header     bool
	pos        source.Pos
}

// table reads a body w:tbl into a block.
func (p *parser) table(depth int) error {
	p.tableNo++
	n := p.tableNo
	t := &document.Table{Pos: p.pos("table %d", n)}
	gap := p.takeGap()
	gridCols := 0
	var rows []rowBuild
	var rowsIn func(depth int) error
	rowsIn = func(depth int) error {
		if p.deep(depth, t.Pos) {
			return p.skip()
		}
		return p.each(func(se xml.StartElement) error {
			switch se.Name.Local {
			case "tblGrid":
				return p.each(func(c xml.StartElement) error {
					if c.Name.Local == "gridCol" {
						gridCols++
					}
					return p.skip()
				})
			case "tr":
				r, err := p.row(depth+1, n, len(rows)+1)
				if err != nil {
					return err
				}
				rows = append(rows, r)
				return nil
			case "sdt":
				return p.sdt(depth+1, rowsIn)
			case "customXml", "ins", "moveTo":
				return rowsIn(depth + 1)
			}
			return p.skip()
		})
	}
	if err := rowsIn(depth); err != nil {
		return err
	}
	p.build(t, rows, gridCols)
	if len(t.Rows) == 0 || t.Cols == 0 {
		return nil // no cells: nothing a reader sees
	}
	p.blocks = append(p.blocks, document.Block{Table: t, Gap: gap})
	return nil
}

// row reads a w:tr: its properties and cells.
func (p *parser) row(depth, table, n int) (rowBuild, error) {
	r := rowBuild{pos: p.pos("table %d, row %d", table, n)}
	var cellsIn func(depth int) error
	cellsIn = func(depth int) error {
		if p.deep(depth, r.pos) {
			return p.skip()
		}
		return p.each(func(se xml.StartElement) error {
			switch se.Name.Local {
			case "trPr":
				return p.each(func(c xml.StartElement) error {
					switch c.Name.Local {
					case "gridBefore":
						r.gridBefore = intAttr(c, "val", 0, 0, maxCols)
					case "tblHeader":
						r.header = onOff(c) == on
					}
					return p.skip()
				})
			case "tc":
				c := cellBuild{span: 1, pos: p.pos("table %d, row %d, cell %d", table, n, len(r.cells)+1)}
				if err := p.cell(depth+1, &c); err != nil {
					return err
				}
				r.cells = append(r.cells, c)
				return nil
			case "sdt":
				return p.sdt(depth+1, cellsIn)
			case "customXml", "ins", "moveTo":
				return cellsIn(depth + 1)
			}
			return p.skip()
		})
	}
	return r, cellsIn(depth)
}

// cell reads a w:tc: span and merge properties, then its content.
func (p *parser) cell(depth int, c *cellBuild) error {
	if p.deep(depth, c.pos) {
		return p.skip()
	}
	return p.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "tcPr":
			return p.each(func(x xml.StartElement) error {
				switch x.Name.Local {
				case "gridSpan":
					c.span = intAttr(x, "val", 1, 1, maxCols)
				case "vMerge":
					c.vmerge = vmContinue
					if v, _ := attr(x, "val"); v == "restart" {
						c.vmerge = vmRestart
					}
				case "hMerge":
					c.hmerge = vmContinue
					if v, _ := attr(x, "val"); v == "restart" {
						c.hmerge = vmRestart
					}
				}
				return p.skip()
			})
		case "p":
			return p.paragraph(depth+1, c)
		case "tbl":
			return p.flatten(depth+1, c)
		case "sdt":
			return p.sdt(depth+1, func(d int) error { return p.blockContent(d, c) })
		case "ins", "moveTo", "customXml", "smartTag":
			return p.blockContent(depth+1, c)
		}
		return p.skip()
	})
}

// flatten reads a table nested in a cell: its paragraphs, cell after cell,
// become paragraphs of the outer cell. Programmes nest tables for layout
// only; the annex's grid is the outer table.
func (p *parser) flatten(depth int, c *cellBuild) error {
	if p.deep(depth, c.pos) {
		return p.skip()
	}
	return p.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "p":
			return p.paragraph(depth+1, c)
		case "tblPr", "tblGrid", "trPr", "tcPr", "tblPrEx", "del", "moveFrom":
			return p.skip()
		case "sdtPr", "sdtEndPr":
			return p.skip()
		}
		// tbl, tr, tc, sdt, sdtContent, ins, customXml: descend.
		return p.flatten(depth+1, c)
	})
}

// build lays the read rows on the grid: gridBefore and gridSpan give each
// cell its column, legacy hMerge joins cells, a vMerge continuation adds a
// row to the cell above it and is not listed.
func (p *parser) build(t *document.Table, rows []rowBuild, gridCols int) {
	cols := min(gridCols, maxCols)
	type origin struct{ row, cell, span int }
	active := map[int]origin{} // grid column → the restart cell of a vertical merge open there
	for ri, rb := range rows {
		out := document.Row{Header: rb.header, Pos: rb.pos}
		col := rb.gridBefore
		covered := map[int]bool{}
		for _, cb := range rb.cells {
			if cb.hmerge == vmContinue && len(out.Cells) > 0 {
				prev := &out.Cells[len(out.Cells)-1]
				prev.ColSpan += cb.span
				prev.Paras = append(prev.Paras, cb.paras...)
				col += cb.span
				continue
			}
			span := cb.span
			if col >= maxCols {
				p.wide(rb.pos)
				break
			}
			if col+span > maxCols {
				p.wide(rb.pos)
				span = maxCols - col
			}
			if cb.vmerge == vmContinue {
				if o, ok := active[col]; ok && o.span == span {
					c := &t.Rows[o.row].Cells[o.cell]
					c.RowSpan = ri - o.row + 1
					c.Paras = append(c.Paras, cb.paras...)
					for k := col; k < col+span; k++ {
						covered[k] = true
					}
					col += span
					continue
				}
			}
			for k := col; k < col+span; k++ {
				covered[k] = true
				delete(active, k)
			}
			out.Cells = append(out.Cells, document.Cell{Paras: cb.paras, Col: col, ColSpan: span, RowSpan: 1, Pos: cb.pos})
			if cb.vmerge != vmNone {
				active[col] = origin{row: len(t.Rows), cell: len(out.Cells) - 1, span: span}
			}
			col += span
		}
		// A merge stops where a row leaves its column empty.
		for k := range active {
			if !covered[k] {
				delete(active, k)
			}
		}
		cols = max(cols, col)
		t.Rows = append(t.Rows, out)
	}
	t.Cols = min(cols, maxCols)
	// Paragraphs a continuation added keep the order they were read in;
	// positions stay those of the cell they were written in.
}

// wide reports, once, a table cut to maxCols columns.
func (p *parser) wide(pos source.Pos) {
	if !p.tooWide {
		p.tooWide = true
		p.diags.Add(pos, source.Warning, "docx-too-wide", "the table has more than %d grid columns; the columns beyond are not read", maxCols)
	}
}
