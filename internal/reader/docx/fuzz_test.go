package docx

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/document"
)

// FuzzDocxRead feeds Read arbitrary bytes. The seeds are stored zips with
// no CRC, so mutations reach the XML instead of failing the inflate or the
// checksum; Read must never panic, and a document it returns must keep the
// model's promises.
func FuzzDocxRead(f *testing.F) {
	seed := func(fx fixture) { fx.raw = true; f.Add(fx.bytes(f)) }
	seed(fixture{body: programmeBody, styles: programmeStyles, numbering: programmeNumbering})
	seed(fixture{body: p(numPr("1", "0"), r(`<w:b/>`, "Đề án")) + `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>` +
		tr("", tc(`<w:vMerge w:val="restart"/>`, p("", r("", "A"))), tc(`<w:gridSpan w:val="1"/>`, p("", r("", "B")))) +
		tr(`<w:gridBefore w:val="0"/>`, tc(`<w:vMerge/>`), tc("", p("", `<w:r><w:t>C</w:t><w:br/><w:t>D</w:t></w:r>`))) + `</w:tbl>`,
		numbering: programmeNumbering})
	if b, err := os.ReadFile(filepath.Join("testdata", "programme-lo.docx")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, _, err := Read("f.docx", data)
		if err != nil {
			if doc != nil || !strings.HasPrefix(err.Error(), "f.docx: ") {
				t.Fatalf("error %q with document %v", err, doc)
			}
			return
		}
		if len(doc.Blocks) == 0 {
			t.Fatal("a document with no blocks and no error")
		}
		for _, b := range doc.Blocks {
			if (b.Para == nil) == (b.Table == nil) {
				t.Fatal("a block must be a paragraph or a table")
			}
			if b.Para != nil {
				checkRuns(t, b.Para.Runs)
				continue
			}
			tb := b.Table
			if tb.Cols < 1 || tb.Cols > maxCols {
				t.Fatalf("table of %d columns", tb.Cols)
			}
			for _, row := range tb.Rows {
				for _, c := range row.Cells {
					if c.Col < 0 || c.ColSpan < 1 || c.RowSpan < 1 || c.Col+c.ColSpan > tb.Cols {
						t.Fatalf("cell at %d span %dx%d in %d columns", c.Col, c.ColSpan, c.RowSpan, tb.Cols)
					}
					for _, cp := range c.Paras {
						checkRuns(t, cp.Runs)
					}
				}
			}
			tb.Grid()
		}
	})
}

func checkRuns(t *testing.T, runs []document.Run) {
	for _, r := range runs {
		if strings.ContainsAny(r.Text, "\n\r\t") {
			t.Fatalf("run holds a break: %q", r.Text)
		}
	}
}
