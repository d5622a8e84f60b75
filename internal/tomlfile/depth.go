package tomlfile

import (
	"fmt"
	"strings"
)

// MaxDepth is the deepest nesting Parse and Decode accept: tables, inline
// tables, arrays and dotted key parts inside each other, counted from the
// top level. baocao's files use at most three (a table, its key, an array
// of strings); the TOML library's cost grows with the square of the depth,
// so 50,000 nested inline tables in a 300 KB file took over 12 GB.
const MaxDepth = 10

// checkDepth scans text once, as TOML lexes it (strings and comments
// skipped), and returns a *SyntaxError at the first bracket, brace or dot
// that nests deeper than MaxDepth.
func checkDepth(text string) error {
	var stack []byte // '[' or '{' of each open array or inline table
	keyParts := 0    // dotted parts of the key being read
	keyMode := true  // reading a key (line start, or after '{' or ',' in an inline table)
	line, lineStart := 1, 0
	lineBegin := true // only blanks so far on this line
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			line, lineStart, lineBegin = line+1, i+1, true
			if len(stack) == 0 {
				keyMode, keyParts = true, 0
			}
			continue
		case ' ', '\t', '\r':
			continue
		case '#':
			for i+1 < len(text) && text[i+1] != '\n' {
				i++
			}
			continue
		case '"', '\'':
			i = skipString(text, i)
			for j := lineStart; j < i && j < len(text); j++ { // a multi-line string moved to another line
				if text[j] == '\n' {
					line, lineStart = line+1, j+1
				}
			}
			lineBegin = false
			continue
		}
		first := lineBegin
		lineBegin = false
		depth := len(stack) + keyParts
		switch {
		case c == '[' && first && len(stack) == 0:
			// A table header [a.b] or [[a.b]]: its dots are counted as key parts.
			keyMode, keyParts = true, 1
			if i+1 < len(text) && text[i+1] == '[' {
				i++
			}
			continue
		case c == ']' && len(stack) == 0 && keyMode:
			continue // the end of a header
		case c == '[' || c == '{':
			depth++
			stack = append(stack, c)
			keyMode, keyParts = c == '{', 0
		case c == ']' || c == '}':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			keyParts = 0
			continue
		case c == ',':
			keyMode, keyParts = len(stack) > 0 && stack[len(stack)-1] == '{', 0
			continue
		case c == '=':
			keyMode = false
			continue
		case c == '.' && keyMode:
			keyParts++
			depth += 2 // the key's first part and this one
		default:
			continue
		}
		if depth > MaxDepth {
			return &SyntaxError{Pos: Pos{Line: line, Col: runeCol(text[lineStart:], i-lineStart)},
				Message: fmt.Sprintf("nested more than %d deep (tables, arrays and dotted keys inside each other): no baocao file needs more than 3", MaxDepth)}
		}
	}
	return nil
}

// skipString returns the index of the closing quote of the string opening
// at text[i] (or the last index when it does not close).
func skipString(text string, i int) int {
	q := text[i]
	if strings.HasPrefix(text[i:], strings.Repeat(string(q), 3)) {
		end := strings.Index(text[i+3:], strings.Repeat(string(q), 3))
		if end < 0 {
			return len(text) - 1
		}
		j := i + 3 + end + 2
		for j+1 < len(text) && text[j+1] == q { // """a"""" ends at the last quote
			j++
		}
		return j
	}
	for j := i + 1; j < len(text); j++ {
		switch text[j] {
		case '\\':
			if q == '"' {
				j++
			}
		case q:
			return j
		case '\n':
			return j - 1
		}
	}
	return len(text) - 1
}
