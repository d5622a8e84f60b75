package vocab

import (
	"testing"
	"unicode"
)

// The tables are filled from the Unicode range tables; they must answer as
// unicode.ToLower and unicode.IsLetter do for every rune they hold.
func TestTablesMatchUnicode(t *testing.T) {
	for r := rune(0); r < tableRunes; r++ {
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Errorf("toLower(%U) = %U, want %U", r, got, want)
		}
		if got, want := isLetter(r), unicode.IsLetter(r); got != want {
			t.Errorf("isLetter(%U) = %v, want %v", r, got, want)
		}
	}
}
