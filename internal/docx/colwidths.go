package docx

import (
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
		switch {
		case r == '%' || r == 'M' || r == 'W':
			em += 0.85
		case unicode.IsUpper(r):
			em += 0.7
		case r == ' ' || r == ',' || r == '.' || r == ';' || r == ':' || r == '-' || r == '(' || r == ')':
			em += 0.3
		default:
			em += letterEm
		}
	}
	return int(em * pt * 20)
}

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
	// cells[r][i] are the widths of cell i's words on row r, the heading
	// row first: a heading set one word per line is as costly as a tall row.
	cells := make([][][]int, len(t.Rows)+1)
	for r := range cells {
		cells[r] = make([][]int, n)
	}
	minW := make([]int, n)    // no word broken
	natural := make([]int, n) // the longest cell (or heading) on one line
	for i, c := range t.Columns {
		head := textTw(c.Heading, headPt*1.05)
		minW[i] = longestWord(c.Heading, headPt*1.05) + pad
		if c.Align != report.Figure {
			cells[0][i] = words(c.Heading, headPt*1.05)
			natural[i] = head + pad
			// never a heading one word per line: two lines at most
			minW[i] = max(minW[i], head*115/200+pad)
		}
		for r, row := range t.Rows {
			if i >= len(row.Cells) {
				continue
			}
			s := row.Cells[i]
			cells[r+1][i] = words(s, cellPt)
			minW[i] = max(minW[i], longestWord(s, cellPt*1.1)+pad)   // a date or code never broken at its hyphens
			natural[i] = max(natural[i], textTw(s, cellPt*1.05)+pad) // bold on the total row
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

// words are the widths of s's words at size pt.
func words(s string, pt float64) []int {
	var out []int
	for _, f := range strings.Fields(s) {
		out = append(out, textTw(f, pt))
	}
	return out
}

// shorten hands out rest twips to the columns cols a step at a time, each
// step to the column whose widening makes the table's rows shortest (a
// row is as tall as its fullest cell), then the fewest lines over all
// cells; a column that fits its longest cell on one line takes no more.
// Whatever is left the caller spreads over all columns.
func shorten(widths, cols []int, rest int, cells [][][]int, natural []int, pad, space int) {
	step := max(rest/120, twips(1))
	// Lines are wrapped word by word, and counted in fractions (the last
	// line by how full it is), so a step that only shortens a cell's last
	// line still counts and a short name column is not passed over.
	wrap := func(ws []int, w int) float64 {
		room := max(w-pad, 1)
		if len(ws) == 0 {
			return 1
		}
		count, line := 1, 0
		for _, x := range ws {
			switch {
			case line == 0:
				line = x
			case line+space+x <= room:
				line += space + x
			default:
				count++
				line = x
			}
		}
		return float64(count-1) + min(1, float64(line)/float64(room))
	}
	n := len(widths)
	lines := make([][]float64, len(cells)) // each cell's lines at the current widths
	for r := range cells {
		lines[r] = make([]float64, n)
		for i := range n {
			lines[r][i] = wrap(cells[r][i], widths[i])
		}
	}
	cost := func(col int, w int) (rows, all float64) {
		for r := range cells {
			tallest := 1.0
			for i := range n {
				x := lines[r][i]
				if i == col {
					x = wrap(cells[r][i], w)
				}
				tallest = max(tallest, x)
				all += x
			}
			rows += tallest
		}
		return rows, all
	}
	for rest >= step {
		best, bestRows, bestAll := -1, 0.0, 0.0
		for _, i := range cols {
			if widths[i] >= natural[i] {
				continue
			}
			r, a := cost(i, widths[i]+step)
			if best < 0 || r < bestRows || r == bestRows && a < bestAll {
				best, bestRows, bestAll = i, r, a
			}
		}
		if best < 0 {
			return
		}
		widths[best] += step
		rest -= step
		for r := range cells {
			lines[r][best] = wrap(cells[r][best], widths[best])
		}
	}
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
