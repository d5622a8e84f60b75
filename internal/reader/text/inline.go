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
	if !strings.ContainsAny(s, "*_\\") {
		return []document.Run{{Text: s}}
	}
	// The runs' texts are cut from one string: a long programme has a
	// run or three per line.
	var e emphasis
	e.spans = e.first[:0]
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
	first [6]span // room for the spans of a usual line, without an allocation
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
	// none remembers the marks with no partner left in s: once a search
	// for "**" fails it would fail again further on, so a line of many
	// unpaired marks is read in linear time.
	var none [3]bool
	partner := func(rest string, k int, mark string) int {
		if none[k] {
			return -1
		}
		j := closing(rest, mark)
		if j < 0 {
			none[k] = true
		}
		return j
	}
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
		case c == '*' && strings.HasPrefix(s[i:], "**") && !bold && opens(s, i+2):
			if j := partner(s[i+2:], 0, "**"); j > 0 {
				e.read(s[i+2:i+2+j], true, italic)
				i += 2 + j + 2
				continue
			}
		case c == '_' && strings.HasPrefix(s[i:], "__") && !bold && (i == 0 || !wordByte(s[i-1])) && opens(s, i+2):
			if j := partner(s[i+2:], 1, "__"); j > 0 && (i+2+j+2 == len(s) || !wordByte(s[i+2+j+2])) {
				e.read(s[i+2:i+2+j], true, italic)
				i += 2 + j + 2
				continue
			}
		case c == '*' && !italic && !strings.HasPrefix(s[i:], "**") && opens(s, i+1):
			if j := partner(s[i+1:], 2, "*"); j > 0 && !strings.HasPrefix(s[i+1+j:], "**") {
				e.read(s[i+1:i+1+j], bold, true)
				i += 1 + j + 1
				continue
			}
		}
		e.write(s[i:i+1], bold, italic)
		i++
	}
}

// opens reports whether a mark ending before byte i may open emphasis:
// it must be followed by text, not by white space ("* item" is a list
// bullet, "5 * 3" a product).
func opens(s string, i int) bool {
	return i < len(s) && s[i] != ' ' && s[i] != '\t'
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
