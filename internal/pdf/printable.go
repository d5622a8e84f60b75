package pdf

import (
	"unicode/utf8"

	"baocao/internal/program"
)

// printable is program.Printable(s), without its cost when there is
// nothing to drop (nearly every text): Printable's strings.IndexFunc calls
// Unprintable through a function value for every rune, which was a tenth
// of a small annex's layout, since every width and line break asks for it.
// It looks at bytes: below 0x80 the control characters and DEL, above only
// the lead bytes of the runes Unprintable drops (0xC2 for U+0080–U+009F,
// 0xEF for U+FDD0–U+FDEF, U+FEFF, U+FFFE and U+FFFF, 0xF0–0xF4 for the
// other planes' last two) are decoded; a lead byte is never part of the
// rune before it, so it starts a rune as a walk over the text decodes it.
func printable(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n' || c == 0x7F:
			return program.Printable(s)
		case c == 0xC2 || c >= 0xEF:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unprintable(r) {
				return program.Printable(s)
			}
		}
	}
	return s
}

// unprintable is program.Unprintable(r), answering at once for the runes
// between U+00A0 and U+FDCF (Latin, Vietnamese, the punctuation), none of
// which it drops: it was a tenth of measuring a cell's text, asked of
// every rune of every width, line and rune set.
func unprintable(r rune) bool {
	return (r < 0xA0 || r >= 0xFDD0) && program.Unprintable(r)
}
