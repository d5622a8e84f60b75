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

// columnWidths shares width (twips) among t's columns: codes, dates and
// figures get what their longest cell needs (a figure column's long
// heading is turned rather than broken one word per line, as in the PDF);
// names and running text share the rest in proportion to their length.
func columnWidths(t *report.Table, width int, o Options) layout {
	n := len(t.Columns)
	l := layout{widths: make([]int, n), vertical: make([]bool, n)}
	if n == 0 {
		return l
	}
	pad := 2 * twips(1.5)
	cellPt, headPt := o.TableSize, o.TableSize+1
	headLine := pointsTw(headPt * 1.2)
	minW := make([]int, n)    // no word broken
	natural := make([]int, n) // the longest cell on one line
	mean := make([]int, n)    // the mean cell, for sharing
	for i, c := range t.Columns {
		minW[i] = longestWord(c.Heading, headPt*1.05) + pad
		sum := 0
		for _, r := range t.Rows {
			if i >= len(r.Cells) {
				continue
			}
			s := r.Cells[i]
			minW[i] = max(minW[i], longestWord(s, cellPt)+pad)
			natural[i] = max(natural[i], textTw(s, cellPt*1.05)+pad) // bold on the total row
			sum += textTw(s, cellPt)
		}
		if len(t.Rows) > 0 {
			mean[i] = sum/len(t.Rows) + pad
		}
	}
	fixed, flexible := 0, []int{}
	for i, c := range t.Columns {
		switch c.Align {
		case report.Figure:
			// Two heading lines across, or the heading turned.
			w := max(natural[i], 2*headLine+pad)
			if textTw(c.Heading, headPt*1.05)+pad > 2*w {
				l.vertical[i] = true
				// turned, the heading wraps on the row's height: about half its length
				l.headH = max(l.headH, textTw(c.Heading, headPt*1.05)/2+pointsTw(headPt)+pad)
			} else {
				w = max(w, minW[i])
			}
			l.widths[i] = w
			fixed += w
		case report.Centre:
			w := min(max(natural[i], minW[i]), max(minW[i], width*14/100))
			l.widths[i] = w
			fixed += w
		default:
			flexible = append(flexible, i)
		}
	}
	if len(flexible) == 0 {
		scaleTo(l.widths, width)
		return l
	}
	rest := width - fixed
	need := 0
	for _, i := range flexible {
		need += minW[i]
	}
	if rest < need { // too many fixed columns: everything shrinks alike
		for _, i := range flexible {
			l.widths[i] = minW[i]
		}
		scaleTo(l.widths, width)
		return l
	}
	// With running text (Justify) beside them, names (Left) take their
	// longest cell up to a share of the width and the running text the
	// rest, by its mean length; without, the names share it all.
	justified := hasJustify(t)
	weight := make(map[int]int, len(flexible))
	total := 0
	for _, i := range flexible {
		if justified && t.Columns[i].Align == report.Left {
			l.widths[i] = min(max(natural[i], minW[i]), max(minW[i], width*18/100))
			rest -= l.widths[i]
			continue
		}
		weight[i] = max(mean[i], minW[i])
		total += weight[i]
	}
	for _, i := range flexible {
		if w, ok := weight[i]; ok {
			l.widths[i] = max(minW[i], rest*w/total)
		}
	}
	scaleTo(l.widths, width)
	return l
}

// hasJustify reports a column of running text, which takes what names leave.
func hasJustify(t *report.Table) bool {
	for _, c := range t.Columns {
		if c.Align == report.Justify {
			return true
		}
	}
	return false
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
