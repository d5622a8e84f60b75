package pdf

import (
	"math"
	"strings"
)

// column is one column of a table: its header words and how its cells align
// ("L", "C", "R", or "J" to justify a cell's lines that are nearly full,
// never its last; see lineAlign).
type column struct {
	Header string
	Align  string
}

// table prints a bordered table across the text width: a bold centred
// header row repeated at the top of every page, cells wrapped in their
// column, column widths sized to their content, and rows kept whole on a
// page unless a row is taller than a page, which is then split between
// lines with the header repeated.
//
// keepTotal keeps the last row (a "Tổng cộng" row) on the page of the row
// before it, so a total never stands alone under a repeated header.
func (d *document) table(cols []column, rows [][]string, keepTotal bool) {
	pg := d.page
	widths := d.columnWidths(cols, rows, pg.textWidth())
	d.f.SetCellMargin(pg.CellPadding)
	defer d.f.SetCellMargin(0)
	d.f.SetLineWidth(pg.TableRuleWidth)

	header := make([][]string, len(cols))
	d.setFont("B", pg.TableHeaderSize)
	headerLines := 0
	for i, c := range cols {
		header[i] = d.splitCell(c.Header, widths[i])
		headerLines = max(headerLines, len(header[i]))
	}
	headerH := float64(headerLines)*pg.TableLineHeight + 2*pg.CellPaddingY
	drawHeader := func() {
		d.setFont("B", pg.TableHeaderSize)
		d.drawRow(widths, header, nil, headerLines, headerH, true, nil)
	}

	// Keep the header with at least the first row.
	d.setFont("", pg.TableSize)
	first := 0.0
	if len(rows) > 0 {
		first = d.rowHeight(d.splitRow(rows[0], widths))
	}
	d.ensure(headerH + min(first, d.pageHeight()-headerH))
	drawHeader()

	for i, row := range rows {
		d.setFont("", pg.TableSize)
		cells := d.splitRow(row, widths)
		h := d.rowHeight(cells)
		if keepTotal && i == len(rows)-2 && d.y() > d.page.MarginTop+headerH+0.01 {
			both := h + d.rowHeight(d.splitRow(rows[i+1], widths))
			if d.y()+both > d.bottom()+0.01 && both <= d.pageHeight()-headerH {
				d.addPage()
				drawHeader()
				d.setFont("", pg.TableSize)
			}
		}
		if d.y()+h <= d.bottom()+0.01 {
			d.drawRow(widths, cells, cols, lineCount(cells), h, true, nil)
			continue
		}
		if h <= d.pageHeight()-headerH {
			d.addPage()
			drawHeader()
			d.setFont("", pg.TableSize)
			d.drawRow(widths, cells, cols, lineCount(cells), h, true, nil)
			continue
		}
		d.splitTallRow(widths, cells, cols, headerH, drawHeader)
	}
	d.moveTo(pg.MarginLeft, d.y())
}

// splitTallRow prints a row taller than a page in slices of whole lines,
// each on its own page under a repeated header.
func (d *document) splitTallRow(widths []float64, cells [][]string, cols []column, headerH float64, drawHeader func()) {
	pg := d.page
	total := lineCount(cells)
	fresh := false // the cursor is just under a header on a new page
	for done := 0; done < total; {
		fit := int(math.Floor((d.bottom() - d.y() - 2*pg.CellPaddingY + 0.01) / pg.TableLineHeight))
		if fit < 2 && !fresh { // too little room left: start the slice on a new page
			d.addPage()
			drawHeader()
			fresh = true
			continue
		}
		fit = max(fit, 1) // a header taller than the page: still make progress
		fresh = false
		n := min(fit, total-done)
		slice := make([][]string, len(cells))
		more := make([]bool, len(cells))
		for i, c := range cells {
			if done < len(c) {
				slice[i] = c[done:min(len(c), done+n)]
			}
			more[i] = done+n < len(c)
		}
		d.setFont("", pg.TableSize)
		d.drawRow(widths, slice, cols, n, float64(n)*pg.TableLineHeight+2*pg.CellPaddingY, false, more)
		done += n
		if done < total {
			d.addPage()
			drawHeader()
			fresh = true
		}
	}
}

// splitRow wraps each cell of a row in its column, never inside a
// protected phrase that fits the column.
func (d *document) splitRow(row []string, widths []float64) [][]string {
	cells := make([][]string, len(widths))
	for i := range widths {
		text := ""
		if i < len(row) {
			text = strings.Join(strings.Fields(row[i]), " ")
		}
		cells[i] = d.splitCell(text, widths[i])
	}
	return cells
}

// lineCount is the number of lines of the row's tallest cell.
func lineCount(cells [][]string) int {
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	return n
}

// rowHeight is the height of a row of wrapped cells.
func (d *document) rowHeight(cells [][]string) float64 {
	return float64(lineCount(cells))*d.page.TableLineHeight + 2*d.page.CellPaddingY
}

// drawRow prints one row (or a slice of a split row) of height h at the
// cursor with its borders and moves below it. Cells are centred vertically
// when middle is set; cols nil means the header row (all centred). more[i]
// says cell i goes on after this slice, so its last line here is not its
// paragraph's last and may be justified; nil for a whole row.
func (d *document) drawRow(widths []float64, cells [][]string, cols []column, lines int, h float64, middle bool, more []bool) {
	pg := d.page
	x0, y0 := pg.MarginLeft, d.y()
	x := x0
	for i, w := range widths {
		d.f.Rect(x, y0, w, h, "D")
		lines := cells[i]
		y := y0 + pg.CellPaddingY
		if middle {
			y += (h - 2*pg.CellPaddingY - float64(len(lines))*pg.TableLineHeight) / 2
		}
		align := "C"
		if cols != nil {
			align = cols[i].Align
		}
		for j, line := range lines {
			a := align
			if a == "J" {
				last := j == len(lines)-1 && (i >= len(more) || !more[i])
				a = d.lineAlign(line, w-2*pg.CellPadding, last)
			}
			d.moveTo(x, y)
			d.cell(w, pg.TableLineHeight, line, a)
			y += pg.TableLineHeight
		}
		x += w
	}
	d.moveTo(x0, y0+h)
}
