package pdf

import (
	"math"
	"strings"
)

// splitCell wraps a table cell's text into lines that fit a cell of width w
// (less the current cell margin on each side, as SplitText measures), filling
// each line greedily but never breaking inside a protected phrase ("quý
// II-2021", "số 07-CTr/TU", "ngày 02-4-2021"): a reader who sees "Hoàn thành
// trong quý" / "II-2021" has to put the deadline back together. A phrase wider
// than the cell on its own is broken between its words, and a single word
// wider than the cell is broken by SplitText (rune-based), so no text is lost.
// An empty text is one empty line, as split gives.
func (d *document) splitCell(s string, w float64) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	inner := w - 2*d.f.GetCellMargin()
	ok := d.breakable(words, inner)
	var lines []string
	cur := ""
	var add func(piece string, single bool)
	add = func(piece string, single bool) {
		switch {
		case cur != "" && d.fitsLine(cur+" "+piece, inner):
			cur += " " + piece
		case d.fitsLine(piece, inner):
			if cur != "" {
				lines = append(lines, cur)
			}
			cur = piece
		case !single:
			// Phrases that fit alone but not side by side (overlapping
			// matches): place their words one by one rather than overflow.
			for _, word := range strings.Fields(piece) {
				add(word, true)
			}
		default:
			// One word wider than the cell: SplitText breaks it between
			// runes, as every cell did before; what follows may join its
			// last piece.
			if cur != "" {
				lines = append(lines, cur)
			}
			parts := d.split(piece, w)
			lines = append(lines, parts[:len(parts)-1]...)
			cur = parts[len(parts)-1]
		}
	}
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && !ok[j] {
			j++
		}
		add(strings.Join(words[i:j], " "), j == i+1)
		i = j
	}
	return append(lines, cur)
}

// fitsLine reports whether line fits in inner millimetres in the current
// face, by SplitText's own rule (glyph units against the rounded-up width), so
// a cell wraps where SplitText would have wrapped plain text.
func (d *document) fitsLine(line string, inner float64) bool {
	_, size := d.f.GetFontSize()
	if size <= 0 {
		return true
	}
	return float64(d.f.GetStringSymbolWidth(line)) <= math.Ceil(inner*1000/size)
}
