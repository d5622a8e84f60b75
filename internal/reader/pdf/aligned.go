package pdf

import (
	"math"

	"baocao/internal/document"
	"baocao/internal/source"
)

// Text laid side by side without ruling lines (the header block's agency
// name beside the Party's name, the signature beside "Nơi nhận", a table
// whose borders were left out) is read by column alignment: a line whose
// words fall apart at a wide gap has several segments; lines next to it
// whose segments each fall within one of its columns join it into a
// borderless table.

// segGap is the gap between words, in font sizes, that separates columns;
// justified text stretches its spaces far less.
const segGap = 2.0

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

// fits returns, for each segment, the column it overlaps, or nil when a
// segment overlaps none or several (a line across the columns).
func fits(segs []span, cols []span) []int {
	out := make([]int, len(segs))
	for i, s := range segs {
		out[i] = -1
		for c, col := range cols {
			if s.x0 < col.x1 && s.x1 > col.x0 {
				if out[i] >= 0 {
					return nil
				}
				out[i] = c
			}
		}
		if out[i] < 0 {
			return nil
		}
	}
	return out
}

// alignedRuns finds, among consecutive text lines, the runs read as
// borderless tables: each run is [from, to) with its columns.
type alignedRun struct {
	from, to int
	cols     []span
	assign   map[int][]int // line → the column of each of its segments
}

func alignedRuns(lines []textLine) []alignedRun {
	var out []alignedRun
	for i := 0; i < len(lines); i++ {
		starts := segments(&lines[i])
		if len(starts) < 2 {
			continue
		}
		cols := segSpans(&lines[i], starts)
		assign := map[int][]int{}
		for k := range starts {
			assign[i] = append(assign[i], k)
		}
		from, to := i, i+1
		near := func(a, b int) bool {
			return lines[a].y-lines[b].y <= 2.2*math.Max(lines[a].size, lines[b].size)
		}
		grow := func(j int) bool {
			f := fits(segSpans(&lines[j], segments(&lines[j])), cols)
			if f == nil {
				return false
			}
			assign[j] = f
			for k, s := range segSpans(&lines[j], segments(&lines[j])) {
				c := &cols[f[k]]
				c.x0, c.x1 = math.Min(c.x0, s.x0), math.Max(c.x1, s.x1)
			}
			return true
		}
		// Earlier lines that are not already in a run.
		floor := 0
		if n := len(out); n > 0 {
			floor = out[n-1].to
		}
		for from > floor && near(from-1, from) && grow(from-1) {
			from--
		}
		for to < len(lines) && near(to-1, to) && grow(to) {
			to++
		}
		// Columns must not overlap after growing.
		ok := true
		for c := 1; c < len(cols); c++ {
			if cols[c].x0 <= cols[c-1].x1 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		out = append(out, alignedRun{from: from, to: to, cols: cols, assign: assign})
		i = to - 1
	}
	return out
}

// alignedTable emits lines [from, to) as a borderless table: a new row
// starts where the gap above a line is wider than the run's line pitch.
func (lo *layouter) alignedTable(run alignedRun, lines []textLine, pos func(int) source.Pos, pageNum int) {
	pitch := math.Inf(1)
	for i := run.from + 1; i < run.to; i++ {
		pitch = math.Min(pitch, lines[i-1].y-lines[i].y)
	}
	dt := &document.Table{Cols: len(run.cols), Pos: pos(lines[run.from].n)}
	var row *document.Row
	for i := run.from; i < run.to; i++ {
		l := &lines[i]
		if row == nil || l.y < lines[i-1].y-pitch*1.25-0.5 {
			dt.Rows = append(dt.Rows, document.Row{Pos: pos(l.n)})
			row = &dt.Rows[len(dt.Rows)-1]
			for c := range run.cols {
				row.Cells = append(row.Cells, document.Cell{Col: c, ColSpan: 1, RowSpan: 1, Pos: pos(l.n)})
			}
		}
		starts := segments(l)
		f := run.assign[i]
		for k, s := range starts {
			e := len(l.words)
			if k+1 < len(starts) {
				e = starts[k+1]
			}
			ws := append([]word(nil), l.words[s:e]...)
			ws[0].glued = false
			cell := &row.Cells[f[k]]
			if len(cell.Paras) == 0 {
				cell.Pos = pos(l.n)
			}
			cell.Paras = append(cell.Paras, document.Paragraph{Runs: runs(ws, nil), Pos: pos(l.n)})
		}
	}
	gap := lo.gapBefore(lines[run.from].y, lines[run.from].size, pageNum)
	lo.add(document.Block{Table: dt, Gap: gap})
	last := lines[run.to-1]
	lo.prevY, lo.prevSize = last.y, last.size
	lo.lastEnds = false
}
