package docx

import (
	"math"
	"strings"
	"unicode"

	"baocao/internal/report"
)

// Word lays text out itself, so column widths need only be about right:
// they are estimated from character counts at an average Times New Roman
// letter of half an em, on the wide side so a figure or date never wraps.
const letterEm = 0.5

// textTw is the estimated width of s at size pt, in twips: capitals and
// "%" are wider than the half-em average, spaces and punctuation narrower.
func textTw(s string, pt float64) int {
	em := 0.0
	for _, r := range s {
		em += letterWidth(r)
	}
	return int(em * pt * 20)
}

// letterWidth is the width of r in ems, as textTw counts it.
func letterWidth(r rune) float64 {
	if r < 0x80 {
		return asciiWidths[r]
	}
	if unicode.IsUpper(r) {
		return 0.7
	}
	return letterEm
}

// asciiWidths are letterWidth's answers for ASCII, looked up rather than
// decided letter by letter: most of a report's text is ASCII.
var asciiWidths = func() (w [0x80]float64) {
	for r := range rune(0x80) {
		switch {
		case r == '%' || r == 'M' || r == 'W':
			w[r] = 0.85
		case unicode.IsUpper(r):
			w[r] = 0.7
		case r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' || r == '-' || r == '(' || r == ')':
			w[r] = 0.3
		default:
			w[r] = letterEm
		}
	}
	return w
}()

// longestWord is the estimated width of the widest word of s.
func longestWord(s string, pt float64) int {
	w := 0
	for _, f := range strings.Fields(s) {
		w = max(w, textTw(f, pt))
	}
	return w
}

// layout is a report table's column widths and which headings are set
// bottom to top.
type layout struct {
	widths   []int
	vertical []bool
	headH    int // the header row's height when a heading is vertical
}

// columnWidths shares width (twips) among t's columns. A figure column
// gets what its figures need, its long heading turned rather than broken
// one word per line (as in the PDF); the other columns (codes, dates,
// names, running text) start at their longest word, a heading on two
// lines at most, and share the rest so the table is as short as it can be:
// rows are kept whole on a page, so one tall row (a long result beside a
// short title, a status one word per line) costs more than a few more
// lines in a wide column.
func columnWidths(t *report.Table, width int, o Options) layout {
	n := len(t.Columns)
	l := layout{widths: make([]int, n), vertical: make([]bool, n)}
	if n == 0 {
		return l
	}
	pad := 2 * twips(1.5)
	cellPt, headPt := o.TableSize, o.TableSize+1
	headLine := pointsTw(headPt * 1.2)
	// cells.words(r, i) are the widths of cell i's words on row r, the
	// heading row first: a heading set one word per line is as costly as
	// a tall row. Each cell is measured once, in one pass over its text.
	cells := newWordTable(len(t.Rows)+1, n)
	minW := make([]int, n)    // no word broken
	natural := make([]int, n) // the longest cell (or heading) on one line
	var m measure
	for i, c := range t.Columns {
		head := textTw(c.Heading, headPt*1.05)
		minW[i] = longestWord(c.Heading, headPt*1.05) + pad
		if c.Align != report.Figure {
			m.of(c.Heading)
			cells.set(0, i, m.words, headPt*1.05)
			natural[i] = head + pad
			// never a heading one word per line: two lines at most
			minW[i] = max(minW[i], head*115/200+pad)
		}
		for r, row := range t.Rows {
			if i >= len(row.Cells) {
				continue
			}
			m.of(row.Cells[i])
			cells.set(r+1, i, m.words, cellPt)
			minW[i] = max(minW[i], m.longest(cellPt*1.1)+pad)      // a date or code never broken at its hyphens
			natural[i] = max(natural[i], m.total(cellPt*1.05)+pad) // bold on the total row
		}
		minW[i] = min(minW[i], max(natural[i], longestWord(c.Heading, headPt*1.05)+pad))
	}
	fixed, flexible := 0, []int{}
	for i, c := range t.Columns {
		if c.Align != report.Figure {
			flexible = append(flexible, i)
			l.widths[i] = minW[i]
			fixed += minW[i]
			continue
		}
		// Two heading lines across, or the heading turned.
		w := max(natural[i], 2*headLine+pad)
		if head := textTw(c.Heading, headPt*1.05); head+pad > 2*w {
			l.vertical[i] = true
			// turned, the heading wraps on the row's height: about half its length
			l.headH = max(l.headH, head/2+pointsTw(headPt)+pad)
		} else {
			w = max(w, minW[i])
		}
		l.widths[i] = w
		fixed += w
	}
	if rest := width - fixed; rest > 0 {
		shorten(l.widths, flexible, rest, cells, natural, pad, textTw(" ", cellPt))
	}
	scaleTo(l.widths, width)
	return l
}

