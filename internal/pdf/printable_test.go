package pdf

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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

// collapseSpaces looks only at the lead bytes of the spaces; it must give
// strings.Join(strings.Fields(s), " ") for any text, returning s itself
// when nothing changes. Every rune unicode.IsSpace knows is in the texts.
func TestCollapseSpacesIsFieldsJoin(t *testing.T) {
	var spaces []string
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.IsSpace(r) {
			spaces = append(spaces, string(r))
		}
	}
	if len(spaces) < 20 {
		t.Fatalf("only %d white-space runes", len(spaces))
	}
	r := rand.New(rand.NewPCG(9, 10))
	for i := range 30000 {
		s := randomText(r, r.IntN(10))
		if i%2 == 0 {
			s += spaces[r.IntN(len(spaces))] + randomText(r, r.IntN(4))
		}
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}

// lowerText is strings.ToLower and foldsSimply at once: checked on every
// rune its tables cover, around them, and on random texts.
func TestLowerTextIsToLower(t *testing.T) {
	check := func(s string) {
		t.Helper()
		lower, fast := lowerText(s)
		if want := strings.ToLower(s); lower != want {
			t.Fatalf("lowerText(%q) = %q, want %q", s, lower, want)
		}
		if want := foldsSimply(s); fast != want {
			t.Fatalf("lowerText(%q) says fast %v, foldsSimply %v", s, fast, want)
		}
	}
	for r := rune(0); r < 0x3000; r++ {
		check(string(r))
		check("Ệ" + string(r) + "A")
	}
	for _, r := range []rune{0x212A, 0x2126, 0xFFFD, 0x1F600, 0x10400, unicode.MaxRune} {
		check("ư" + string(r))
	}
	r := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		check(randomText(r, r.IntN(10)))
	}
}

// startsWithSpace reads from bytes what collapseSpaces once decoded: for
// every rune after each lead byte it looks at, whole, cut short and
// followed by a broken byte, it says what unicode.IsSpace says of the
// decoded rune.
func TestStartsWithSpaceIsIsSpace(t *testing.T) {
	n := 0
	for r := rune(0x80); r <= unicode.MaxRune; r++ {
		b := string(r)
		if spaceClass[b[0]] != 3 {
			continue
		}
		for _, s := range []string{b, b + "a", b[:len(b)-1], b[:len(b)-1] + "\xff", b + "\xe1"} {
			d, _ := utf8.DecodeRuneInString(s)
			if got, want := startsWithSpace(s), unicode.IsSpace(d); got != want {
				t.Fatalf("startsWithSpace(%q) = %v, IsSpace(%U) %v", s, got, d, want)
			}
			n++
		}
	}
	for lead := range 256 {
		if spaceClass[lead] != 3 {
			continue
		}
		for c1 := range 256 {
			for _, c2 := range []int{0x80, 0x85, 0x8A, 0x8B, 0x9F, 0xA0, 0xA8, 0xAF, 0xBF, 0xC0, 'a'} {
				s := string([]byte{byte(lead), byte(c1), byte(c2)})
				d, _ := utf8.DecodeRuneInString(s)
				if got, want := startsWithSpace(s), unicode.IsSpace(d); got != want {
					t.Fatalf("startsWithSpace(%q) = %v, IsSpace(%U) %v", s, got, d, want)
				}
				n++
			}
		}
	}
	if n < 10000 {
		t.Errorf("only %d texts checked", n)
	}
}

// unprintable is program.Unprintable for every rune, and for the values
// around and beyond the range of runes.
func TestUnprintableIsProgramsUnprintable(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if got, want := unprintable(r), program.Unprintable(r); got != want {
			t.Fatalf("unprintable(%U) = %v, program.Unprintable %v", r, got, want)
		}
	}
}

// printable reads only some lead bytes: for every rune, alone, between
// letters and cut short, and for every lead byte followed by broken
// bytes, it is program.Printable.
func TestPrintableEveryRune(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := printable(s), program.Printable(s); got != want {
			t.Fatalf("printable(%q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		b := string(r)
		check(b)
		check("ệ" + b + "a")
		check("a" + b[:len(b)-1] + "ệ")
	}
	for lead := range 256 {
		for _, next := range []string{"", "\x80", "\x9f", "\xbf", "\xbf\xbe", "\x8f\xbf\xbf", "\xc2\x85", "a"} {
			check(string([]byte{byte(lead)}) + next)
			check("\xe1" + string([]byte{byte(lead)}) + next)
		}
	}
}
