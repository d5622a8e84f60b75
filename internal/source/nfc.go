package source

import (
	"sync/atomic"
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

// nfcTableRunes bounds the table: Vietnamese letters all lie below U+2000.
const nfcTableRunes = 0x2000

// nfcInert says whether rune r (below nfcTableRunes) leaves any string it
// is in NFC as far as it is concerned (see toNFC). Each rune is looked up
// in norm's tables the first time it is met and the answer kept: a text
// uses a hundred or so of these runes, and working out all 8,192 at start
// cost a millisecond. U+FFFD and runes above the table go through norm.
func nfcInert(r rune) bool {
	switch nfcInertTable[r].Load() {
	case inert:
		return true
	case notInert:
		return false
	}
	s := string(r)
	p := norm.NFC.PropertiesString(s)
	ok := utf8.ValidRune(r) && p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormalString(s)
	v := uint32(notInert)
	if ok {
		v = inert
	}
	nfcInertTable[r].Store(v)
	return ok
}

// nfcInertTable holds nfcInert's answers: 0 not yet known, inert or
// notInert. Parsers on several goroutines share it; each entry is written
// with the same answer by whoever works it out first.
var nfcInertTable [nfcTableRunes]atomic.Uint32

const (
	inert = 1 + iota
	notInert
)
