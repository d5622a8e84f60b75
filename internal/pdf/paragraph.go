package pdf

import (
	"strings"
	"unicode/utf8"
)

// paragraph prints body text justified between the margins, its first line
// indented, at the body size and exact line height, breaking pages between
// lines; the paragraph gap follows. The last line, and a line too short to
// stretch well (lineAlign), is left-aligned.
func (d *document) paragraph(s, style string, indent bool) {
	d.flow(d.paragraphLines(s, style, indent))
	d.gap(d.page.ParagraphGap)
}

// paragraphLines measures a paragraph: one piece a line, each a line high.
// A text is measured once per section: the same text again reuses its
// lines.
func (d *document) paragraphLines(s, style string, indent bool) []piece {
	pg := d.page
	d.setFont(style, pg.BodySize)
	key := textKey{s, style, indent, false}
	if ps, ok := d.measured[key]; ok {
		return ps
	}
	first := 0.0
	if indent {
		first = pg.FirstLineIndent
	}
	lines := d.wrapIndented(collapseSpaces(s), pg.textWidth(), first)
	ps := make([]piece, len(lines))
	for i, line := range lines {
		x := pg.MarginLeft
		if i == 0 {
			x += first
		}
		avail := pg.MarginLeft + pg.textWidth() - x
		align := d.lineAlign(line, avail, i == len(lines)-1)
		ps[i] = piece{boxes: []box{d.measureCell(x, 0, avail, pg.LineHeight, line, align)}, h: pg.LineHeight}
	}
	d.remember(key, ps)
	return ps
}

// textKey names a measured paragraph or heading within a section.
type textKey struct {
	text, style     string
	indent, heading bool
}

// remember keeps a measured text for the rest of the section.
func (d *document) remember(k textKey, ps []piece) {
	if d.measured == nil {
		d.measured = map[textKey][]piece{}
	}
	d.measured[k] = ps
}

// wrapIndented splits s into lines of width w whose first line is narrower
// by indent: SplitText measures the first line at the narrower width, and
// the rest of the text is wrapped again at the full width.
func (d *document) wrapIndented(s string, w, indent float64) []string {
	if indent <= 0 {
		return d.split(s, w)
	}
	head := d.split(s, w-indent)
	if len(head) <= 1 {
		return head
	}
	// The rest is s after as many runes as the first line holds: when
	// that line is the start of s (split cuts its lines out of the text),
	// s after its bytes.
	var rest string
	if strings.HasPrefix(s, head[0]) && utf8.ValidString(s) {
		rest = s[len(head[0]):]
	} else {
		rest = string([]rune(s)[len([]rune(head[0])):])
	}
	if len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:] // the space SplitText broke at
	}
	return append([]string{head[0]}, d.split(rest, w)...)
}

// gap adds vertical space unless the page has just begun.
func (d *document) gap(h float64) {
	if d.y() <= d.page.MarginTop+0.01 {
		return
	}
	d.moveTo(d.page.MarginLeft, d.y()+h)
}

// collapseSpaces is s with its runs of white space made one space and none
// at either end, as strings.Join(strings.Fields(s), " ") gives; a text
// already so (most cells) is returned as it is, without allocating. It
// looks at bytes: below 0x80 the ASCII spaces, above only the lead bytes
// of the runes unicode.IsSpace knows (U+0085 and U+00A0 after 0xC2,
// U+1680 after 0xE1, U+2000–U+205F after 0xE2, U+3000 after 0xE3) are
// decoded, where decoding every rune of a cell was most of its cost.
func collapseSpaces(s string) string {
	prevSpace := true
	for i := 0; i < len(s); i++ {
		switch spaceClass[s[i]] {
		case 0:
			prevSpace = false
		case 1: // ' '
			if prevSpace {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = true
		case 2: // another ASCII space
			return strings.Join(strings.Fields(s), " ")
		case 3: // the lead byte of a rune that may be a space
			if startsWithSpace(s[i:]) {
				return strings.Join(strings.Fields(s), " ")
			}
			prevSpace = false
		}
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// startsWithSpace reports whether s, which starts with a byte of class 3,
// starts with a rune unicode.IsSpace knows: U+0085, U+00A0, U+1680,
// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F or U+3000, read from
// their bytes. 0xE1 leads every Vietnamese letter of U+1E00–U+1EFF, and
// decoding each of them to ask IsSpace was half of collapseSpaces.
func startsWithSpace(s string) bool {
	switch {
	case s[0] == 0xC2:
		return len(s) >= 2 && (s[1] == 0x85 || s[1] == 0xA0)
	case len(s) < 3:
		return false
	case s[0] == 0xE1:
		return s[1] == 0x9A && s[2] == 0x80
	case s[0] == 0xE2 && s[1] == 0x80:
		return s[2] >= 0x80 && s[2] <= 0x8A || s[2] == 0xA8 || s[2] == 0xA9 || s[2] == 0xAF
	case s[0] == 0xE2:
		return s[1] == 0x81 && s[2] == 0x9F
	}
	return s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x80
}

// spaceClass sorts bytes for collapseSpaces: 0 for most, 1 for ' ', 2 for
// the other ASCII spaces, 3 for the lead bytes of the other runes
// unicode.IsSpace knows.
var spaceClass = [256]uint8{' ': 1, '\t': 2, '\n': 2, '\v': 2, '\f': 2, '\r': 2, 0xC2: 3, 0xE1: 3, 0xE2: 3, 0xE3: 3}
