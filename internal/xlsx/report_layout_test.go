package xlsx

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"baocao/internal/report"
)

// funcCounter is a cellCounter of a function counting text over a span.
type funcCounter struct {
	lines func(text string, first, last int) int
	text  string
}

func (f *funcCounter) setText(text string)       { f.text = text }
func (f *funcCounter) count(first, last int) int { return f.lines(f.text, first, last) }

// tableSpans is layoutTable's spans, each span its own key, counted by
// lines: the old tableSpans' signature, for the tests.
func tableSpans(tb *report.Table, n int, lines func(text string, first, last int) int) [][2]int {
	return layoutTable(tb, n, &funcCounter{lines: lines}, nil, 0).spans
}

// lines counts the lines a text takes over the grid columns first..last.
func (t *textSheet) lines(text string, first, last int) int {
	return t.m.countLines(text, t.size, t.measure(t.widths[first-1:last]...))
}

// oldTableSpans is tableSpans as it was before layoutTable counted each
// cell over each span once: every sharing re-measures every sample row.
// It is the reference the fast layout must agree with.
func oldTableSpans(tb *report.Table, n int, lines func(text string, first, last int) int) [][2]int {
	k := len(tb.Columns)
	if k == 0 {
		return nil
	}
	if k == 1 {
		return [][2]int{{1, n}}
	}
	size := make([]int, k)
	for i := range size {
		size[i] = 1
	}
	var text []int
	for c := 1; c < k; c++ {
		if tb.Columns[c].Align != report.Figure {
			text = append(text, c)
		}
	}
	if len(text) > 5 {
		text = text[:0]
		for c := 1; c < k; c++ {
			if a := tb.Columns[c].Align; a == report.Left || a == report.Justify {
				text = append(text, c)
			}
		}
	}
	extra := max(n-k, 0)
	if len(text) == 0 {
		size[k-1] += extra
	} else {
		rows := tb.Rows[:min(len(tb.Rows), sampleRows)]
		best, bestScore := []int(nil), -1
		var try func(i, left int)
		try = func(i, left int) {
			if i == len(text)-1 {
				size[text[i]] = 1 + left
				score := 1000 * oldTableLines(tb, rows, size, lines)
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
	spans := make([][2]int, k)
	at := 1
	for c, s := range size {
		spans[c] = [2]int{at, at + s - 1}
		at += s
	}
	return spans
}

// oldTableLines is the old tableLines, oldTableSpans' count of a sharing.
func oldTableLines(tb *report.Table, rows []report.Row, size []int, lines func(text string, first, last int) int) int {
	starts := make([]int, len(size))
	at := 1
	for c, s := range size {
		starts[c] = at
		at += s
	}
	count := func(s string, c int) int { return lines(s, starts[c], starts[c]+size[c]-1) }
	head := 1
	for c, col := range tb.Columns {
		head = max(head, count(col.Heading, c))
	}
	total := head
	for _, r := range rows {
		h := 1
		for c, cell := range r.Cells {
			if c < len(size) && cell != "" {
				h = max(h, count(cell, c))
			}
		}
		total += h
	}
	return total
}

// oldRowHeight is the old textSheet.rowHeight: the tallest cell's height.
func oldRowHeight(t *textSheet, spans [][2]int, cells []string, m *fontMetrics) float64 {
	h := m.lineHeightAt(t.size)
	for c, sp := range spans {
		if c < len(cells) {
			h = max(h, m.rowHeight(cells[c], t.size, t.measure(t.widths[sp[0]-1:sp[1]]...)))
		}
	}
	return h
}

// randomWords are the pieces random cells are made of: Vietnamese words,
// hyphenated and long ones, figures, and the breaks countLines knows.
var randomWords = []string{
	"Ban", "Thường", "vụ", "Tỉnh", "ủy", "kinh", "tế-xã", "hội", "2021-2025", "Sở", "Kế", "hoạch",
	"và", "Đầu", "tư", "chủ", "trì,", "phối", "hợp", "UBND", "12", "100,0%", "-", "--", "a-", "-b",
	"Chương-trình-hành-động-số-07-CTr/TU-ngày-30-6-2021", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	"\n", "\t", "  ", "Nghị", "quyết", "Đại", "hội", "lần", "thứ", "XIV", "Quý II/2021", "Đã hoàn thành",
}

func randomText(rng *rand.Rand, words int) string {
	var b strings.Builder
	for i := range rng.IntN(words + 1) {
		if i > 0 && rng.IntN(4) > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(randomWords[rng.IntN(len(randomWords))])
	}
	return b.String()
}

func randomTable(rng *rand.Rand) *report.Table {
	tb := &report.Table{}
	k := rng.IntN(10)
	aligns := []report.Align{report.Left, report.Centre, report.Justify, report.Figure}
	for range k {
		tb.Columns = append(tb.Columns, report.Column{Heading: randomText(rng, 6), Align: aligns[rng.IntN(len(aligns))]})
	}
	rows := rng.IntN(8)
	if rng.IntN(12) == 0 {
		rows = sampleRows - 3 + rng.IntN(8) // around the sample's end
	}
	for range rows {
		var r report.Row
		for range k + rng.IntN(3) - 1 { // sometimes a cell short, sometimes one over
			if rng.IntN(5) == 0 {
				r.Cells = append(r.Cells, "")
			} else {
				r.Cells = append(r.Cells, randomText(rng, 30))
			}
		}
		r.Total = rng.IntN(10) == 0
		tb.Rows = append(tb.Rows, r)
	}
	return tb
}

// TestLayoutTableMatchesOld: on random tables and grids, the spans the
// memoised layout chooses are the old algorithm's, with every span its own
// key and with the sheet's width keys, and each row's height is the one
// the old code measured over them.
func TestLayoutTableMatchesOld(t *testing.T) {
	mr, mb, err := serifMetrics()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(12, 2026))
	iters := 300
	if testing.Short() {
		iters = 60
	}
	for it := range iters {
		tb := randomTable(rng)
		widths := textWidths
		if it%3 == 1 { // an uneven grid: spans of one size differ in width
			widths = nil
			for range 6 + rng.IntN(9) {
				widths = append(widths, float64(4+rng.IntN(10)))
			}
		}
		for len(widths) < len(tb.Columns) {
			widths = append(widths[:len(widths):len(widths)], 10)
		}
		size := []float64{10.5, 12, 13}[rng.IntN(3)]
		ts := &textSheet{m: mr, mb: mb, size: size, widths: widths}
		ts.keySpans()
		want := oldTableSpans(tb, len(widths), ts.lines)
		if got := tableSpans(tb, len(widths), ts.lines); !slices.Equal(got, want) {
			t.Fatalf("table %d (%d columns, %d rows, grid %v): spans %v, the old algorithm's %v", it, len(tb.Columns), len(tb.Rows), widths, got, want)
		}
		l := ts.layout(tb)
		if !slices.Equal(l.spans, want) {
			t.Fatalf("table %d (grid %v): spans by width key %v, the old algorithm's %v", it, widths, l.spans, want)
		}
		for i, r := range tb.Rows {
			m := mr
			if r.Total {
				m = mb
			}
			if got, want := ts.tableRowHeight(l, i, r), oldRowHeight(ts, l.spans, r.Cells, m); got != want {
				t.Fatalf("table %d row %d (%q): height %v, the old code's %v", it, i, r.Cells, got, want)
			}
		}
		heads := make([]string, len(tb.Columns))
		for i, c := range tb.Columns {
			heads[i] = c.Heading
		}
		if got, want := ts.rowHeight(l.spans, heads, mb), oldRowHeight(ts, l.spans, heads, mb); got != want {
			t.Fatalf("table %d heading: height %v, the old code's %v", it, got, want)
		}
	}
}

// TestLayoutCountsEachSpanOnce: a cell is measured over each span at most
// once, however many sharings of the grid try it.
func TestLayoutCountsEachSpanOnce(t *testing.T) {
	mr, mb, err := serifMetrics()
	if err != nil {
		t.Fatal(err)
	}
	ts := &textSheet{m: mr, mb: mb, size: 12, widths: textWidths}
	ts.keySpans()
	tb := &report.Table{Columns: []report.Column{{Heading: "TT"}, {Heading: "Nội dung", Align: report.Justify},
		{Heading: "Cơ quan", Align: report.Left}, {Heading: "Thời hạn", Align: report.Centre}, {Heading: "Số", Align: report.Figure}}}
	for range 50 {
		tb.Rows = append(tb.Rows, report.Row{Cells: []string{"1", "Xây dựng kế hoạch thực hiện Nghị quyết", "Sở Nội vụ", "Quý II/2021", "3"}})
	}
	type call struct {
		text        string
		first, last int
	}
	seen := map[call]int{}
	lines := func(text string, first, last int) int {
		seen[call{text, first, last}]++
		return ts.lines(text, first, last)
	}
	layoutTable(tb, len(textWidths), &funcCounter{lines: lines}, nil, 0)
	for c, n := range seen {
		// 50 equal rows: each text over each span at most once a row.
		if n > 50 {
			t.Errorf("%q over %d..%d measured %d times", c.text, c.first, c.last, n)
		}
	}
	if len(seen) == 0 {
		t.Error("nothing measured")
	}
}
