package source

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// refToNFC is toNFC before it decoded two- and three-byte letters itself
// (issue 12), kept to check the new code against.
func refToNFC(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= nfcTableRunes || !nfcInert(r) {
			return norm.NFC.String(s)
		}
		i += size
	}
	return s
}

// toNFC decodes what it can itself: on Vietnamese text, decomposed marks,
// and bytes that are not valid UTF-8 (overlong forms, surrogates, cut
// sequences, stray continuation bytes), it answers as the old code did.
func TestToNFCMatchesTheOldCode(t *testing.T) {
	pieces := []string{
		"Chương trình ", "Nghị quyết", "ĐẢNG BỘ", "ấ", "ự", "a\u0301", "o\u0302\u0300", "\u0323", "ᄀ\u1161", "Ω", "\u2126",
		"😀", "\uFFFD", "\xe0\x80\x80", "\xe0\xa0\x80", "\xed\xa0\x80", "\xed\x9f\xbf", "\xc0\x80", "\xc1\xbf", "\xc2\x80",
		"\xdf\xbf", "\xe1\xba", "\xe1", "\xc3", "\x80", "\xbf", "\xf0\x9f\x98", "\xf4\x90\x80\x80", "\xef\xbf\xbf", "\xe2\x80\x8b",
		" ", "x",
	}
	rng := rand.New(rand.NewPCG(12, 3))
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := toNFC(s), refToNFC(s); got != want {
			t.Fatalf("toNFC(%+q) = %+q, want %+q", s, got, want)
		}
	}
	// Every two- and three-byte sequence alone and between letters.
	for r := rune(0x80); r < 0x10000; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "ư"} {
			if got, want := toNFC(s), refToNFC(s); got != want {
				t.Fatalf("toNFC(%+q) = %+q, want %+q", s, got, want)
			}
		}
	}
}
