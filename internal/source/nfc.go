package source

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// toNFC returns s in NFC. Most lines of a programme are already NFC:
// composed Vietnamese letters, ASCII and punctuation, none of which
// combines with its neighbours. A line made only of such runes (each NFC on
// its own, canonical combining class 0 and not combining with the rune
// before it: by Unicode's quick check such a string is NFC) is returned as
// it is after a table look-up per rune, instead of norm's quick check,
// which was half of decoding a long programme. Any other line goes
// through norm.
func toNFC(s string) string {
	tab := nfcInert()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= nfcTableRunes || !tab[r] {
			return norm.NFC.String(s)
		}
		i += size
	}
	return s
}

// nfcTableRunes bounds the table: Vietnamese letters all lie below U+2000.
const nfcTableRunes = 0x2000

// nfcInert says, for each rune below nfcTableRunes, whether it leaves any
// string it is in NFC as far as it is concerned (see toNFC). U+FFFD and
// runes above the table go through norm.
var nfcInert = sync.OnceValue(func() *[nfcTableRunes]bool {
	t := new([nfcTableRunes]bool)
	for r := rune(0); r < nfcTableRunes; r++ {
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		t[r] = utf8.ValidRune(r) && p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s)
	}
	return t
})
