package docx

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// esc makes s safe as XML character data or an attribute value: NFC (Word
// and LibreOffice compare and spell-check composed Vietnamese), the five
// markup characters escaped, and characters XML 1.0 forbids dropped, so a
// stray control character in a ledger note cannot make Word refuse the
// file or offer to repair it.
func esc(s string) string {
	var b strings.Builder
	writeEsc(&b, s)
	return b.String()
}

// writeEsc appends esc(s) to b, copying the stretches between the
// characters it changes as they are: most text has none, and is copied
// whole without a string of its own.
func writeEsc(b *strings.Builder, s string) {
	s = norm.NFC.String(s) // s itself when it is NFC already
	from := 0
	for i := 0; i < len(s); {
		c := s[i]
		var with string
		size := 1
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				with = "&amp;"
			case c == '<':
				with = "&lt;"
			case c == '>':
				with = "&gt;"
			case c == '"':
				with = "&quot;"
			case c == '\t' || c == '\n' || c == '\r':
				i++
				continue
			case c < 0x20: // not a character of XML 1.0: leave it out
			default:
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			switch {
			case r == utf8.RuneError && n == 1:
				with = "\uFFFD" // a byte that is not UTF-8, as range reads it
			case r == 0xFFFE || r == 0xFFFF: // not characters of XML 1.0
			default:
				i += n
				continue
			}
		}
		b.WriteString(s[from:i])
		b.WriteString(with)
		i += size
		from = i
	}
	b.WriteString(s[from:])
}

// writeInt appends n in decimal to b.
func writeInt(b *strings.Builder, n int) {
	var buf [20]byte
	b.Write(strconv.AppendInt(buf[:0], int64(n), 10))
}
