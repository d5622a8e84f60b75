package tomlfile

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Pos is a place in the text: 1-based line and rune column. The zero Pos
// means "not found"; Col 0 with a Line means only the line is known.
type Pos struct{ Line, Col int }

// IsZero reports whether the place is unknown.
func (p Pos) IsZero() bool { return p.Line == 0 }

// runeCol turns a byte offset in line into a 1-based character column, so
// a column counts letters as an editor shows them: ệ is one, not three
// bytes, nor three code points when the file is decomposed (NFD, as some
// systems save it).
func runeCol(line string, off int) int {
	off = min(max(off, 0), len(line))
	prefix := line[:off]
	if !norm.NFC.IsNormalString(prefix) {
		prefix = norm.NFC.String(prefix)
	}
	return utf8.RuneCountInString(prefix) + 1
}
