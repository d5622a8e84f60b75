package parse

import (
	"regexp"
	"strings"
	"unicode"

	"baocao/internal/source"
)

// para is one logical paragraph: a line of the file, or several lines a
// page break had split and the cleaner re-joined. Line is where it starts.
type para struct {
	text string
	line int
}

var (
	reHTMLTag = regexp.MustCompile(`</?[a-zA-Z][^<>]*>`)
	// reStray is a short emphasised word left after a sentence has ended:
	// "… Ban Chấp hành Đảng bộ tỉnh. *nah*".
	reStray = regexp.MustCompile(`([.!?…;:])\s+(\*{1,2}[^*\s][^*]{0,30}\*{1,2})\s*$`)
)

// cleanHTML removes HTML tags pasted from a web editor and the "- " list
// markers they wrapped, keeping the items as sentences.
func cleanHTML(s string) (string, bool) {
	if !strings.ContainsRune(s, '<') || !reHTMLTag.MatchString(s) {
		return s, false
	}
	s = reHTMLTag.ReplaceAllString(s, " ")
	s = foldSpaces(s)
	// "- item one. - item two." → "item one. item two."
	var b strings.Builder
	b.Grow(len(s))
	last := byte(0) // the last byte written that is not a space
	for i := 0; i < len(s); i++ {
		if s[i] == '-' && i+1 < len(s) && s[i+1] == ' ' && (last == 0 || last == '.' || last == ';' || last == ':') {
			i++
			continue
		}
		b.WriteByte(s[i])
		if s[i] != ' ' {
			last = s[i]
		}
	}
	return strings.TrimRight(foldSpaces(b.String()), " ."), true
}

// paragraphs cleans the decoded lines and groups them in paragraphs: a
// whitespace-only line is blank, HTML tags and stray marks after a
// sentence's end are removed, and a paragraph a page break split in two
// (the first part does not end a sentence, the second starts in lower
// case, blank lines between) is re-joined. Each change is a warning.
// Lines with tabs are table rows and are left as they are.
func (ps *parser) paragraphs(lines []string) []para {
	out := make([]para, 0, len(lines)/2+1)
	gap := false   // a blank line was seen since the last paragraph
	lastText := "" // the last line added, where a sentence may continue
	joined := map[int][]string{}
	for i, l := range lines {
		n := i + 1
		if isBlank(l) {
			if l != "" && !strings.ContainsRune(l, '\t') {
				ps.warn(n, "whitespace-line", "line holds only white space: read as a blank line")
			}
			gap = true
			continue
		}
		if !strings.ContainsRune(l, '\t') {
			l = strings.TrimSpace(l)
			if c, ok := cleanHTML(l); ok {
				ps.warn(n, "html-remnant", "HTML tags removed from the text: %q", c)
				l = c
			}
			if strings.HasSuffix(l, "*") {
				if m := reStray.FindStringSubmatchIndex(l); m != nil {
					ps.warn(n, "stray-mark", "stray mark %q after the end of the sentence removed", l[m[4]:m[5]])
					l = l[:m[3]]
				}
			}
			if gap && len(out) > 0 && ps.splitByPageBreak(lastText, l) {
				prev := &out[len(out)-1]
				ps.warn(prev.line, "rejoined", "paragraph split by a page break re-joined with line %d (line %d does not end a sentence, line %d starts in lower case)", n, prev.line, n)
				joined[len(out)-1] = append(joined[len(out)-1], l)
				lastText = l
				gap = false
				continue
			}
		}
		out = append(out, para{text: l, line: n})
		lastText = l
		gap = false
	}
	// Re-joined paragraphs are built once at the end, not by repeated concatenation.
	for i, extra := range joined {
		out[i].text = out[i].text + " " + strings.Join(extra, " ")
	}
	return out
}

// splitByPageBreak reports whether next continues prev's sentence.
func (ps *parser) splitByPageBreak(prev, next string) bool {
	if strings.ContainsRune(prev, '\t') {
		return false
	}
	end := lastRune(prev)
	if strings.ContainsRune(".:;!?…)”\"*", end) {
		return false
	}
	first := firstRune(next)
	return unicode.IsLower(first)
}

func (ps *parser) warn(line int, code, format string, args ...any) {
	ps.diags.Add(source.Pos{File: ps.name, Line: line}, source.Warning, code, format, args...)
}

func (ps *parser) errorf(line int, code, format string, args ...any) {
	ps.diags.Add(source.Pos{File: ps.name, Line: line}, source.Error, code, format, args...)
}
