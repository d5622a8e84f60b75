package pdf

import (
	"fmt"
	"strings"
)

// blockKind is what a paragraph of template output becomes on the page.
type blockKind int

const (
	blockParagraph    blockKind = iota // body text, justified, first line indented
	blockHeading                       // "# I- KẾT QUẢ": bold heading
	blockCentreBold                    // "^ PHỤ LỤC": centred bold
	blockCentreItalic                  // "~ (kèm theo …)": centred italic
	blockTable                         // "[[table areas]]"
	blockChart                         // "[[chart areas]]"
)

// block is one paragraph of a template's output.
type block struct {
	kind blockKind
	text string // the words, or the table/chart name
}

// parseMarkup splits a template's output into blocks: paragraphs are
// separated by blank lines and the lines of one paragraph are joined by a
// space. A paragraph starting with "# " (or "## ") is a heading, "^ " a
// centred bold line, "~ " a centred italic line, and "[[table NAME]]" or
// "[[chart NAME]]" places a table or chart; names must be among known.
func parseMarkup(name, out string, known map[string]bool) ([]block, error) {
	var blocks []block
	var cur []string
	line := 0
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		text := strings.Join(cur, " ")
		cur = nil
		b := block{kind: blockParagraph, text: text}
		switch {
		case strings.HasPrefix(text, "[[") && strings.HasSuffix(text, "]]"):
			f := strings.Fields(strings.TrimSuffix(strings.TrimPrefix(text, "[["), "]]"))
			if len(f) != 2 || (f[0] != "table" && f[0] != "chart") || !known[f[0]+" "+f[1]] {
				return fmt.Errorf("template %s, output line %d: %q is not a known table or chart (%s)", name, line, text, knownList(known))
			}
			b = block{kind: blockTable, text: f[1]}
			if f[0] == "chart" {
				b.kind = blockChart
			}
		case strings.HasPrefix(text, "#"):
			b = block{kind: blockHeading, text: strings.TrimSpace(strings.TrimLeft(text, "#"))}
		case strings.HasPrefix(text, "^ "):
			b = block{kind: blockCentreBold, text: strings.TrimSpace(text[2:])}
		case strings.HasPrefix(text, "~ "):
			b = block{kind: blockCentreItalic, text: strings.TrimSpace(text[2:])}
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
