package pdf

import (
	"math"
	"slices"
	"strings"

	"baocao/internal/document"
	"baocao/internal/source"
)

// Text laid side by side without ruling lines (the header block's agency
// name beside the Party's name, the signature beside "Nơi nhận", a table
// whose borders were left out) is read by column alignment: a line whose
// words fall apart at a wide gap has several segments; lines next to it
// whose segments each fall within one of its columns join it into a
// borderless table.

// segGap is the gap between words, in font sizes, that may separate
// columns: wider than a space, even a justified one.
const segGap = 1.0

type span struct{ x0, x1 float64 }

// segments returns where the line's words fall apart at wide gaps, as
// indexes into words where each segment starts.
func segments(l *textLine) []int {
	starts := []int{0}
	for i := 1; i < len(l.words); i++ {
		if l.words[i].x0-l.words[i-1].x1 > segGap*math.Max(l.size, 1) {
			starts = append(starts, i)
		}
	}
	return starts
}

func segSpans(l *textLine, starts []int) []span {
	out := make([]span, len(starts))
	for k, s := range starts {
		e := len(l.words)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		out[k] = span{l.words[s].x0, l.words[e-1].x1}
	}
	return out
}

// widestGap is the widest gap between the line's segments, in font sizes.
func widestGap(l *textLine, starts []int) float64 {
	w := 0.0
	for _, s := range starts[1:] {
		w = math.Max(w, (l.words[s].x0-l.words[s-1].x1)/math.Max(l.size, 1))
	}
	return w
}

// addToColumns merges a line's segments into the columns (the union of
// the text's extents); it fails, leaving cols as they were, when a segment
// would join two columns: the line runs across a gutter.
func addToColumns(cols []span, segs []span) ([]span, bool) {
	out := append([]span(nil), cols...)
	for _, s := range segs {
		hit := -1
		for c := range out {
			if s.x0 < out[c].x1+0.5 && s.x1 > out[c].x0-0.5 {
				if hit >= 0 {
					return cols, false
				}
				hit = c
			}
		}
		if hit < 0 {
			out = append(out, s)
			continue
		}
		out[hit].x0, out[hit].x1 = math.Min(out[hit].x0, s.x0), math.Max(out[hit].x1, s.x1)
	}
	slices.SortFunc(out, func(a, b span) int {
		if a.x0 < b.x0 {
			return -1
		}
		return 1
	})
	for c := 1; c < len(out); c++ {
		if out[c].x0 < out[c-1].x1+0.5 {
			return cols, false
		}
	}
	return out, true
}

// alignedRun is a run of lines [from, to) read as a borderless table with
// the columns cols; spanning marks lines that run across the columns from
// the first one (a group row), labelled those of them whose label ("I",
// "II") sits in the first column and whose title runs across the others.
type alignedRun struct {
	from, to int
	cols     []span
	spanning map[int]bool
	labelled map[int]bool
}

