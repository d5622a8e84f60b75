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
//
// Vietnamese letters are two or three bytes long: those are decoded here,
// any other sequence (four bytes, or not valid) by utf8.DecodeRuneInString,
// and the table's answer read inline, nfcInert working out the rest.
func toNFC(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		var r rune
		var size int
		switch {
		case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
		case c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r, size = rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F), 3
			if r < 0x800 {
				r, size = utf8.DecodeRuneInString(s[i:]) // overlong: not valid
			}
		default:
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		// A surrogate (not valid either) lies above the table, as does
		// utf8.RuneError: norm deals with both.
		if r >= nfcTableRunes {
			return norm.NFC.String(s)
		}
		switch nfcInertTable[r].Load() {
		case inert:
		case notInert:
			return norm.NFC.String(s)
		default:
			if !nfcInert(r) {
				return norm.NFC.String(s)
			}
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
