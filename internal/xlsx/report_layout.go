package xlsx

import "baocao/internal/report"

// tableLayout is a table of the "Báo cáo" sheet laid out once: its columns'
// spans of the grid and the line counts of its heading and sample rows,
// which tableSpans measured to choose them and the row heights reuse.
type tableLayout struct {
	spans [][2]int
	memo  *spanLines
}

// rowLines is the lines sample row r (0-based) takes over the chosen spans
// with the regular font: its tallest cell, 1 when all are empty.
func (l *tableLayout) rowLines(r int) int {
	h := 1
	for c, cell := range l.memo.rows[r].Cells {
		if c < len(l.spans) && cell != "" {
			h = max(h, l.memo.count(1+r, c, cell, l.spans[c][0], l.spans[c][1]))
		}
	}
	return h
}

// cellCounter counts the lines of one text over spans of the grid: the
// text is set once, then counted at each span asked for.
type cellCounter interface {
	setText(text string)
	count(first, last int) int
}

// spanLines counts the lines of a table's cells over spans of the grid,
// each cell over each span once: a cell's count depends only on its text
// and its span's width, and tableSpans asks for the same cell and span in
// hundreds of sharings of the grid. The cells are the heading (row 0) and
// the sample rows (1..).
type spanLines struct {
	cc   cellCounter
	n    int   // grid columns
	key  []int // key[(first-1)*n+last-1]: spans of one key count alike (are as wide)
	keys int
	k    int // table columns
	rows []report.Row
	memo []int32 // [(row*k+col)*keys+key]: lines+1, 0 when not counted yet
}

// newSpanLines sets up the counts of tb's heading and rows over an n-column
// grid; key maps a span (first, last) to a number below keys that is equal
// only for spans lines counts alike for every text (nil: every span its own).
func newSpanLines(tb *report.Table, rows []report.Row, n int, cc cellCounter, key []int, keys int) *spanLines {
	k := len(tb.Columns)
	if key == nil {
		n = max(n, k) // a grid narrower than the table: its spans run past it
		key, keys = make([]int, n*n), n*n
		for i := range key {
			key[i] = i
		}
	}
	return &spanLines{cc: cc, n: n, key: key, keys: keys, k: k, rows: rows,
		memo: make([]int32, (1+len(rows))*k*keys)}
}

// count is the lines of text, cell col of row (0 the heading), over the
// grid columns first..last.
func (s *spanLines) count(row, col int, text string, first, last int) int {
	at := (row*s.k+col)*s.keys + s.key[(first-1)*s.n+last-1]
	if v := s.memo[at]; v != 0 {
		return int(v) - 1
	}
	s.cc.setText(text)
	v := s.cc.count(first, last)
	s.memo[at] = int32(v) + 1
	return v
}

// layoutTable shares the sheet's n grid columns among a table's columns,
// first and last grid column of each (1-based): the first column (TT)
// takes the narrow first grid column, every other column at least one, and
// the columns of words (all but the figures') the rest, shared so that the
// table is as short as it can be: the rows' heights, in lines as lines
// counts them over a span of grid columns, on the first rows; the sharing
// with the fewest lines wins; of sharings as short, the one giving most to
// the running text (left or justified), where a reader's eye goes. key and
// keys are newSpanLines'.
func layoutTable(tb *report.Table, n int, cc cellCounter, key []int, keys int) *tableLayout {
	k := len(tb.Columns)
	rows := tb.Rows[:min(len(tb.Rows), sampleRows)]
	l := &tableLayout{memo: newSpanLines(tb, rows, n, cc, key, keys)}
	if k == 0 {
		return l
	}
	if k == 1 {
		l.spans = [][2]int{{1, n}}
		return l
	}
	size := make([]int, k)
	for i := range size {
		size[i] = 1
	}
	var text []int // the columns that may take more than one grid column
	for c := 1; c < k; c++ {
		if tb.Columns[c].Align != report.Figure {
			text = append(text, c)
		}
	}
	if len(text) > 5 { // too many sharings to try: the running text only
		text = text[:0]
		for c := 1; c < k; c++ {
			if a := tb.Columns[c].Align; a == report.Left || a == report.Justify {
				text = append(text, c)
			}
		}
	}
	extra := max(n-k, 0)
	if len(text) == 0 {
		size[k-1] += extra // no running text: the last column takes the rest
	} else {
		s := l.memo
		wide := make([]bool, k)
		for _, c := range text {
			wide[c] = true
		}
		s.fill(tb, extra, wide)
		best, bestScore := []int(nil), -1
		keyAt := make([]int, k) // each column's span key in the sharing tried
		var try func(i, left int)
		try = func(i, left int) {
			if i == len(text)-1 {
				size[text[i]] = 1 + left
				at := 1
				for c, z := range size {
					keyAt[c] = s.key[(at-1)*s.n+at+z-2]
					at += z
				}
				score := 1000 * s.total(tb, size, keyAt, bestScore)
				for _, c := range text {
					if a := tb.Columns[c].Align; a != report.Left && a != report.Justify {
						score += size[c] - 1
					}
				}
				if bestScore < 0 || score < bestScore {
					best, bestScore = append([]int(nil), size...), score
				}
				return
			}
			for give := 0; give <= left; give++ {
				size[text[i]] = 1 + give
				try(i+1, left-give)
			}
		}
		try(0, extra)
		size = best
	}
	l.spans = make([][2]int, k)
	at := 1
	for c, z := range size {
		l.spans[c] = [2]int{at, at + z - 1}
		at += z
	}
	return l
}