// alignedRuns finds, among consecutive text lines, the runs read as
// borderless tables: the lines around a line whose words fall apart at
// wide gaps, as long as their text leaves the gutters between its columns
// empty. A line across the columns that starts at the first one is a
// group row when the table goes on after it.
func alignedRuns(lines []textLine, left, right float64) []alignedRun {
	var out []alignedRun
	near := func(a, b int) bool {
		return math.Abs(lines[a].y-lines[b].y) <= 2.2*math.Max(lines[a].size, lines[b].size)
	}
	for i := 0; i < len(lines); i++ {
		starts := segments(&lines[i])
		if len(starts) < 2 {
			continue
		}
		cols := segSpans(&lines[i], starts)
		run := alignedRun{from: i, to: i + 1, spanning: map[int]bool{}, labelled: map[int]bool{}}
		multi, widest := 1, widestGap(&lines[i], starts)
		floor := 0
		if n := len(out); n > 0 {
			floor = out[n-1].to
		}
		try := func(j int) bool {
			segs := segSpans(&lines[j], segments(&lines[j]))
			// A line alone and centred on the page is a title above or
			// below the table, not a cell.
			// Below the table's start, it is a cell's line when it sits
			// less than a line below the one before (the half step of
			// a vertically centred cell) or the line after it is near
			// and falls apart into the columns.
			inRow := j >= run.to && (lines[j-1].y-lines[j].y < 0.9*lines[j].size ||
				j+1 < len(lines) && near(j, j+1) && len(segments(&lines[j+1])) >= 2 && fitsSplit(cols, &lines[j+1]))
			if len(segs) == 1 && math.Abs((segs[0].x0+segs[0].x1)/2-(left+right)/2) <= lines[j].size && !inRow {
				return false
			}
			c, ok := addToColumns(cols, segs)
			// Only a line set as the table is (a body line below it
			// is often larger) is split at the gutters.
			// A side-by-side block has two columns and wide gutters: a
			// line of the body above or below it that runs across them
			// with word spaces only is prose, not split at the gutter.
			if !ok && math.Abs(lines[j].size-lines[i].size) <= 0.5 && (len(cols) > 2 || len(segs) > 1) {
				// Columns set close together leave gutters narrower than
				// segGap (a borderless table's cells padded by a few
				// points): the line is split again where its words leave
				// a gutter between the columns found so far.
				segs = segSpans(&lines[j], gutterStarts(&lines[j], cols))
				c, ok = addToColumns(cols, segs)
				// its pieces fall in the columns there are
				ok = ok && len(c) == len(cols)
			}
			if ok {
				cols = c
				if len(segs) > 1 {
					multi++
					widest = math.Max(widest, widestGap(&lines[j], segments(&lines[j])))
				}
				return true
			}
			return false
		}
		for run.from > floor && near(run.from-1, run.from) && try(run.from-1) {
			run.from--
		}
		for run.to < len(lines) && near(run.to-1, run.to) {
			// A row of its own labelled with a letter ("A", "II") is a
			// group row even when its title fits a column: it must
			// not widen the column it would overlap.
			if l := &lines[run.to]; run.to+1 < len(lines) && near(run.to, run.to+1) &&
				lines[run.to-1].y-l.y > 1.2*l.size && l.y-lines[run.to+1].y > 1.2*l.size && letterGroup(cols, l) {
				run.spanning[run.to], run.labelled[run.to] = true, true
				run.to++
				continue
			}
			if try(run.to) {
				run.to++
				continue
			}
			// A group row: one segment from the first column, with the
			// table going on below it.
			l := &lines[run.to]
			whole := len(segments(l)) == 1 && math.Abs(l.x0-cols[0].x0) <= l.size
			// A labelled group row is a row of its own: the padding
			// above and below it, where a cell's lines are a pitch
			// apart or half of one.
			alone := run.to+1 < len(lines) && lines[run.to-1].y-l.y > 1.2*l.size && l.y-lines[run.to+1].y > 1.2*l.size
			if (whole || alone && labelledGroup(cols, l)) && run.to+1 < len(lines) &&
				near(run.to, run.to+1) && fitsColumns(cols, &lines[run.to+1]) {
				run.spanning[run.to] = true
				run.labelled[run.to] = !whole
				run.to++
				continue
			}
			break
		}
		// One line with a stretched space is not a table.
		if run.to-run.from < 2 || multi < 2 && widest < 3 || len(cols) < 2 {
			continue
		}
		run.cols = splitColumns(cols, lines, run)
		out = append(out, run)
		i = run.to - 1
	}
	return out
}

// labelledGroup reports whether the line is a group row with a label: two
// segments, the first within the first column, the second starting past
// it, before the second column ends, and running across later columns.
func labelledGroup(cols []span, l *textLine) bool {
	segs := segSpans(l, segments(l))
	if len(cols) < 3 || len(segs) != 2 {
		return false
	}
	label, title := segs[0], segs[1]
	return math.Abs(label.x0-cols[0].x0) <= l.size && label.x1 < cols[1].x0 &&
		title.x0 > cols[0].x1 && title.x0 < cols[1].x1 && title.x1 > cols[2].x0
}

