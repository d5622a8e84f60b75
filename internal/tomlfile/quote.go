package tomlfile

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Quote writes s as a TOML basic string, in NFC: Vietnamese letters stay as
// they are so the file reads as it prints; quotes, backslashes and control
// characters are escaped the way TOML (not Go) spells them; invalid UTF-8,
// which TOML cannot hold, becomes U+FFFD.
func Quote(s string) string {
	s = norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
