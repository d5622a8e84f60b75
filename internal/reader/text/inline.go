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
	// The runs' texts are cut from one string: a long programme has a
	// run or three per line.
	e := emphasis{spans: make([]span, 0, 4)}
	e.buf.Grow(len(s))
	e.read(s, false, false)
	text := e.buf.String()
	out := make([]document.Run, len(e.spans))
	for i, sp := range e.spans {
		out[i] = document.Run{Text: text[sp.start:sp.end], Bold: sp.bold, Italic: sp.italic}
	}
	if len(out) == 0 {
		return []document.Run{{Text: ""}}
	}
	return out
}

type span struct {
	start, end   int
	bold, italic bool
}

// emphasis collects the plain text and the spans of each emphasis.
type emphasis struct {
	buf   strings.Builder
	spans []span
}

// write appends text with an emphasis, extending the last span when it has the same.
func (e *emphasis) write(t string, bold, italic bool) {
	if t == "" {
		return
	}
	start := e.buf.Len()
	e.buf.WriteString(t)
	if n := len(e.spans); n > 0 && e.spans[n-1].bold == bold && e.spans[n-1].italic == italic && e.spans[n-1].end == start {
		e.spans[n-1].end = e.buf.Len()
		return
	}
	e.spans = append(e.spans, span{start, e.buf.Len(), bold, italic})
}

// read reads s, itself inside bold and/or italic.
func (e *emphasis) read(s string, bold, italic bool) {
	for i := 0; i < len(s); {
		if j := strings.IndexAny(s[i:], "*_\\"); j != 0 {
			// Plain text up to the next mark, written at once.
			if j < 0 {
				j = len(s) - i
			}
			e.write(s[i:i+j], bold, italic)
			i += j
			continue
		}
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(mdEscapable, s[i+1]) >= 0:
			e.write(s[i+1:i+2], bold, italic)
			i += 2
			continue
		case c == '*' && strings.HasPrefix(s[i:], "**") && !bold:
			if j := closing(s[i+2:], "**"); j > 0 {
				e.read(s[i+2:i+2+j], true, italic)
				i += 2 + j + 2
				continue
			}
		case c == '_' && strings.HasPrefix(s[i:], "__") && !bold && (i == 0 || !wordByte(s[i-1])):
			if j := closing(s[i+2:], "__"); j > 0 && (i+2+j+2 == len(s) || !wordByte(s[i+2+j+2])) {
				e.read(s[i+2:i+2+j], true, italic)
				i += 2 + j + 2
				continue
			}
		case c == '*' && !italic && !strings.HasPrefix(s[i:], "**"):
			if j := closing(s[i+1:], "*"); j > 0 && !strings.HasPrefix(s[i+1+j:], "**") {
				e.read(s[i+1:i+1+j], bold, true)
				i += 1 + j + 1
				continue
			}
		}
		e.write(s[i:i+1], bold, italic)
		i++
	}
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
