package check

import (
	"strconv"
	"strings"
)

func itoa(n int) string { return strconv.Itoa(n) }

// quote wraps s in straight double quotes, as the office reads them.
func quote(s string) string { return "\"" + s + "\"" }

// clip shortens s to at most n characters at a word boundary, marking the
// cut with "…".
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n])
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;.") + "…"
}

// taskBody is a task's text without its closing assignment parenthesis
// "(Giao … ; thời gian hoàn thành …)".
func taskBody(text string) string {
	s := strings.TrimRight(text, " .;")
	if !strings.HasSuffix(s, ")") {
		return text
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return text
	}
	inner := strings.ToLower(s[open+1:])
	if strings.HasPrefix(inner, "giao ") || strings.Contains(inner, "thời gian") || strings.Contains(inner, "thời hạn") || strings.Contains(inner, "hoàn thành") {
		return strings.TrimRight(s[:open], " .;")
	}
	return text
}