// letterGroup reports whether the line is a group row's label and title:
// two segments, the label within the first column and without a digit
// (a task's row number has one), the title starting in the second.
func letterGroup(cols []span, l *textLine) bool {
	starts := segments(l)
	segs := segSpans(l, starts)
	if len(cols) < 3 || len(segs) != 2 {
		return false
	}
	label := ""
	for _, w := range l.words[:starts[1]] {
		label += w.text
	}
	if len([]rune(label)) > 4 || strings.ContainsAny(label, "0123456789") {
		return false
	}
	return math.Abs(segs[0].x0-cols[0].x0) <= l.size && segs[0].x1 < cols[1].x0 &&
		segs[1].x0 > cols[0].x1 && segs[1].x0 < cols[1].x1
}

// gutterStarts returns segments' starts as segments does, and besides,
// inside a segment that runs into several of cols, where two neighbouring
// words leave between them the gutter between two columns, however narrow
// the gap: the first word ends where the left column ends or the next one
// starts where the right column starts, within half a font size. A word
// gap elsewhere (a line of the body below the table, a cell's text
// starting left of a centred header) is no column's edge.
func gutterStarts(l *textLine, cols []span) []int {
	starts := segments(l)
	tol := 0.5 * math.Max(l.size, 1)
	across := make([]bool, len(l.words)) // the word's segment runs into several columns
	for k, s := range segSpans(l, starts) {
		n := 0
		for _, col := range cols {
			if s.x0 < col.x1+0.5 && s.x1 > col.x0-0.5 {
				n++
			}
		}
		e := len(l.words)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		for i := starts[k]; i < e; i++ {
			across[i] = n > 1
		}
	}
	for i := 1; i < len(l.words); i++ {
		a, b := l.words[i-1], l.words[i]
		if !across[i] {
			continue
		}
		for c := 1; c < len(cols); c++ {
			edge := (a.x1 <= cols[c-1].x1+tol || b.x0 <= cols[c].x0+tol) && a.x1 <= cols[c].x0+0.5 &&
				b.x0 >= cols[c].x0-tol && b.x0 >= cols[c-1].x1-0.5
			// or the gap spans the gutter's start: the first word ends
			// near where the left column ends, the next starts inside the
			// gutter, left of a centred header above it
			inGutter := a.x1 >= cols[c-1].x1-tol && a.x1 <= cols[c-1].x1+0.5 && b.x0 > cols[c-1].x1+0.5 && b.x0 < cols[c].x0
			if edge || inGutter {
				starts = append(starts, i)
				break
			}
		}
	}
	slices.Sort(starts)
	return slices.Compact(starts)
}

// splitColumns splits a column of a run where the run's words leave a
// gutter down its whole height that at least one line crosses with a wide
// gap. Neighbouring cells whose text wraps onto several lines ("Cơ quan
// chủ / trì" beside "Cơ quan phối / hợp") sit closer than segGap on their
// lines, so a column found from such a line holds two; the gutter between
// them stays empty on every line, and a line with text in only the outer
// two parts of the column shows it wide. Word spaces that happen to line
// up (after the dash of bullets) are never wider than a space on every
// line, and stay.
func splitColumns(cols []span, lines []textLine, run alignedRun) []span {
	var out []span
	for c, col := range cols {
		// the extents the column's words cover, merged
		var cover []span
		for i := run.from; i < run.to; i++ {
			if run.spanning[i] {
				continue
			}
			for _, w := range lines[i].words {
				if column(cols, w) == c {
					cover = append(cover, span{w.x0, w.x1})
				}
			}
		}
		slices.SortFunc(cover, func(a, b span) int {
			switch {
			case a.x0 < b.x0:
				return -1
			case a.x0 > b.x0:
				return 1
			}
			return 0
		})
		var merged []span
		for _, s := range cover {
			if n := len(merged); n > 0 && s.x0 <= merged[n-1].x1 {
				merged[n-1].x1 = math.Max(merged[n-1].x1, s.x1)
				continue
			}
			merged = append(merged, s)
		}
		var gutters []span
		for k := 1; k < len(merged); k++ {
			gutters = append(gutters, span{merged[k-1].x1, merged[k].x0})
		}
		split := splitGutters(cols, c, lines, run, gutters)
		start := col.x0
		for k, g := range gutters {
			if split[k] {
				out = append(out, span{start, g.x0})
				start = g.x1
			}
		}
		out = append(out, span{start, col.x1})
	}
	return out
}

