package pdf

import (
	"fmt"
	"strings"

	"baocao/internal/document"
)

// dump writes the blocks as text for golden files: one line per paragraph
// ("¶" with its position, heading level and runs, *bold* and _italic_
// marked) and per table row ("│" cells, "¦" between a cell's lines).
func dump(doc *document.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format %s\n", doc.Format)
	for _, bl := range doc.Blocks {
		gap := ""
		if bl.Gap {
			gap = "\n"
		}
		b.WriteString(gap)
		if p := bl.Para; p != nil {
			h := ""
			if p.Heading > 0 {
				h = fmt.Sprintf(" h%d", p.Heading)
			}
			fmt.Fprintf(&b, "¶ [%s]%s %s\n", p.Pos.Where, h, runText(p.Runs))
			continue
		}
		t := bl.Table
		fmt.Fprintf(&b, "table %d cols [%s]\n", t.Cols, t.Pos.Where)
		for _, r := range t.Rows {
			mark := "row"
			if r.Header {
				mark = "header"
			}
			fmt.Fprintf(&b, "  %s [%s]", mark, r.Pos.Where)
			for _, c := range r.Cells {
				span := ""
				if c.ColSpan > 1 || c.RowSpan > 1 {
					span = fmt.Sprintf("{%dx%d}", c.ColSpan, c.RowSpan)
				}
				var ls []string
				for _, p := range c.Paras {
					ls = append(ls, runText(p.Runs))
				}
				fmt.Fprintf(&b, " │%d%s %s", c.Col, span, strings.Join(ls, " ¦ "))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func runText(rs []document.Run) string {
	var b strings.Builder
	for _, r := range rs {
		t := r.Text
		if r.Italic {
			t = "_" + t + "_"
		}
		if r.Bold {
			t = "*" + t + "*"
		}
		b.WriteString(t)
	}
	return b.String()
}
