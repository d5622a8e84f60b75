package docx

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// esc makes s safe as XML character data or an attribute value: NFC (Word
// and LibreOffice compare and spell-check composed Vietnamese), the five
// markup characters escaped, and characters XML 1.0 forbids dropped, so a
// stray control character in a ledger note cannot make Word refuse the
// file or offer to repair it.
func esc(s string) string {
	s = norm.NFC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"':
			b.WriteString("&quot;")
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case r < 0x20, r == 0xFFFE, r == 0xFFFF, r >= 0xD800 && r <= 0xDFFF:
			// not a character of XML 1.0: leave it out
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
