package pdf

// tableLayout is a table measured before it is drawn, so the paragraph
// that introduces it can be kept with its header and first row (see
// keepWithNext) without sizing the columns twice.
type tableLayout struct {
	cols        []column
	rows        [][]string
	widths      []float64
	header      [][]string // the header cells, wrapped
	headerLines int
	headerH     float64
	firstH      float64    // the first body row's height; 0 without rows
	first       [][]string // the first body row's cells, wrapped
}

// layoutTable sizes the columns and wraps the header and the first row.
func (d *document) layoutTable(cols []column, rows [][]string) tableLayout {
	return d.layoutTableOn(cols, rows, rows)
}

// layoutTableOn is layoutTable with the columns sized on other rows: an
// agency's extract of the annex is sized on the whole table, so every
// agency's copy has the programme's column widths, not widths skewed by its
// two or three rows.
func (d *document) layoutTableOn(cols []column, rows, sizing [][]string) tableLayout {
	pg := d.page
	t := tableLayout{cols: cols, rows: rows, widths: d.columnWidths(cols, sizing, pg.textWidth())}
	d.setCellMargin(pg.CellPadding)
	defer d.setCellMargin(0)
	t.header = make([][]string, len(cols))
	d.setFont("B", pg.TableHeaderSize)
	vertical := 0.0 // the longest vertical heading's line
	for i, c := range cols {
		if c.Align == "V" {
			t.header[i] = d.verticalHeader(c.Header)
			for _, l := range t.header[i] {
				vertical = max(vertical, d.width(l)+2*pg.CellPadding)
			}
			continue
		}
		t.header[i] = d.splitCell(c.Header, t.widths[i])
		t.headerLines = max(t.headerLines, len(t.header[i]))
	}
	t.headerH = max(float64(t.headerLines)*pg.TableLineHeight+2*pg.CellPaddingY, vertical+2*pg.CellPaddingY)
	d.setFont("", pg.TableSize)
	if len(rows) > 0 {
		t.first = d.splitRow(rows[0], t.widths, cols)
		t.firstH = d.rowHeight(t.first)
	}
	return t
}

// leadHeight is what must fit before the table starts on a page: the
// header and the first row, or as much of that row as a page can hold.
func (d *document) leadHeight(t tableLayout) float64 {
	return t.headerH + min(t.firstH, d.pageHeight()-t.headerH)
}
