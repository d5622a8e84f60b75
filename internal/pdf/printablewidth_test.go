package pdf

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// width measures in one pass what it measured as printable, then
// symbolWidth: on random texts of Vietnamese letters, spaces, control
// characters, carriage returns, broken and overlong bytes, a BOM,
// noncharacters and runes beyond U+FFFF, in every face, the widths are
// the same to the bit, and both paths are taken.
func TestWidthIsPrintableThenMeasured(t *testing.T) {
	pieces := []string{"a", "Đ", "ủ", "ệ", " ", "  ", "\t", "\n", "\r", "\r\n", "\x00", "\x1f", "\x7f", "\u0085", "\u009f", "\u00a0",
		"\ufeff", "\ufdd0", "\ufffe", "\uffff", "\U0001fffe", "\U0001f600", "\xff", "\xc3", "\xe1\xbb", "\xc0\xaf", "\xed\xa0\x80", "\ufffd", "–", "…", "x-2021"}
	rng := rand.New(rand.NewPCG(7, 12))
	d := titleDoc(t, "", 12)
	fast, slow := 0, 0
	for _, style := range []string{"", "B", "I", "BI"} {
		d.setFont(style, 9+rng.Float64()*8)
		for range 5000 {
			var b strings.Builder
			for range rng.IntN(12) {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
			s := b.String()
			want := d.m.width(printable(s))
			if got := d.width(s); got != want {
				t.Fatalf("%s %q: %v, printable then measured %v", style, s, got, want)
			}
			if _, ok := d.m.printableWidth(s); ok {
				fast++
			} else {
				slow++
			}
		}
	}
	if fast < 1000 || slow < 1000 {
		t.Errorf("%d texts measured in one pass, %d in two: the test checks too little of one", fast, slow)
	}
}