// total is the lines the heading and the sample rows take with the columns
// over size grid columns each, whose spans have the keys keyAt: the
// tallest cell a row. A cell is counted over a span of its key only once.
// It stops once 1000 times the lines reach bound (when bound >= 0): the
// sharing scores at least that much and cannot beat the best so far.
func (s *spanLines) total(tb *report.Table, size, keyAt []int, bound int) int {
	starts := 1
	head := 1
	for c, col := range tb.Columns {
		head = max(head, s.cached(0, c, col.Heading, starts, size[c], keyAt[c]))
		starts += size[c]
	}
	total := head
	for r, row := range s.rows {
		if bound >= 0 && 1000*total >= bound {
			return total
		}
		h := 1
		base := (1 + r) * s.k * s.keys
		for c, cell := range row.Cells[:min(len(row.Cells), len(size))] {
			v := int(s.memo[base+c*s.keys+keyAt[c]]) - 1
			if v < 0 && cell != "" { // not filled: count it now
				first := 1
				for _, z := range size[:c] {
					first += z
				}
				v = s.cached(1+r, c, cell, first, size[c], keyAt[c])
			}
			h = max(h, v)
		}
		total += h
	}
	return total
}

// cached is count with the span's key already known.
func (s *spanLines) cached(row, col int, text string, first, size, key int) int {
	at := (row*s.k+col)*s.keys + key
	if v := s.memo[at]; v != 0 {
		return int(v) - 1
	}
	s.cc.setText(text)
	v := s.cc.count(first, first+size-1)
	s.memo[at] = int32(v) + 1
	return v
}

// fill counts every cell the sharings will ask for over every span its
// column may take, text set once a cell: column c starts at grid column
// c+1 plus what the columns of words before it took (at most extra), and a
// column of words (wide) may take up to extra more.
func (s *spanLines) fill(tb *report.Table, extra int, wide []bool) {
	fillCell := func(row, c int, text string) {
		set := false
		for first := c + 1; first <= c+1+extra; first++ {
			last := first
			if wide[c] {
				last = min(first+extra, s.n-(s.k-1-c))
			}
			for ; last >= first; last-- {
				at := (row*s.k+c)*s.keys + s.key[(first-1)*s.n+last-1]
				if s.memo[at] != 0 {
					continue
				}
				if !set {
					s.cc.setText(text)
					set = true
				}
				s.memo[at] = int32(s.cc.count(first, last)) + 1
			}
		}
	}
	for c, col := range tb.Columns {
		fillCell(0, c, col.Heading)
	}
	for r, row := range s.rows {
		for c, cell := range row.Cells {
			if c < s.k && cell != "" {
				fillCell(1+r, c, cell)
			}
		}
	}
}

// sampleRows are the rows a table's sharing of columns is judged on: enough
// to be typical, few enough for a 10,000-item appendix.
const sampleRows = 200
