package text

import (
	"strings"

	"baocao/internal/document"
)

// mdEscapable are the ASCII punctuation characters Markdown lets a
// backslash escape (CommonMark §2.4); converters (pandoc, Word add-ins)
// write "\*" or "\-" so that a literal mark is not read as formatting.
const mdEscapable = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// inline reads a line's Markdown emphasis into runs: "**bold**" and
// "__bold__" are bold, "*italic*" italic (nested inside bold too), and a
// backslash before ASCII punctuation keeps that character as text. A mark
// without a partner stays as written ("*" alone, "5 * 3"), so plain text
// that happens to hold an asterisk is never lost.
func inline(s string) []document.Run {
	if strings.IndexAny(s, "*_\\") < 0 {
		return []document.Run{{Text: s}}
	}
	var out []document.Run
	emph(s, false, false, &out)
	if len(out) == 0 {
		return []document.Run{{Text: ""}}
	}
	return out
}

// emph appends the runs of s, itself inside bold and/or italic.
func emph(s string, bold, italic bool, out *[]document.Run) {
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			addRun(out, document.Run{Text: b.String(), Bold: bold, Italic: italic})
			b.Reset()
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(mdEscapable, s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '*' && strings.HasPrefix(s[i:], "**") && !bold:
			if j := closing(s[i+2:], "**"); j > 0 {
				flush()
				emph(s[i+2:i+2+j], true, italic, out)
				i += 2 + j + 2
				continue
			}
		case c == '_' && strings.HasPrefix(s[i:], "__") && !bold && (i == 0 || !wordByte(s[i-1])):
			if j := closing(s[i+2:], "__"); j > 0 && (i+2+j+2 == len(s) || !wordByte(s[i+2+j+2])) {
				flush()
				emph(s[i+2:i+2+j], true, italic, out)
				i += 2 + j + 2
				continue
			}
		case c == '*' && !italic && !strings.HasPrefix(s[i:], "**"):
			if j := closing(s[i+1:], "*"); j > 0 && !strings.HasPrefix(s[i+1+j:], "**") {
				flush()
				emph(s[i+1:i+1+j], bold, true, out)
				i += 1 + j + 1
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	flush()
}

// closing returns the index in s of the first unescaped mark, or -1.
func closing(s, mark string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			i++
			continue
		}
		if strings.HasPrefix(s[i:], mark) {
			return i
		}
	}
	return -1
}

// addRun appends r, merging it with the last run when their emphasis is the same.
func addRun(out *[]document.Run, r document.Run) {
	if n := len(*out); n > 0 && (*out)[n-1].Bold == r.Bold && (*out)[n-1].Italic == r.Italic {
		(*out)[n-1].Text += r.Text
		return
	}
	*out = append(*out, r)
}

func wordByte(c byte) bool {
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// heading reads a Markdown ATX heading "## Về kinh tế": its level and
// text without the marks (a closing run of "#" is dropped too).
func heading(s string) (level int, text string) {
	n := 0
	for n < len(s) && n < 7 && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0, s
	}
	t := strings.TrimSpace(s[n:])
	if k := strings.TrimRight(t, "#"); k != t && (k == "" || strings.HasSuffix(k, " ")) {
		t = strings.TrimSpace(k)
	}
	return n, t
}