// measure is one text measured in a single pass: its words' widths and
// its whole width, in ems; at a size they are what textTw gives for each
// word and for the text (the same sums in the same order).
type measure struct {
	words []float64 // each word's ems, as strings.Fields splits the text
	all   float64   // the whole text's ems, spaces included
}

// of measures s, reusing m's storage.
func (m *measure) of(s string) {
	m.words, m.all = m.words[:0], 0
	word, in := 0.0, false
	for _, r := range s {
		if r < 0x80 && asciiSpace[r] || r >= 0x80 && unicode.IsSpace(r) {
			if in {
				m.words = append(m.words, word)
				word, in = 0, false
			}
			m.all += letterWidth(r)
			continue
		}
		w := letterWidth(r)
		word += w
		m.all += w
		in = true
	}
	if in {
		m.words = append(m.words, word)
	}
}

// asciiSpace are the ASCII letters unicode.IsSpace (and so strings.Fields)
// counts as space.
var asciiSpace = [0x80]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// longest is the widest word at size pt, in twips, as longestWord gives it.
func (m *measure) longest(pt float64) int {
	w := 0
	for _, em := range m.words {
		w = max(w, int(em*pt*20))
	}
	return w
}

// total is the text's width at size pt, in twips, as textTw gives it.
func (m *measure) total(pt float64) int { return int(m.all * pt * 20) }

// wordTable holds every cell's word widths (twips) in one backing array:
// a table of 2,000 rows has tens of thousands of cells.
type wordTable struct {
	cols  int
	spans [][2]int32 // row-major: each cell's words are widths[from:to]
	w     []int
}

func newWordTable(rows, cols int) *wordTable {
	return &wordTable{cols: cols, spans: make([][2]int32, rows*cols)}
}

// set stores the widths at size pt of the words ems as cell (r, i).
func (t *wordTable) set(r, i int, ems []float64, pt float64) {
	from := len(t.w)
	for _, em := range ems {
		t.w = append(t.w, int(em*pt*20))
	}
	t.spans[r*t.cols+i] = [2]int32{int32(from), int32(len(t.w))}
}

// words are cell (r, i)'s word widths; none for a cell never set.
func (t *wordTable) words(r, i int) []int {
	s := t.spans[r*t.cols+i]
	return t.w[s[0]:s[1]]
}

// rows is the number of rows, the heading row included.
func (t *wordTable) rows() int { return len(t.spans) / max(t.cols, 1) }

