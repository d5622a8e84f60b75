package source

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toNFC must give what norm.NFC.String gives: for every rune of the table
// alone and after each of a few bases, and for random strings mixing
// composed and decomposed Vietnamese, combining marks and other scripts.
func TestToNFCMatchesNorm(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := toNFC(s), norm.NFC.String(s); got != want {
			t.Fatalf("toNFC(%+q) = %+q, want %+q", s, got, want)
		}
	}
	for r := rune(0); r < nfcTableRunes; r++ {
		check(string(r))
		for _, base := range []string{"a", "e", "o", "u", "ơ", "ư", "A", "ấ", "ᄀ", "α", " "} {
			check(base + string(r))
			check(string(r) + base)
		}
	}
	pool := []rune("aăâeêioôơuưyđAĂÂĐấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵ \u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b" +
		"ᄀ\u1161\u11a8αά\u0345ё\u0308\u0951\u093c\u0915\uFFFD\u2126\u212b\u0340\u0344\u0f73\u1e9b")
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteRune(pool[rng.IntN(len(pool))])
		}
		check(b.String())
	}
	check(strings.Repeat("Chương trình hành động ", 10))
	check("bad \xff byte")
	if !utf8.ValidString(toNFC("Nghị quyết")) {
		t.Fatal("invalid UTF-8")
	}
}
