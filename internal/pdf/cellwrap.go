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
func (d *document) splitCell(s string, w float64) []string { return d.wrapCell(s, w, false) }

// splitJustified is splitCell for a justified column: a protected phrase
// that does not fit the end of a line goes down whole only when the line it
// leaves can still be justified (lineAlign). Otherwise the line would stand
// ragged among justified ones (annex row 15: "…của tỉnh Kiên Giang" /
// "giai đoạn 2021-2025…" at 70% of the cell), so the phrase breaks between
// its words where it is loose (a long name, a span of years): as many as
// fit, backing off so the line ends neither on a word that leads into what
// follows ("của", "quý", danglingWord) nor short of what justifies; if no
// break does, the phrase goes down whole as before.
func (d *document) splitJustified(s string, w float64) []string { return d.wrapCell(s, w, true) }

// wrapCell is splitCell, and splitJustified when justify is set.
func (d *document) wrapCell(s string, w float64, justify bool) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	inner := w - 2*d.m.margin
	ok := d.breakable(words, inner)
	var lines []string
	cur := ""
	var add func(piece string, single bool)
	add = func(piece string, single bool) {
		switch {
		case cur != "" && d.fitsLine(cur+" "+piece, inner):
			cur += " " + piece
		case d.fitsLine(piece, inner):
			if justify && !single && cur != "" && d.lineAlign(cur, inner, false) != "J" {
				if head, tail, ok := d.breakPhrase(cur, piece, inner); ok {
					lines = append(lines, head)
					cur = tail
					return
				}
			}
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
	if d.m.size <= 0 {
		return true
	}
	return float64(d.m.symbolWidth(line)) <= math.Ceil(inner*1000/d.m.size)
}

// breakPhrase splits a protected phrase between line cur and the next: the
// longest head of its words that fits after cur, breaks only a loose phrase
// (tightBreaks), ends on no dangling word and makes cur+head justifiable. It returns the finished line and the rest
// of the phrase, or ok false when no head does.
func (d *document) breakPhrase(cur, piece string, inner float64) (line, rest string, ok bool) {
	words := strings.Fields(piece)
	may := tightBreaks(words)
	for k := len(words) - 1; k >= 1; k-- {
		line := cur + " " + strings.Join(words[:k], " ")
		if !may[k] || !d.fitsLine(line, inner) || danglingWord(words[k-1]) || d.cellAlign(line, inner, false) != "J" {
			continue
		}
		return line, strings.Join(words[k:], " "), true
	}
	return "", "", false
}
