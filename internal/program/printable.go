package program

import "strings"

// Unprintable reports whether r is a character no document can show: a C0
// control other than tab and line feed (U+0000, ESC…), DEL, a C1 control
// (U+0080–U+009F), the byte-order mark U+FEFF, or a Unicode noncharacter.
// A ledger can hold any of them (TOML escapes such as "\u0001"), and a
// returned form brings them in from Excel's _xHHHH_ escapes; no font has a
// glyph for them.
func Unprintable(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20, r == 0x7F, r >= 0x80 && r <= 0x9F, r == 0xFEFF:
		return true
	case r >= 0xFDD0 && r <= 0xFDEF, r&0xFFFE == 0xFFFE:
		return true
	}
	return false
}

// Printable returns s without its unprintable characters, a carriage
// return (alone or before a line feed) read as a line break. It returns s
// itself when there is nothing to remove.
func Printable(s string) string {
	if strings.IndexFunc(s, Unprintable) < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Map(func(r rune) rune {
		if Unprintable(r) {
			return -1
		}
		return r
	}, s)
}
