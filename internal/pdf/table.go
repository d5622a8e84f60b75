package pdf

import (
	"math"
	"slices"
	"strings"
)

// column is one column of a table: its header words and how its cells align
// ("L", "C", "R", or "J" to justify a cell's lines that are nearly full,
// never its last; see lineAlign; or "V": cells centred under a heading set
// vertically, reading upwards, for a narrow column of figures whose heading
// would otherwise stand one word a line; see verticalHeader).
type column struct {
	Header string
	Align  string
}

// drawTable places a measured table (layoutTable): a bordered table across the text width: a bold centred
// header row repeated at the top of every page, cells wrapped in their
// column, column widths sized to their content, and rows kept whole on a
// page unless a row is taller than a page, which is then split between
// lines with the header repeated. Each row is measured once into a piece
// (tableRow) and the paginator places it.
//
// keepTotal keeps the last row (a "Tổng cộng" row) on the page of the row
// before it, so a total never stands alone under a repeated header.
func (d *document) drawTable(t tableLayout, keepTotal bool) {
	pg := d.page
	d.setCellMargin(pg.CellPadding)
	defer d.setCellMargin(0)
	d.lineWidth(pg.TableRuleWidth)
	header := d.headerPiece(t)
	newPage := func() {
		d.addPage()
		d.place(header)
	}

	// Keep the header with at least the first row.
	d.ensure(d.leadHeight(t))
	d.place(header)

	// A row's boxes are copied onto the page when placed, so two buffers,
	// the row placed and the next one measured, serve the whole table.
	var bufs [2][]box
	wrapped := newCellLines(len(t.widths))
	next := d.tableRow(t, 0, &bufs[0], wrapped)
	for i := range t.rows {
		row := next
		if i+1 < len(t.rows) {
			next = d.tableRow(t, i+1, &bufs[(i+1)%2], wrapped)
		}
		if keepTotal && i == len(t.rows)-2 && d.y() > d.page.MarginTop+t.headerH+0.01 {
			both := row.h + next.h
			if d.y()+both > d.bottom()+0.01 && both <= d.pageHeight()-t.headerH {
				newPage()
			}
		}
		if d.y()+row.h <= d.bottom()+0.01 {
			d.place(row.piece)
			continue
		}
		if row.h <= d.pageHeight()-t.headerH {
			newPage()
			d.place(row.piece)
			continue
		}
		d.splitTallRow(t.widths, row.cells, t.cols, newPage)
	}
	d.moveTo(pg.MarginLeft, d.y())
}

// measuredRow is a table row measured: its cells' lines and the row as a
// piece.
type measuredRow struct {
	piece
	cells [][]string
}

// tableRow measures row i of t into buf, which it keeps for the next use;
// the first row was wrapped by layoutTable. A cell whose text an earlier
// row of the table had in the same column takes that cell's lines from
// wrapped.
func (d *document) tableRow(t tableLayout, i int, buf *[]box, wrapped *cellLines) measuredRow {
	d.setFont("", d.page.TableSize)
	cells := t.first
	if i > 0 || cells == nil {
		cells = d.splitRowIn(t.rows[i], t.widths, t.cols, wrapped)
	}
	h := d.rowHeight(cells)
	*buf = d.rowBoxes((*buf)[:0], t.widths, cells, t.cols, h, true, nil)
	return measuredRow{piece{*buf, h}, cells}
}

