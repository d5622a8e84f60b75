package vocab

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lower lower-cases s rune by rune, keeping a rune unchanged when its
// lower case would have another UTF-8 length, so byte offsets found in the
// result are valid in s (recognisers report the words as written).
func Lower(s string) string {
	i := lowerASCIIPrefix(s)
	if i == len(s) {
		return s // already lower-case ASCII: no copy
	}
	return string(appendLowerFrom(make([]byte, 0, len(s)), s, i))
}

// AppendLower appends Lower(s) to dst. A caller that only tests the
// lower-case text ("starts with giao") gives a buffer on its stack, so
// the many short texts of a long programme are lowered without garbage.
func AppendLower(dst []byte, s string) []byte {
	return appendLowerFrom(dst, s, 0)
}

// lowerASCIIPrefix returns the length of the lower-case ASCII prefix of s:
// the bytes Lower copies as they are.
func lowerASCIIPrefix(s string) int {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			break
		}
	}
	return i
}

// appendLowerFrom appends Lower(s) to dst, given that s[:i] is lower-case
// ASCII.
func appendLowerFrom(dst []byte, s string, i int) []byte {
	b := append(dst, s[:i]...)
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		l := toLower(r)
		if r == utf8.RuneError || l == r || utf8.RuneLen(l) != size {
			b = append(b, s[i:i+size]...)
		} else {
			b = utf8.AppendRune(b, l)
		}
		i += size
	}
	return b
}

// hasPrefixBytes is strings.HasPrefix for a lowered buffer; the
// comparison converts without copying.
func hasPrefixBytes(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && string(b[:len(prefix)]) == prefix
}

// FoldSpaces trims s and turns every run of white space into one space.
// Characters that take no room (zero-width space, soft hyphen, BOM), which
// a cell wrapped over two lines or a converter leaves behind, are dropped.
func FoldSpaces(s string) string {
	if !needsFold(s) {
		return s
	}
	if strings.ContainsAny(s, "\u200b\u00ad\ufeff\u200c\u200d") {
		s = strings.NewReplacer("\u200b", "", "\u00ad", "", "\ufeff", "", "\u200c", "", "\u200d", "").Replace(s)
	}
	return strings.Join(strings.Fields(s), " ")
}

func needsFold(s string) bool {
	if s == "" {
		return false
	}
	prevSpace := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		sp := c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
		if sp && (prevSpace || c != ' ') {
			return true
		}
		if c >= 0x80 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) || r == '\u200b' || r == '\u00ad' || r == '\ufeff' || r == '\u200c' || r == '\u200d' {
				return true
			}
		}
		prevSpace = sp
	}
	return prevSpace
}

// firstRune returns the first rune of s, or 0.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// IsUpperText reports whether every letter of s is upper case and s has at
// least two letters: header lines, titles and signature lines are.
func IsUpperText(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isWordAt reports whether a letter or digit starts at byte i of s.
func isWordAt(s string, i int) bool {
	r := firstRune(s[i:])
	return r != 0 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 && isLetter(r))
}

// Vietnamese letters all lie below U+2000 (Latin-1, Latin Extended-A/B,
// combining marks, Latin Extended Additional): a table there saves a
// search of the Unicode case tables per character on long programmes.
const tableRunes = 0x2000

var (
	lowerTable  [tableRunes]rune
	letterTable [tableRunes]bool
)

// init fills the tables from the Unicode range tables rather than asking
// unicode.ToLower and unicode.IsLetter about each of the 8,192 runes: a
// rune outside every case range is its own lower case, and the letters are
// the runes of unicode.Letter's ranges. That took a millisecond of every
// command's start-up; this takes a few microseconds.
func init() {
	for r := range lowerTable {
		lowerTable[r] = rune(r)
	}
	for _, cr := range unicode.CaseRanges {
		for r := rune(cr.Lo); r <= rune(cr.Hi) && r < tableRunes; r++ {
			lowerTable[r] = unicode.ToLower(r)
		}
	}
	for _, rg := range unicode.Letter.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi) && r < tableRunes; r += rune(rg.Stride) {
			letterTable[r] = true
		}
	}
}

// LowerRune is unicode.ToLower with a table for the runes Vietnamese
// uses: the parser's word matching calls it for every letter.
func LowerRune(r rune) rune { return toLower(r) }

// IsLetter is unicode.IsLetter with the same table.
func IsLetter(r rune) bool { return isLetter(r) }

func toLower(r rune) rune {
	if r >= 0 && r < tableRunes {
		return lowerTable[r]
	}
	return unicode.ToLower(r)
}

func isLetter(r rune) bool {
	if r >= 0 && r < tableRunes {
		return letterTable[r]
	}
	return unicode.IsLetter(r)
}
