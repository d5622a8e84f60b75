package tomlfile

import "strings"

// LineKey returns the key set on a `key = value` line, dotted as the
// decoder names it (`a . "b" = 1` → "a.b"), or ok false when the line sets
// no key. It reads one line only: a line inside a multi-line string looks
// like any other.
func LineKey(line string) (key string, ok bool) {
	full, _, _, _, ok := keyLine(line)
	return full, ok
}

// keyLine reads `key = value`: the key dotted in full, its first part, the
// byte offset where it starts and the text after '='.
func keyLine(line string) (full, first string, at int, rest string, ok bool) {
	at = skipBlanks(line, 0)
	full, first, end, ok := dottedKey(line, at)
	if !ok || end >= len(line) || line[end] != '=' {
		return "", "", 0, "", false
	}
	return full, first, at, line[end+1:], true
}

// header reads a table header `[a.b]` or `[[a.b]]` (a comment may follow).
func header(t string) (name string, array, ok bool) {
	array = strings.HasPrefix(t, "[[")
	i := 1
	if array {
		i = 2
	}
	name, _, end, ok := dottedKey(t, skipBlanks(t, i))
	if !ok || !strings.HasPrefix(t[end:], "]") || array && !strings.HasPrefix(t[end:], "]]") {
		return "", false, false
	}
	// Only blanks or a comment may follow, which tells a header from a line
	// of a multi-line array such as `  ["a", "b"],`.
	if after := strings.TrimLeft(t[end+i:], " \t"); after != "" && after[0] != '#' {
		return "", false, false
	}
	return name, array, true
}

// dottedKey reads bare or quoted parts joined by dots from s[i]. It returns
// the parts joined by ".", the first part, and the offset after the key and
// the blanks that follow it. A key of one part costs no allocation.
func dottedKey(s string, i int) (full, first string, end int, ok bool) {
	var b *strings.Builder
	for n := 0; ; n++ {
		part, j, ok := keyPart(s, i)
		if !ok {
			return "", "", 0, false
		}
		switch {
		case n == 0:
			first = part
		case n == 1:
			b = &strings.Builder{}
			b.WriteString(first)
			fallthrough
		default:
			b.WriteByte('.')
			b.WriteString(part)
		}
		i = skipBlanks(s, j)
		if i < len(s) && s[i] == '.' {
			i = skipBlanks(s, i+1)
			continue
		}
		if b != nil {
			return b.String(), first, i, true
		}
		return first, first, i, true
	}
}

// keyPart reads one bare or quoted key part at s[i].
func keyPart(s string, i int) (string, int, bool) {
	if i < len(s) && (s[i] == '"' || s[i] == '\'') {
		j := strings.IndexByte(s[i+1:], s[i])
		if j < 0 {
			return "", 0, false
		}
		return s[i+1 : i+1+j], i + 2 + j, true
	}
	j := i
	for j < len(s) && isBareKeyByte(s[j]) {
		j++
	}
	return s[i:j], j, j > i
}

func isBareKeyByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func skipBlanks(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}