// splitTallRow places a row taller than a page in slices of whole lines,
// each on its own page under a repeated header.
func (d *document) splitTallRow(widths []float64, cells [][]string, cols []column, newPage func()) {
	pg := d.page
	total := lineCount(cells)
	fresh := false // the cursor is just under a header on a new page
	for done := 0; done < total; {
		fit := int(math.Floor((d.bottom() - d.y() - 2*pg.CellPaddingY + 0.01) / pg.TableLineHeight))
		if fit < 2 && !fresh { // too little room left: start the slice on a new page
			newPage()
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
		h := float64(n)*pg.TableLineHeight + 2*pg.CellPaddingY
		d.place(piece{d.rowBoxes(nil, widths, slice, cols, h, false, more), h})
		done += n
		if done < total {
			newPage()
			fresh = true
		}
	}
}

// splitRow wraps each cell of a row in its column, never inside a
// protected phrase that fits the column, unless keeping it whole leaves a
// justified column's line too short to justify (splitJustified).
func (d *document) splitRow(row []string, widths []float64, cols []column) [][]string {
	return d.splitRowIn(row, widths, cols, nil)
}

// cellLines are the lines of the cells a table has wrapped, by column and
// text: the lead agency and the deadline of an annex row are mostly
// words an earlier row had ("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp…",
// "Hoàn thành trong quý IV-2021"), and a table wraps all its cells in one
// face and cell margin, so the same text in the same column has the same
// lines. The lines are shared between rows and only read. A column whose
// texts seldom repeat (the titles) stops being kept once it has missed
// 64 times and hit less than once in five: hashing and keeping 10,000
// long titles cost more than it saved.
type cellLines struct {
	lines        map[cellText][]string
	hits, misses []int // by column
}

type cellText struct {
	col  int
	text string
}

// newCellLines is an empty cellLines for a table of n columns.
func newCellLines(n int) *cellLines {
	return &cellLines{lines: map[cellText][]string{}, hits: make([]int, n), misses: make([]int, n)}
}

// kept reports whether column col is worth looking up and keeping.
func (c *cellLines) kept(col int) bool {
	return c != nil && col < len(c.hits) && (c.misses[col] < 64 || 4*c.hits[col] >= c.misses[col])
}

// splitRowIn is splitRow taking each cell's lines from wrapped when a cell
// of the same column and text was wrapped before, and keeping them there
// (wrapped nil: none kept).
func (d *document) splitRowIn(row []string, widths []float64, cols []column, wrapped *cellLines) [][]string {
	cells := make([][]string, len(widths))
	for i := range widths {
		text := "" // wrapCell collapses its spaces
		if i < len(row) {
			text = row[i]
		}
		keep := wrapped.kept(i)
		if keep {
			if lines, ok := wrapped.lines[cellText{i, text}]; ok {
				wrapped.hits[i]++
				cells[i] = lines
				continue
			}
			wrapped.misses[i]++
		}
		if i < len(cols) && cols[i].Align == "J" {
			cells[i] = d.splitJustified(text, widths[i])
		} else {
			cells[i] = d.splitCell(text, widths[i])
		}
		if keep {
			wrapped.lines[cellText{i, text}] = cells[i]
		}
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

// rowBoxes lays out one row (or a slice of a split row) of height h, its
// top at 0, appended to dst: each cell's border and its lines, in the
// current face. Cells
// are centred vertically when middle is set; cols nil means the header row
// (all centred). more[i] says cell i goes on after this slice, so its last
// line here is not its paragraph's last and may be justified; nil for a
// whole row.
func (d *document) rowBoxes(dst []box, widths []float64, cells [][]string, cols []column, h float64, middle bool, more []bool) []box {
	pg := d.page
	out := dst
	x := pg.MarginLeft
	for i, w := range widths {
		out = append(out, box{kind: boxRect, x: x, y: 0, w: w, h: h, align: 'D', size: d.ruleW})
		lines := cells[i]
		y := pg.CellPaddingY
		if middle {
			y += (h - 2*pg.CellPaddingY - float64(len(lines))*pg.TableLineHeight) / 2
		}
		align := "C"
		if cols != nil {
			align = cols[i].Align
		}
		for j, line := range lines {
			a := align
			switch a {
			case "J":
				last := j == len(lines)-1 && (i >= len(more) || !more[i])
				a = d.cellAlign(line, w-2*pg.CellPadding, last)
			case "V":
				a = "C"
			}
			out = append(out, d.measureCell(x, y, w, pg.TableLineHeight, line, a))
			y += pg.TableLineHeight
		}
		x += w
	}
	return out
}

// columnWidths sizes the columns to their content within total: each column
// wants the width of its longest cell on one line and needs at least its
// longest word and its longest protected phrase, its header's included:
// headers wrap at spaces, in two or three lines when the table affords it.
// Columns that fit in their share of the width get what they want; the
// rest share what remains in proportion to the square root of a typical
// cell's one-line width (the 90th percentile, so one huge cell does
// not starve the other columns), which gives a long title column most of the
// room without squeezing a short column down to one word per line.
//
// A long table's widths are remembered (widthsMemo): an agency's extract
// of the annex is sized on the whole programme's rows, as the annex was.
func (d *document) columnWidths(cols []column, rows [][]string, total float64) []float64 {
	if len(rows) < memoMinRows {
		return d.measureColumnWidths(cols, rows, total)
	}
	k := d.widthsKey(total)
	if w := widthsMemo.get(k, cols, rows); w != nil {
		// What measuring leaves behind: the body face selected.
		d.setFont("B", d.page.TableHeaderSize)
		d.setFont("", d.page.TableSize)
		return w
	}
	w := d.measureColumnWidths(cols, rows, total)
	widthsMemo.put(k, cols, rows, w)
	return w
}

// measureColumnWidths is columnWidths without the memo.
func (d *document) measureColumnWidths(cols []column, rows [][]string, total float64) []float64 {
	pad := 2 * d.page.CellPadding
	n := len(cols)
	want, need := make([]float64, n), make([]float64, n)
	sizes := make([][]float64, n)
	measure := func(i int, s string) {
		// The text and its widest word in one pass (s is collapsed).
		total, widest := d.m.textWidths(s)
		w := float64(total)*d.m.size/1000 + pad
		want[i] = max(want[i], w)
		sizes[i] = append(sizes[i], w)
		if s != "" {
			need[i] = max(need[i], float64(widest)*d.m.size/1000+pad)
		}
		// A protected phrase ("quý IV-2021", "ngày 02-4-2021") wants one
		// line, so the column needs its width as it needs a word's. A
		// phrase is no wider than its text: a text that needs no more
		// than the column already does is not searched.
		if w <= need[i] {
			return
		}
		for _, m := range d.spans(s) {
			need[i] = max(need[i], d.width(s[m[0]:m[1]])+pad)
		}
	}
	// A header wraps at its spaces (splitCell), so its width demand is its
	// longest word or protected phrase, not its one-line width: a column of
	// "31-5-2021" or "30" no longer reserves room for "Hạn hoàn thành" on
	// one line while the title column wraps to four.
	d.setFont("B", d.page.TableHeaderSize)
	inLines := [2][]float64{make([]float64, n), make([]float64, n)} // two, three lines
	for i, c := range cols {
		if c.Align == "V" {
			// Its lines stack across the column: their count, not their
			// width, is what the heading asks of it.
			need[i] = float64(len(d.verticalHeader(c.Header)))*d.page.TableLineHeight + pad
			inLines[0][i], inLines[1][i] = need[i], need[i]
			continue
		}
		for _, word := range strings.Fields(c.Header) {
			need[i] = max(need[i], d.width(word)+pad)
		}
		for _, m := range d.spans(c.Header) {
			need[i] = max(need[i], d.width(c.Header[m[0]:m[1]])+pad)
		}
		// A heading is never set one word a line ("Thời" / "hạn"): it
		// needs the width of its words in one line fewer than it has.
		if n := len(strings.Fields(c.Header)); n >= 2 {
			need[i] = max(need[i], d.widthInLines(c.Header, n-1)+pad)
		}
		inLines[0][i] = d.widthInLines(c.Header, 2) + pad
		inLines[1][i] = d.widthInLines(c.Header, 3) + pad
	}
	d.setFont("", d.page.TableSize)
	for i := range sizes {
		sizes[i] = make([]float64, 0, len(rows))
	}
	for _, row := range rows {
		for i := 0; i < n && i < len(row); i++ {
			measure(i, collapseSpaces(row[i]))
		}
	}
	for i := range sizes {
		want[i] = max(want[i], need[i])
		if len(sizes[i]) == 0 { // no cell: the header alone weighs
			sizes[i] = append(sizes[i], want[i])
		}
	}
	// Two header lines ("Số ngày / quá hạn"), or else three, read better
	// than one word a line: short columns widen for that when the table
	// affords it, which is when every column whose cells want more still
	// keeps a quarter of the width (or all it wants, if less). Six status
	// columns of "Đã hoàn / thành / đúng hạn" would starve the label
	// column to one word a line, so those headers stay narrow.
	for _, pref := range inLines {
		sum := 0.0
		for i := range cols {
			sum += max(need[i], pref[i])
			if want[i] > pref[i] {
				sum += max(0, min(want[i], total/4)-max(need[i], pref[i]))
			}
		}
		if sum > total {
			continue
		}
		for i := range cols {
			need[i] = max(need[i], pref[i])
			want[i] = max(want[i], need[i])
		}
		break
	}
	typical := make([]float64, n)
	for i, ws := range sizes {
		slices.Sort(ws) // sort.Float64s's order (NaNs first), without its interface calls
		typical[i] = math.Sqrt(ws[int(0.9*float64(len(ws)-1))])
	}
	widths := make([]float64, n)
	fixed := make([]bool, n)
	left := total
	for {
		weight := 0.0
		for i := range cols {
			if !fixed[i] {
				weight += typical[i]
			}
		}
		if weight == 0 {
			break
		}
		changed := false
		for i := range cols {
			if fixed[i] {
				continue
			}
			share := left * typical[i] / weight
			switch {
			case want[i] <= share:
				widths[i] = want[i]
			case need[i] > share:
				widths[i] = need[i]
			default:
				continue
			}
			fixed[i], changed = true, true
			left -= widths[i]
			break
		}
		if changed {
			continue
		}
		for i := range cols {
			if !fixed[i] {
				widths[i] = left * typical[i] / weight
			}
		}
		left = 0
		break
	}
	sum := 0.0
	for _, w := range widths {
		sum += w
	}
	// Columns fixed early at their want can leave too little for those
	// fixed later at their need: take the excess from the columns wider
	// than their need, so no header word breaks while the words fit.
	if sum > total {
		slack := 0.0
		for i, w := range widths {
			slack += max(0, w-need[i])
		}
		if slack >= sum-total {
			cut := (sum - total) / slack
			for i, w := range widths {
				if w > need[i] {
					widths[i] -= (w - need[i]) * cut
				}
			}
			sum = total
		}
	}
	// Everything fits with room to spare, or the words alone overflow:
	// scale to the exact total so the table spans the text width.
	if sum > 0 {
		for i := range widths {
			widths[i] *= total / sum
		}
	}
	return widths
}

// verticalHeader is a vertical heading's lines: one for up to three words
// ("Sắp đến hạn"), else the two most alike in width ("Đã hoàn thành" /
// "đúng hạn"), never one word a line. Measured in the current (header) face.
func (d *document) verticalHeader(s string) []string {
	if len(strings.Fields(s)) <= 3 {
		return []string{strings.Join(strings.Fields(s), " ")}
	}
	return d.splitBalanced(s, d.widthInLines(s, 2)+0.01)
}

// headerPiece lays out a table's header row, its top at 0: horizontal
// headings as rowBoxes does, vertical ones ("V") turned a quarter to read
// upwards, their lines side by side and centred in the column, each line
// centred in the row's height.
func (d *document) headerPiece(t tableLayout) piece {
	pg := d.page
	d.setFont("B", pg.TableHeaderSize)
	flat := make([][]string, len(t.header))
	for i, c := range t.cols {
		if c.Align != "V" {
			flat[i] = t.header[i]
		}
	}
	out := d.rowBoxes(nil, t.widths, flat, nil, t.headerH, true, nil)
	x := pg.MarginLeft
	for i, c := range t.cols {
		if c.Align == "V" {
			lines := t.header[i]
			lx := x + (t.widths[i]-float64(len(lines))*pg.TableLineHeight)/2
			bottom := t.headerH - pg.CellPaddingY
			for _, line := range lines {
				out = append(out, box{kind: boxRotate, x: lx, y: bottom, w: 90},
					d.measureCell(lx, bottom, t.headerH-2*pg.CellPaddingY, pg.TableLineHeight, line, "C"),
					box{kind: boxUnrotate})
				lx += pg.TableLineHeight
			}
		}
		x += t.widths[i]
	}
	return piece{out, t.headerH}
}
