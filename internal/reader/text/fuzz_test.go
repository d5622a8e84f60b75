package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/source"
	"baocao/seeds"
)

// FuzzTextRead: any bytes give no panic; a document's positions lie
// inside the input; runs hold valid UTF-8 without line breaks; a table's
// cells lie on its grid.
func FuzzTextRead(f *testing.F) {
	seed, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add([]byte("| STT | Nội dung |\n|---|---|\n| 1 | **Đề án**<br>x \\| y |\n"))
	f.Add([]byte("a\tb\t\n\t\n# h\n**x *y* z** \\* __w__\n"))
	f.Add([]byte("\xff\xfeT\x00\t\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, diags, err := Read("f.txt", data)
		lines := 0
		if tx, _, derr := source.Decode("f.txt", data); derr == nil {
			lines = len(tx.Lines)
		}
		for _, x := range diags {
			if x.Pos.Line < 0 || x.Pos.Line > max(lines, 1) || x.Pos.File != "f.txt" {
				t.Fatalf("diagnostic outside the input of %d lines: %v", lines, x)
			}
		}
		if err != nil {
			if d != nil {
				t.Fatal("a document and an error")
			}
			return
		}
		inside := func(p source.Pos, what string) {
			if p.Line < 1 || p.Line > lines || p.Col < 1 || p.File != "f.txt" {
				t.Fatalf("%s at %v outside the input of %d lines", what, p, lines)
			}
		}
		checkRuns := func(p *document.Paragraph) {
			for _, r := range p.Runs {
				if !utf8.ValidString(r.Text) || strings.ContainsAny(r.Text, "\n\r") {
					t.Fatalf("run %q", r.Text)
				}
			}
		}
		for _, b := range d.Blocks {
			if (b.Para == nil) == (b.Table == nil) {
				t.Fatal("a block must be a paragraph or a table")
			}
			if b.Para != nil {
				inside(b.Para.Pos, "paragraph")
				checkRuns(b.Para)
				continue
			}
			tb := b.Table
			inside(tb.Pos, "table")
			if len(tb.Rows) == 0 {
				t.Fatal("table without rows")
			}
			for _, r := range tb.Rows {
				inside(r.Pos, "row")
				for _, c := range r.Cells {
					inside(c.Pos, "cell")
					if c.Col < 0 || c.Col >= tb.Cols || c.ColSpan < 1 || c.RowSpan < 1 {
						t.Fatalf("cell off the grid of %d columns: col %d span %d×%d", tb.Cols, c.Col, c.ColSpan, c.RowSpan)
					}
					for i := range c.Paras {
						checkRuns(&c.Paras[i])
					}
				}
			}
			_ = tb.Grid()
		}
	})
}