// splitGutters marks, for each gap wider than segGap between neighbouring
// words of column c on a line of the run, the widest of the gutters the
// gap crosses: a wide gap says the column holds two there, and the widest
// empty gutter is where one ends.
func splitGutters(cols []span, c int, lines []textLine, run alignedRun, gutters []span) []bool {
	split := make([]bool, len(gutters))
	for i := run.from; i < run.to; i++ {
		l := &lines[i]
		if run.spanning[i] {
			continue
		}
		for k := 1; k < len(l.words); k++ {
			a, b := l.words[k-1], l.words[k]
			if column(cols, a) != c || column(cols, b) != c || b.x0-a.x1 <= segGap*math.Max(l.size, 1) {
				continue
			}
			best := -1
			for j, g := range gutters {
				if a.x1 <= g.x0 && b.x0 >= g.x1 && (best < 0 || g.x1-g.x0 > gutters[best].x1-gutters[best].x0) {
					best = j
				}
			}
			if best >= 0 {
				split[best] = true
			}
		}
	}
	return split
}

// fitsSplit reports whether the line, split at the columns' gutters,
// falls into the columns there are.
func fitsSplit(cols []span, l *textLine) bool {
	c, ok := addToColumns(cols, segSpans(l, gutterStarts(l, cols)))
	return ok && len(c) == len(cols)
}

func fitsColumns(cols []span, l *textLine) bool {
	_, ok := addToColumns(cols, segSpans(l, segments(l)))
	return ok
}

// column returns the column a word falls in: the one it overlaps most.
func column(cols []span, w word) int {
	best, bestOver := 0, math.Inf(-1)
	for c, col := range cols {
		over := math.Min(col.x1, w.x1) - math.Max(col.x0, w.x0)
		if over > bestOver {
			best, bestOver = c, over
		}
	}
	return best
}

