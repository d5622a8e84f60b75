package pdf

import "baocao/internal/program"

// printable is program.Printable(s), without its cost when there is
// nothing to drop (nearly every text): Printable's strings.IndexFunc calls
// Unprintable through a function value for every rune, which was a tenth
// of a small annex's layout, since every width and line break asks for it.
// ASCII is checked a byte at a time, the rest a rune at a time as
// IndexFunc decodes it.
func printable(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			for _, r := range s[i:] {
				if program.Unprintable(r) {
					return program.Printable(s)
				}
			}
			return s
		}
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7F {
			return program.Printable(s)
		}
	}
	return s
}