// shorten hands out rest twips to the columns cols a step at a time, each
// step to the column whose widening makes the table's rows shortest (a
// row is as tall as its fullest cell), then the fewest lines over all
// cells; a column that fits its longest cell on one line takes no more.
// Whatever is left the caller spreads over all columns.
//
// Each cell's lines are counted once at its column's width and once at
// that width plus a step (the column's candidate), and counted again only
// for the column that took the step; each row keeps its two fullest cells,
// so a candidate's row heights need one look per row. The sums are taken
// in the same order as the first, plainer version (ref_test.go), so every
// comparison, ties included, goes the same way.
func shorten(widths, cols []int, rest int, cells *wordTable, natural []int, pad, space int) {
	step := max(rest/120, twips(1))
	n, rows := len(widths), cells.rows()
	lc := lineCounter{pad: pad, space: space, breaks: make([]breaks, rows*n)}
	wrap := func(r, i, w int) float64 { return lc.lines(r*n+i, cells.words(r, i), w) }
	lines := make([]float64, rows*n) // each cell's lines at the current widths, row-major
	next := make([]float64, rows*n)  // at the column's width plus a step
	fresh := make([]bool, n)         // next holds the column's current candidate
	for r := range rows {
		for i := range n {
			lines[r*n+i] = wrap(r, i, widths[i])
		}
	}
	// Each row's fullest cell (its height, at least one line), the column
	// it is in, and the fullest of the others.
	top, topCol, second := make([]float64, rows), make([]int, rows), make([]float64, rows)
	rank := func(r int) {
		t, c, s := 1.0, -1, 1.0
		for i, x := range lines[r*n : r*n+n] {
			if x > t {
				t, c, s = x, i, t
			} else if x > s {
				s = x
			}
		}
		top[r], topCol[r], second[r] = t, c, s
	}
	for r := range rows {
		rank(r)
	}
	// rowsAt is the sum of the rows' heights with col at its candidate width.
	rowsAt := func(col int) float64 {
		if !fresh[col] {
			w := widths[col] + step
			for r := range rows {
				next[r*n+col] = wrap(r, col, w)
			}
			fresh[col] = true
		}
		sum := 0.0
		for r := range rows {
			others := top[r]
			if topCol[r] == col {
				others = second[r]
			}
			sum += max(others, next[r*n+col])
		}
		return sum
	}
	// allAt is the sum of every cell's lines with col at its candidate
	// width, added up cell by cell in row order.
	allAt := func(col int) float64 {
		all := 0.0
		for r := range rows {
			for i, x := range lines[r*n : r*n+n] {
				if i == col {
					x = next[r*n+col]
				}
				all += x
			}
		}
		return all
	}
	for rest >= step {
		best, bestRows, bestAll, haveAll := -1, 0.0, 0.0, false
		for _, i := range cols {
			if widths[i] >= natural[i] {
				continue
			}
			r := rowsAt(i)
			switch {
			case best < 0 || r < bestRows:
				best, bestRows, haveAll = i, r, false
			case r == bestRows: // the fewest lines over all cells decides
				if !haveAll {
					bestAll, haveAll = allAt(best), true
				}
				if a := allAt(i); a < bestAll {
					best, bestAll = i, a
				}
			}
		}
		if best < 0 {
			return
		}
		widths[best] += step
		rest -= step
		for r := range rows {
			lines[r*n+best] = next[r*n+best]
			rank(r)
		}
		fresh[best] = false
	}
}

// lineCounter counts a cell's lines at a column width. Lines are wrapped
// word by word, and counted in fractions (the last line by how full it
// is), so a step that only shortens a cell's last line still counts and a
// short name column is not passed over.
//
// Wrapping a cell again at a wider column mostly breaks it where it broke
// before, so each cell keeps its last wrapping (its lines and the last
// line's width) with the range of widths that break it alike: from the
// fullest line's width to the narrowest line plus the word that went to
// the next line. A width in that range needs only the last line's share.
type lineCounter struct {
	pad, space int
	breaks     []breaks // each cell's last wrapping, by cell index
}

// breaks is one wrapping of a cell: count lines, the last one line twips
// long, the same for every room from lo up to (not including) hi.
type breaks struct{ lo, hi, count, line int }

// lines is the lines of the cell k, whose words are ws, at width w.
func (c *lineCounter) lines(k int, ws []int, w int) float64 {
	room := max(w-c.pad, 1)
	if len(ws) == 0 {
		return 1
	}
	b := &c.breaks[k]
	if room < b.lo || room >= b.hi || b.count == 0 {
		count, line, lo, hi := 1, 0, 0, math.MaxInt
		for _, x := range ws {
			switch {
			case line == 0:
				line = x
			case line+c.space+x <= room:
				line += c.space + x
				lo = max(lo, line)
			default:
				hi = min(hi, line+c.space+x)
				count++
				line = x
			}
		}
		*b = breaks{lo: lo, hi: hi, count: count, line: line}
	}
	return float64(b.count-1) + min(1, float64(b.line)/float64(room))
}

// scaleTo stretches or shrinks widths in proportion so they add up to
// width exactly; the rounding remainder goes to the widest column.
func scaleTo(widths []int, width int) {
	sum, widest := 0, 0
	for i, w := range widths {
		sum += w
		if w > widths[widest] {
			widest = i
		}
	}
	if sum <= 0 {
		return
	}
	got := 0
	for i, w := range widths {
		widths[i] = w * width / sum
		got += widths[i]
	}
	widths[widest] += width - got
}
