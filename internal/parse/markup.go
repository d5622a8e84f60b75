package parse

import "strings"

// markup is a line with its Markdown emphasis read: the plain text, the
// **bold** phrases (the author's product markers) and the *italic* ones
// (the area's lead agency, the assignment parenthesis).
type markup struct {
	plain  string
	bold   []string
	italic []string
}

// readMarkup removes "**…**" and "*…*" pairs, keeping their words. A lone
// asterisk with no partner stays as written.
func readMarkup(s string) markup {
	if strings.IndexByte(s, '*') < 0 {
		return markup{plain: s}
	}
	var m markup
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		if s[i] != '*' {
			j := strings.IndexByte(s[i:], '*')
			if j < 0 {
				b.WriteString(s[i:])
				break
			}
			b.WriteString(s[i : i+j])
			i += j
			continue
		}
		if strings.HasPrefix(s[i:], "**") {
			if j := strings.Index(s[i+2:], "**"); j > 0 {
				inner := s[i+2 : i+2+j]
				m.bold = append(m.bold, strings.TrimSpace(inner))
				b.WriteString(inner)
				i += 2 + j + 2
				continue
			}
		} else if j := strings.IndexByte(s[i+1:], '*'); j > 0 && !strings.HasPrefix(s[i+1+j:], "**") {
			inner := s[i+1 : i+1+j]
			m.italic = append(m.italic, strings.TrimSpace(inner))
			b.WriteString(inner)
			i += 1 + j + 1
			continue
		}
		b.WriteByte('*')
		i++
	}
	m.plain = b.String()
	return m
}
