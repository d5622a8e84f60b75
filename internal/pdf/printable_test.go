package pdf

import (
	"math/rand/v2"
	"strings"
	"testing"

	"baocao/internal/program"
)

// randomText is n pieces drawn from an alphabet of what documents hold and
// what they must drop or break on: Vietnamese, spaces of every kind,
// control and C1 characters, DEL, BOM, noncharacters, runes around the bit
// array's end (runeSetBits), astral characters and broken UTF-8.
func randomText(r *rand.Rand, n int) string {
	alphabet := []string{
		"a", "Z", "0", " ", "  ", "\t", "\n", "\r", "\r\n", "\x00", "\x1f", "\x7f", "\u0080", "\u009f", "\u00a0",
		"ệ", "Đ", "ủy", "quý", "ngày", "số", "\ufeff", "\ufdd0", "\ufdef", "\ufffe", "\uffff", "\U0001fffe",
		"\u1fff", "\u2000", "\u2003", "–", "“", "😀", "\xff", "\xe1\xbb", "(", ")", "\\", "Ĩ", "ĩ",
	}
	var b strings.Builder
	for range n {
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// printable must be program.Printable: the fast path only skips the work
// when there is nothing to drop.
func TestPrintableIsProgramPrintable(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 20000 {
		s := randomText(r, r.IntN(12))
		if i%3 == 0 {
			s = strings.Map(func(r rune) rune {
				if program.Unprintable(r) {
					return -1
				}
				return r
			}, s) // mostly printable texts, as documents hold
		}
		if got, want := printable(s), program.Printable(s); got != want {
			t.Fatalf("printable(%q) = %q, want %q", s, got, want)
		}
	}
}

// runeSet records what addRunes records into a map.
func TestRuneSetIsAddRunes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 500 {
		var set runeSet
		want := map[rune]bool{}
		for range r.IntN(6) {
			s := randomText(r, r.IntN(10))
			set.addString(s)
			addRunes(want, s)
		}
		got := set.runes()
		if set.len() != len(want) || len(got) != len(want) {
			t.Fatalf("runeSet holds %d (len %d), addRunes %d: %v vs %v", len(got), set.len(), len(want), got, want)
		}
		for c := range want {
			if !got[c] {
				t.Fatalf("runeSet lacks %U", c)
			}
		}
	}
}
