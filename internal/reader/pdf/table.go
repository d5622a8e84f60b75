package pdf

import (
	"math"
	"slices"
	"unicode"

	"baocao/internal/document"
	"baocao/internal/source"
)

// table emits a ruled table: one row per grid row, each cell's physical
// lines as its paragraphs. A table that starts a page with the columns of
// the table that ended the previous page continues it: its first row, when
// it repeats the previous table's first row, is marked as a header on both,
// and a row the page break split (its first cell empty) is joined back to
// the row it continues.
func (lo *layouter) table(t *ruledTable, p *page, pos func(int) source.Pos, endsPage bool) {
	rowPos := func(y float64) source.Pos {
		// the first page line at or below y
		for _, l := range p.lines {
			if l.y <= y {
				return pos(l.n)
			}
		}
		if len(p.lines) > 0 {
			return pos(p.lines[len(p.lines)-1].n)
		}
		return pos(1)
	}
	dt := &document.Table{Cols: len(t.xs) - 1}
	for r := 0; r < len(t.ys)-1; r++ {
		row := document.Row{Pos: rowPos(t.ys[r])}
		first := true
		for c := 0; c < len(t.xs)-1; c++ {
			i := t.at[r][c]
			gc := &t.cells[i]
			if gc.r0 != r || gc.c0 != c {
				continue
			}
			cell := document.Cell{Col: c, ColSpan: gc.c1 - gc.c0 + 1, RowSpan: gc.r1 - gc.r0 + 1, Pos: rowPos(t.ys[r])}
			for _, cl := range gc.lines {
				lp := pos(p.lines[cl.line].n)
				cell.Paras = appendLine(cell.Paras, document.Paragraph{Runs: runs(cl.words, nil), Pos: lp})
				// The row starts at its topmost line, in whichever cell.
				if first || lp.Line < row.Pos.Line {
					row.Pos, first = lp, false
				}
			}
			if len(cell.Paras) > 0 {
				cell.Pos = cell.Paras[0].Pos
			}
			row.Cells = append(row.Cells, cell)
		}
		dt.Rows = append(dt.Rows, row)
	}
	dt.Pos = source.Pos{File: lo.name}
	if len(dt.Rows) > 0 {
		dt.Pos = dt.Rows[0].Pos
	}
	size := 0.0
	for _, l := range p.lines {
		if l.y <= t.ys[0] {
			size = l.size
			break
		}
	}
	// The top border sits about a line's height above the first baseline.
	gap := lo.gapBefore(t.ys[0]-size, size, p.num)
	if lo.continues(dt, t.xs) {
		lo.continueTable(dt)
	}
	lo.add(document.Block{Table: dt, Gap: gap})
	lo.last, lo.lastXs, lo.lastCols, lo.lastEnds = dt, t.xs, nil, endsPage
	lo.prevY, lo.prevSize = t.ys[len(t.ys)-1]+size, size
}

// continues reports whether dt, the first block on its page, continues the
// table that ended the previous page: the same number of columns and, for
// ruled tables, the same column boundaries.
func (lo *layouter) continues(dt *document.Table, xs []float64) bool {
	if !lo.pageStart || lo.last == nil || !lo.lastEnds || lo.last.Cols != dt.Cols {
		return false
	}
	return xs == nil || lo.lastXs == nil || sameColumns(lo.lastXs, xs)
}

func sameColumns(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > snap {
			return false
		}
	}
	return true
}

func rowTexts(r document.Row) []string {
	var out []string
	for i := range r.Cells {
		out = append(out, r.Cells[i].Text())
	}
	return out
}

// continueTable marks a repeated header and rejoins a split row: the row
// right after the repeated header or, when the header is not repeated
// (LibreOffice repeats it only for a <thead> or a row marked to repeat),
// the page's first row.
func (lo *layouter) continueTable(dt *document.Table) {
	prev := lo.last
	if len(prev.Rows) == 0 || len(dt.Rows) == 0 {
		return
	}
	next := 0
	if slices.Equal(rowTexts(prev.Rows[0]), rowTexts(dt.Rows[0])) {
		prev.Rows[0].Header, dt.Rows[0].Header = true, true
		next = 1
	}
	if len(dt.Rows) <= next || len(prev.Rows) < 2 {
		// A previous part of one row is the table's header or its only
		// row: nothing to join a rest to.
		return
	}
	split, last := dt.Rows[next], &prev.Rows[len(prev.Rows)-1]
	if last.Header || !continuesRow(split, *last) {
		return
	}
	for _, c := range split.Cells {
		for j := range last.Cells {
			if last.Cells[j].Col == c.Col && last.Cells[j].ColSpan == c.ColSpan {
				for _, p := range c.Paras {
					last.Cells[j].Paras = appendLine(last.Cells[j].Paras, p)
				}
			}
		}
	}
	dt.Rows = slices.Delete(dt.Rows, next, next+1)
}

// continuesRow reports whether row is the rest of last, cut by a page
// break: the same cells, the first one empty, another one not, and the
// last row's first cell filled.
func continuesRow(row, last document.Row) bool {
	if len(row.Cells) != len(last.Cells) || len(row.Cells) < 2 {
		return false
	}
	for i := range row.Cells {
		if row.Cells[i].Col != last.Cells[i].Col || row.Cells[i].ColSpan != last.Cells[i].ColSpan || row.Cells[i].RowSpan != 1 {
			return false
		}
	}
	if row.Cells[0].Text() != "" || last.Cells[0].Text() == "" {
		return false
	}
	for _, c := range row.Cells[1:] {
		if c.Text() != "" {
			return true
		}
	}
	return false
}

// appendLine adds a cell's physical line as a paragraph of its own, except
// after a line that ends in a hyphen inside a word ("giai đoạn 2021-",
// "kinh tế-"): Vietnamese breaks no syllable, so the hyphen joins a
// compound the cell's width broke, and the two lines are one paragraph
// without a space ("2021-2025").
func appendLine(paras []document.Paragraph, p document.Paragraph) []document.Paragraph {
	if n := len(paras); n > 0 && brokenCompound(paras[n-1].Runs) {
		last := &paras[n-1]
		for _, r := range p.Runs {
			if k := len(last.Runs); k > 0 && last.Runs[k-1].Bold == r.Bold && last.Runs[k-1].Italic == r.Italic {
				last.Runs[k-1].Text += r.Text
				continue
			}
			last.Runs = append(last.Runs, r)
		}
		return paras
	}
	// A PDF keeps no paragraph marks inside a cell: a further line is taken
	// as the cell's text wrapped, which is what it almost always is (a lead
	// agency or a title too long for the column).
	p.Wrap = len(paras) > 0
	return append(paras, p)
}

// brokenCompound reports whether text ends in a hyphen right after a
// letter or digit.
func brokenCompound(rs []document.Run) bool {
	if len(rs) == 0 {
		return false
	}
	t := []rune(rs[len(rs)-1].Text)
	n := len(t)
	return n >= 2 && (t[n-1] == '-' || t[n-1] == '–') && (unicode.IsLetter(t[n-2]) || unicode.IsDigit(t[n-2]))
}
