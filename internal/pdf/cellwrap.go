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
//
// Every line is a run of whole words and its width is the sum of theirs
// and of the spaces between (widths add up glyph by glyph), so each word is
// measured once and a line is a substring of the collapsed text, not a
// string built and measured again for every word it takes (what the
// straightforward loop did, a fifth of a long annex's layout).
func (d *document) wrapCell(s string, w float64, justify bool) []string {
	s = collapseSpaces(s)
	if s == "" {
		return []string{""}
	}
	// Word k is s[starts[k]:ends[k]]: the text is collapsed, so its words
	// are separated by one space each.
	sc := &d.wrapScratch
	sc.starts, sc.ends, sc.widths = sc.starts[:0], sc.ends[:0], sc.widths[:0]
	for a := 0; ; {
		e := strings.IndexByte(s[a:], ' ')
		if e < 0 {
			e = len(s)
		} else {
			e += a
		}
		sc.starts, sc.ends = append(sc.starts, a), append(sc.ends, e)
		sc.widths = append(sc.widths, d.m.symbolWidth(s[a:e]))
		if e == len(s) {
			break
		}
		a = e + 1
	}
	starts, ends, widths := sc.starts, sc.ends, sc.widths
	inner := w - 2*d.m.margin
	space := d.m.symbolWidth(" ")
	// fits is fitsLine for a line of the given width in glyph units.
	limit := 0.0
	if d.m.size > 0 {
		limit = math.Ceil(inner * 1000 / d.m.size)
	}
	fits := func(units int) bool { return d.m.size <= 0 || float64(units) <= limit }
	// A text that fits on one line is one line, whatever its phrases:
	// every piece then fits after the one before.
	all := (len(widths) - 1) * space
	for _, x := range widths {
		all += x
	}
	if fits(all) {
		return []string{s}
	}
	ok := d.breakableIn(s, starts, inner)
	var lines []string
	// cur is the line being filled, curW its width in glyph units; when
	// curA >= 0 it is s[curA:] up to the last word added.
	cur, curW, curA := "", 0, -1
	var add func(i, j int)
	add = func(i, j int) { // words[i:j], one piece
		single := j == i+1
		a, b := starts[i], ends[j-1]
		piece := s[a:b]
		pw := (j - i - 1) * space
		for _, x := range widths[i:j] {
			pw += x
		}
		switch {
		case cur != "" && fits(curW+space+pw):
			if curA >= 0 {
				cur = s[curA:b]
			} else {
				cur += " " + piece
			}
			curW += space + pw
		case fits(pw):
			if justify && !single && cur != "" && d.lineAlign(cur, inner, false) != "J" {
				if head, tail, ok := d.breakPhrase(cur, piece, inner); ok {
					lines = append(lines, head)
					// tail is the end of the phrase, so of s.
					cur, curW, curA = tail, d.m.symbolWidth(tail), b-len(tail)
					return
				}
			}
			if cur != "" {
				lines = append(lines, cur)
			}
			cur, curW, curA = piece, pw, a
		case !single:
			// Phrases that fit alone but not side by side (overlapping
			// matches): place their words one by one rather than overflow.
			for k := i; k < j; k++ {
				add(k, k+1)
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
			curW, curA = d.m.symbolWidth(cur), -1
		}
	}
	for i := 0; i < len(starts); {
		j := i + 1
		for j < len(starts) && !ok[j] {
			j++
		}
		add(i, j)
		i = j
	}
	return append(lines, cur)
}

// wrapScratch is wrapCell's working space, kept between cells.
type wrapScratch struct {
	starts, ends, widths []int
	ok                   []bool
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