// alignedTable emits a run as a borderless table. A new row starts after a
// gap wider than the run's usual line pitch (cell padding lies between
// rows) and at every group row, which is one cell across the table.
func (lo *layouter) alignedTable(run alignedRun, lines []textLine, pos func(int) source.Pos, pageNum int, endsPage bool) {
	if cols, ok := lo.pageContinuation(run, lines); ok {
		run.cols = cols
	}
	// The line pitch: the smallest gap of a whole line, or twice a half
	// step (a cell centred between its neighbours' lines), or single
	// spacing when the run has neither; rows add their padding to it.
	// Half steps are taken at their median: cells merged over rows sit
	// off the half step, some lines closer than it, some further.
	pitch := math.Inf(1)
	var halves []float64
	for i := run.from + 1; i < run.to; i++ {
		switch g := lines[i-1].y - lines[i].y; {
		case g >= 0.9*lines[i].size:
			pitch = math.Min(pitch, g)
		case g >= 0.4*lines[i].size:
			halves = append(halves, g)
		}
	}
	if len(halves) > 0 {
		slices.Sort(halves)
		pitch = math.Min(pitch, 2*halves[len(halves)/2])
	}
	if math.IsInf(pitch, 1) {
		pitch = 1.15 * lines[run.from].size
	}
	// Rows are told apart by the padding between them, which adds to the
	// pitch what may be less than a quarter of it (LibreOffice's 2pt
	// padding gives 17.7pt for a 15pt pitch). A side-by-side block (the
	// title block, the signature) has no padding but may leave the same
	// gap inside one of its cells, after an empty line in the cell beside
	// it; an annex's first column is narrow, its row numbers, and there a
	// gap wider than the pitch starts a row.
	rowGap := pitch*1.25 + 0.5
	if c := run.cols[0]; c.x1-c.x0 <= 3*lines[run.from].size {
		rowGap = pitch * 1.1
	}
	dt := &document.Table{Cols: len(run.cols), Pos: pos(lines[run.from].n)}
	// where each row's cells have their lines, to split rows below
	var at [][][]lineAt
	var row *document.Row
	newRow := func(l *textLine, cells int) {
		dt.Rows = append(dt.Rows, document.Row{Pos: pos(l.n)})
		at = append(at, make([][]lineAt, len(run.cols)))
		row = &dt.Rows[len(dt.Rows)-1]
		for c := range cells {
			span := 1
			if cells == 1 {
				span = len(run.cols)
			}
			row.Cells = append(row.Cells, document.Cell{Col: c, ColSpan: span, RowSpan: 1, Pos: pos(l.n)})
		}
	}
	for i := run.from; i < run.to; i++ {
		l := &lines[i]
		switch {
		case run.labelled[i]:
			// the label in the first column, the title across the rest
			starts := segments(l)
			at = append(at, nil)
			dt.Rows = append(dt.Rows, document.Row{Pos: pos(l.n), Cells: []document.Cell{
				{Col: 0, ColSpan: 1, RowSpan: 1, Pos: pos(l.n), Paras: []document.Paragraph{{Runs: runs(l.words[:starts[1]], nil), Pos: pos(l.n)}}},
				{Col: 1, ColSpan: len(run.cols) - 1, RowSpan: 1, Pos: pos(l.n), Paras: []document.Paragraph{{Runs: runs(l.words[starts[1]:], nil), Pos: pos(l.n)}}},
			}})
			row = nil
			continue
		case run.spanning[i]:
			newRow(l, 1)
			row.Cells[0].Paras = []document.Paragraph{{Runs: runs(l.words, nil), Pos: pos(l.n)}}
			row = nil
			continue
		case row == nil || lines[i-1].y-l.y > rowGap:
			newRow(l, len(run.cols))
		}
		// The line's words by column, each column's words one paragraph.
		var byCol = make([][]word, len(run.cols))
		for _, w := range l.words {
			c := column(run.cols, w)
			if len(byCol[c]) == 0 {
				w.glued = false
			}
			byCol[c] = append(byCol[c], w)
		}
		for c, ws := range byCol {
			if len(ws) == 0 {
				continue
			}
			cell := &row.Cells[c]
			if len(cell.Paras) == 0 {
				cell.Pos = pos(l.n)
			}
			cell.Paras = appendLine(cell.Paras, document.Paragraph{Runs: runs(ws, nil), Pos: pos(l.n)})
			r := len(dt.Rows) - 1
			at[r][c] = append(at[r][c], lineAt{l.y, len(cell.Paras) - 1})
		}
	}
	if rowGap < pitch*1.25 {
		dt.Rows = splitNumbered(dt.Rows, at, pitch)
	}
	gap := lo.gapBefore(lines[run.from].y, lines[run.from].size, pageNum)
	if lo.continues(dt, nil) {
		lo.continueTable(dt)
	}
	lo.add(document.Block{Table: dt, Gap: gap})
	last := lines[run.to-1]
	lo.prevY, lo.prevSize = last.y, last.size
	lo.last, lo.lastXs, lo.lastCols, lo.lastEnds = dt, nil, run.cols, endsPage
}

