package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerSame lower-cases s rune by rune, keeping a rune unchanged when its
// lower case would have another UTF-8 length, so byte offsets found in the
// result are valid in s (the deadline parser reports the words as written).
func lowerSame(s string) string {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || 'A' <= c && c <= 'Z' {
			break
		}
	}
	if i == len(s) {
		return s // already lower-case ASCII: no copy
	}
	b := make([]byte, i, len(s))
	copy(b, s[:i])
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
	return string(b)
}

// hasPrefixFold reports whether s starts with the lower-case prefix,
// ignoring case, lower-casing only the head of s.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	return lowerSame(s[:len(prefix)]) == prefix
}

// foldSpaces trims s and turns every run of white space into one space.
func foldSpaces(s string) string {
	if !needsFold(s) {
		return s
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
			if unicode.IsSpace(r) {
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

// lastRune returns the last rune of s, or 0.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	if r == utf8.RuneError {
		return 0
	}
	return r
}

// isUpperText reports whether every letter of s is upper case and s has at least two letters.
func isUpperText(s string) bool {
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

// trimPunct removes white space and the punctuation that ends or
// separates clauses from both ends of s.
func trimPunct(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(".,;:-–", r)
	})
}

// upperFirst returns s with its first rune in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// Vietnamese letters all lie below U+2000 (Latin-1, Latin Extended-A/B,
// combining marks, Latin Extended Additional): a table there saves a
// search of the Unicode case tables per character on long programmes.
const tableRunes = 0x2000

var (
	lowerTable  [tableRunes]rune
	letterTable [tableRunes]bool
)

func init() {
	for r := rune(0); r < tableRunes; r++ {
		lowerTable[r] = unicode.ToLower(r)
		letterTable[r] = unicode.IsLetter(r)
	}
}

// toLower is unicode.ToLower with a table for the common runes.
func toLower(r rune) rune {
	if r >= 0 && r < tableRunes {
		return lowerTable[r]
	}
	return unicode.ToLower(r)
}

// isLetter is unicode.IsLetter with a table for the common runes.
func isLetter(r rune) bool {
	if r >= 0 && r < tableRunes {
		return letterTable[r]
	}
	return unicode.IsLetter(r)
}
