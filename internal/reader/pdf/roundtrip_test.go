package pdf_test

// An external test package: parse (which it uses to read the bundled
// programme) may come to import the readers.

import (
	"bytes"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/parse"
	render "baocao/internal/pdf"
	"baocao/internal/reader/pdf"
	"baocao/seeds"
)

// The Danh mục our own renderer writes (fpdf: Identity-H fonts, borders
// as stroked rectangles, the header repeated on every page) reads back
// as the 27 rows of the bundled programme, cell for cell.
func TestReadOwnAnnexRoundTrip(t *testing.T) {
	src, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse(seeds.Default, src)
	if p == nil || diags.HasErrors() {
		t.Fatalf("bundled programme does not parse: %v", diags.Err())
	}
	var buf bytes.Buffer
	if err := render.Annex(&buf, p, render.AnnexOptions{}); err != nil {
		t.Fatal(err)
	}
	doc, rdiags, err := pdf.Read("danh-muc.pdf", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range rdiags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var rows []document.Row
	tables := 0
	for _, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		tables++
		if b.Table.Cols != 4 {
			t.Errorf("table at %s: %d columns, want 4", b.Table.Pos, b.Table.Cols)
		}
		for _, r := range b.Table.Rows {
			if !r.Header {
				rows = append(rows, r)
			}
		}
	}
	if tables < 2 {
		t.Errorf("%d tables; the annex spans several pages, each with its header", tables)
	}
	if len(rows) != len(p.Annex.Rows) {
		t.Fatalf("%d body rows, want %d", len(rows), len(p.Annex.Rows))
	}
	for i, want := range p.Annex.Rows {
		got := rows[i]
		cells := []string{want.TT, want.AgencyText, want.Title, want.Deadline.Text}
		if len(got.Cells) != len(cells) {
			t.Errorf("row %s: %d cells, want %d", want.TT, len(got.Cells), len(cells))
			continue
		}
		for c, w := range cells {
			if g := got.Cells[c].Text(); g != strings.Join(strings.Fields(w), " ") {
				t.Errorf("row %s cell %d:\n got %q\nwant %q", want.TT, c, g, w)
			}
		}
	}
}