// pageContinuation returns the columns of the borderless table that ended
// the previous page when run, the first block of this page, fits them: a
// table's rest on a new page may be its repeated header and one short
// split row, too few lines for its own columns to show (a cell's
// left-aligned word under a centred header word opens a column of its
// own), while the words still sit in the columns they had. ok is false
// when run has the previous columns already or a word crosses a gutter.
func (lo *layouter) pageContinuation(run alignedRun, lines []textLine) ([]span, bool) {
	prev := lo.lastCols
	if !lo.pageStart || lo.last == nil || !lo.lastEnds || len(prev) < 2 || len(run.cols) == len(prev) {
		return nil, false
	}
	for i := run.from; i < run.to; i++ {
		if run.spanning[i] {
			continue
		}
		tol := 0.5 * math.Max(lines[i].size, 1)
		for _, w := range lines[i].words {
			if !slices.ContainsFunc(prev, func(c span) bool { return w.x0 >= c.x0-tol && w.x1 <= c.x1+tol }) {
				return nil, false
			}
		}
	}
	return slices.Clone(prev), true
}

// lineAt is a cell's line: its baseline and the paragraph it went to.
type lineAt struct {
	y    float64
	para int
}

// cellPieces splits a cell's lines where they lie further apart than a
// line pitch: the padding between two rows' cells.
func cellPieces(ls []lineAt, pitch float64) [][]lineAt {
	var out [][]lineAt
	for i, l := range ls {
		if i == 0 || ls[i-1].y-l.y > 1.1*pitch {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], l)
	}
	return out
}

func centre(ls []lineAt) float64 { return (ls[0].y + ls[len(ls)-1].y) / 2 }

// splitNumbered splits a row of an annex whose first column holds several
// row numbers ("1", "1.1", "1.2"): a cell merged down over rows and
// centred between them fills the padding that tells rows apart, so they
// came out as one. Each number starts a row; a column's cell goes to the
// number nearest its middle, and a column with one cell for several
// numbers is that cell merged down over all of them, as its ruled twin
// reads.
func splitNumbered(rows []document.Row, at [][][]lineAt, pitch float64) []document.Row {
	var out []document.Row
	for r, row := range rows {
		if at[r] == nil || len(row.Cells) != len(at[r]) {
			out = append(out, row)
			continue
		}
		anchors := cellPieces(at[r][0], pitch)
		k := len(anchors)
		if k < 2 {
			out = append(out, row)
			continue
		}
		sub := make([]document.Row, k)
		for c, cell := range row.Cells {
			ps := cellPieces(at[r][c], pitch)
			if c > 0 && len(ps) == 1 {
				cell.RowSpan = k
				sub[0].Cells = append(sub[0].Cells, cell)
				continue
			}
			parts := make([][]document.Paragraph, k)
			taken := -1 // the last paragraph given out
			for _, p := range ps {
				j, best := 0, math.Inf(1)
				for a := range anchors {
					if d := math.Abs(centre(anchors[a]) - centre(p)); d < best {
						j, best = a, d
					}
				}
				for i := max(p[0].para, taken+1); i <= p[len(p)-1].para; i++ {
					para := cell.Paras[i]
					para.Wrap = len(parts[j]) > 0
					parts[j] = append(parts[j], para)
				}
				taken = max(taken, p[len(p)-1].para)
			}
			for j := range sub {
				nc := document.Cell{Col: cell.Col, ColSpan: 1, RowSpan: 1, Pos: cell.Pos, Paras: parts[j]}
				if len(parts[j]) > 0 {
					nc.Pos = parts[j][0].Pos
				}
				sub[j].Cells = append(sub[j].Cells, nc)
			}
		}
		// A row starts at its topmost line, in whichever cell.
		for j := range sub {
			sub[j].Pos = row.Pos
			first := true
			for _, c := range sub[j].Cells {
				if len(c.Paras) > 0 && (first || c.Paras[0].Pos.Line < sub[j].Pos.Line) {
					sub[j].Pos, first = c.Paras[0].Pos, false
				}
			}
		}
		out = append(out, sub...)
	}
	return out
}
