package docx

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// esc makes s safe as XML character data or an attribute value: NFC (Word
// and LibreOffice compare and spell-check composed Vietnamese), the five
// markup characters escaped, and characters XML 1.0 forbids dropped, so a
// stray control character in a ledger note cannot make Word refuse the
// file or offer to repair it.
func esc(s string) string {
	var b strings.Builder
	writeEsc(&b, s)
	return b.String()
}

// writeEsc appends esc(s) to b, copying the stretches between the
// characters it changes as they are: most text has none, and is copied
// whole without a string of its own.
func writeEsc(b *strings.Builder, s string) {
	if !quickNFC(s) {
		s = norm.NFC.String(s) // s itself when it is NFC already
	}
	from := 0
	for i := 0; i < len(s); {
		c := s[i]
		var with string
		size := 1
		if c < utf8.RuneSelf {
			switch {
			case c == '&':
				with = "&amp;"
			case c == '<':
				with = "&lt;"
			case c == '>':
				with = "&gt;"
			case c == '"':
				with = "&quot;"
			case c == '\t' || c == '\n' || c == '\r':
				i++
				continue
			case c < 0x20: // not a character of XML 1.0: leave it out
			default:
				i++
				continue
			}
		} else {
			r, n := utf8.DecodeRuneInString(s[i:])
			size = n
			switch {
			case r == utf8.RuneError && n == 1:
				with = "\uFFFD" // a byte that is not UTF-8, as range reads it
			case r == 0xFFFE || r == 0xFFFF: // not characters of XML 1.0
			default:
				i += n
				continue
			}
		}
		b.WriteString(s[from:i])
		b.WriteString(with)
		i += size
		from = i
	}
	b.WriteString(s[from:])
}

// quickNFC reports that s is NFC for certain, from the letters it holds:
// ASCII, and the Latin letters of Vietnamese (Latin-1, Latin Extended-A
// and -B, Latin Extended Additional) that are NFC by themselves, combine
// with no letter before them and have no combining class; a text of such
// letters is NFC as it stands. Anything else (a combining mark, a letter
// of another script, a byte that is not UTF-8) is left to norm, which
// answers the same question letter by letter at some cost.
func quickNFC(s string) bool {
	var table *nfcLetters
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		if table == nil {
			table = nfcTable()
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !table.stable(r) {
			return false
		}
		i += n
	}
	return true
}

// nfcLetters has a bit for each letter of the two Latin ranges set when
// the letter is stable under NFC as quickNFC needs.
type nfcLetters struct {
	low  [latinBEnd / 64]uint64                // U+0000 to the end of Latin Extended-B
	high [(latinAddEnd - latinAdd) / 64]uint64 // Latin Extended Additional
}

const (
	latinBEnd   = 0x0280 // past Latin Extended-B (U+024F), a multiple of 64
	latinAdd    = 0x1E00 // Latin Extended Additional: ạ, ế, ử, ỹ …
	latinAddEnd = 0x1F00
)

func (t *nfcLetters) stable(r rune) bool {
	switch {
	case r < latinBEnd:
		return t.low[r>>6]&(1<<(r&63)) != 0
	case r >= latinAdd && r < latinAddEnd:
		r -= latinAdd
		return t.high[r>>6]&(1<<(r&63)) != 0
	}
	return false
}

// nfcTable asks norm about each letter of the two ranges, once a process.
var nfcTable = sync.OnceValue(func() *nfcLetters {
	t := &nfcLetters{}
	var buf [utf8.UTFMax]byte
	stable := func(r rune) bool {
		b := utf8.AppendRune(buf[:0], r)
		p := norm.NFC.Properties(b)
		return norm.NFC.IsNormal(b) && p.CCC() == 0 && p.BoundaryBefore()
	}
	for r := range rune(latinBEnd) {
		if stable(r) {
			t.low[r>>6] |= 1 << (r & 63)
		}
	}
	for r := rune(latinAdd); r < latinAddEnd; r++ {
		if stable(r) {
			t.high[(r-latinAdd)>>6] |= 1 << ((r - latinAdd) & 63)
		}
	}
	return t
})

// writeInt appends n in decimal to b.
func writeInt(b *strings.Builder, n int) {
	var buf [20]byte
	b.Write(strconv.AppendInt(buf[:0], int64(n), 10))
}
