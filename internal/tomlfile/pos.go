package tomlfile

import "unicode/utf8"

// Pos is a place in the text: 1-based line and rune column. The zero Pos
// means "not found"; Col 0 with a Line means only the line is known.
type Pos struct{ Line, Col int }

// IsZero reports whether the place is unknown.
func (p Pos) IsZero() bool { return p.Line == 0 }

// runeCol turns a byte offset in line into a 1-based rune column, so a
// column counts letters as an editor shows them (ệ is one, not three bytes).
func runeCol(line string, off int) int {
	off = min(max(off, 0), len(line))
	return utf8.RuneCountInString(line[:off]) + 1
}
