package pdf

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// word is a run of glyphs without a space, in one emphasis.
type word struct {
	x0, x1       float64
	text         string
	bold, italic bool
	glued        bool // follows the previous word without a space (an emphasis change inside a word)
}

// line is the words on one baseline of a page, left to right.
type line struct {
	words  []word
	x0, x1 float64
	y      float64 // baseline
	size   float64 // the largest font size on the line
	n      int     // 1-based line number on the page, top to bottom
}

func (l *line) text() string {
	var b strings.Builder
	for i, w := range l.words {
		if i > 0 && !w.glued {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// isMark reports whether s is only combining marks: LibreOffice draws a
// Vietnamese tone mark as a glyph of its own when the font lacks the
// precomposed letter.
func isMark(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Mn, r) {
			return false
		}
	}
	return s != ""
}

func isSpace(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// buildLines groups glyphs into lines by baseline, tolerant to small y
// jitter and to glyphs drawn out of order, and splits each line into words.
func buildLines(gs []glyph) []line {
	if len(gs) == 0 {
		return nil
	}
	order := make([]int, len(gs))
	for i := range order {
		order[i] = i
	}
	// Top to bottom; x sorts each line below.
	// Ties keep content order: the index breaks them, which keeps the
	// sort as stable as a stable sort and faster.
	slices.SortFunc(order, func(a, b int) int {
		ya, yb := gs[a].y, gs[b].y
		switch {
		case ya > yb:
			return -1
		case ya < yb:
			return 1
		}
		return a - b
	})
	var lines []line
	start := 0
	for start < len(order) {
		y0 := gs[order[start]].y
		tol := 0.3 * math.Max(gs[order[start]].size, 1)
		end := start + 1
		for end < len(order) && y0-gs[order[end]].y <= tol {
			end++
		}
		if l, ok := makeLine(gs, order[start:end]); ok {
			lines = append(lines, l)
		}
		start = end
	}
	for i := range lines {
		lines[i].n = i + 1
	}
	return lines
}

func makeLine(gs []glyph, idx []int) (line, bool) {
	slices.SortFunc(idx, func(a, b int) int {
		switch {
		case gs[a].x < gs[b].x:
			return -1
		case gs[a].x > gs[b].x:
			return 1
		}
		return a - b
	})
	var l line
	var cur strings.Builder
	var w word
	have := false
	lastEnd := math.Inf(-1)
	var ySum float64
	n := 0
	flush := func() {
		if have {
			w.text = norm.NFC.String(cur.String())
			l.words = append(l.words, w)
		}
		cur.Reset()
		have = false
	}
	var prev *glyph
	for _, i := range idx {
		g := gs[i]
		// Overprinting the same glyph a hair to the side is how some
		// producers fake bold: the copy is dropped and the word is bold.
		if prev != nil && g.s == prev.s && !isSpace(g.s) && math.Abs(g.x-prev.x) < 0.15*g.size && math.Abs(g.y-prev.y) < 0.15*g.size {
			if have {
				w.bold = true
			}
			continue
		}
		prev = &gs[i]
		ySum += g.y
		n++
		l.size = math.Max(l.size, g.size)
		if isMark(g.s) {
			if have {
				cur.WriteString(g.s)
			}
			continue
		}
		if isSpace(g.s) {
			flush()
			lastEnd = g.x + g.w
			continue
		}
		gap := g.x - lastEnd
		bold, italic := g.font.bold, g.font.italic
		switch {
		case have && gap > 0.2*g.size:
			flush()
		case have && (bold != w.bold || italic != w.italic):
			flush()
			w = word{x0: g.x, bold: bold, italic: italic, glued: true}
			have = true
		}
		if !have {
			w = word{x0: g.x, bold: bold, italic: italic}
			have = true
		}
		cur.WriteString(g.s)
		w.x1 = math.Max(w.x1, g.x+g.w)
		lastEnd = g.x + g.w
	}
	flush()
	if len(l.words) == 0 {
		return l, false
	}
	l.words[0].glued = false
	l.x0, l.x1 = l.words[0].x0, l.words[len(l.words)-1].x1
	l.y = ySum / float64(max(n, 1))
	return l, true
}
