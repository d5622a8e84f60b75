package report

import (
	"fmt"
	"sort"
	"strings"
)

// parseMarkup splits a template's output into blocks: paragraphs are
// separated by blank lines and the lines of one paragraph are joined by a
// space. A paragraph starting with "# " (or "## ") is a heading, "^ " a
// centred bold line, "~ " a centred italic line, and "[[table NAME]]" or
// "[[chart NAME]]" places a table or chart; names must be among known. A
// table or chart block carries its name as Text; Build attaches the table
// or chart itself. A paragraph starting with a backslash is body text
// whatever follows, without the backslash: templates write someone else's
// words (the office's text) with the plain function, which adds it.
func parseMarkup(name, out string, known map[string]bool) ([]Block, error) {
	var blocks []Block
	var cur []string
	line := 0
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		text := strings.Join(cur, " ")
		cur = nil
		b := Block{Kind: Paragraph, Text: text, Source: name}
		switch {
		case strings.HasPrefix(text, `\`):
			b.Text = text[1:]
		case strings.HasPrefix(text, "[[") && strings.HasSuffix(text, "]]"):
			f := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(text, "[["), "]]"))
			if len(f) != 2 || (f[0] != "table" && f[0] != "chart") || !known[f[0]+" "+f[1]] {
				return fmt.Errorf("template %s, output line %d: %q is not a known table or chart (%s)", name, line, text, knownList(known))
			}
			b = Block{Kind: TableBlock, Text: f[1], Source: name}
			if f[0] == "chart" {
				b.Kind = ChartBlock
			}
		case strings.HasPrefix(text, "#"):
			b = Block{Kind: Heading, Text: strings.TrimSpace(strings.TrimLeft(text, "#")), Source: name}
		case strings.HasPrefix(text, "^ "):
			b = Block{Kind: CentreBold, Text: strings.TrimSpace(text[2:]), Source: name}
		case strings.HasPrefix(text, "~ "):
			b = Block{Kind: CentreItalic, Text: strings.TrimSpace(text[2:]), Source: name}
		}
		blocks = append(blocks, b)
		return nil
	}
	for i, l := range strings.Split(out, "\n") {
		line = i + 1
		l = strings.TrimSpace(l)
		if l == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		cur = append(cur, l)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return blocks, nil
}

// knownList names the known tables and charts for an error message.
func knownList(known map[string]bool) string {
	var names []string
	for _, k := range sortedKeys(known) {
		names = append(names, "[["+k+"]]")
	}
	return "known: " + strings.Join(names, ", ")
}

// sortedKeys lists a set's keys in order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
