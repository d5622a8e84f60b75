package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/internal/vocab"
)

// hasPrefixFold reports whether s starts with the lower-case prefix,
// ignoring case, lower-casing only the head of s.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	var buf [32]byte // prefixes are short words: lowered on the stack
	return string(vocab.AppendLower(buf[:0], s[:len(prefix)])) == prefix
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
