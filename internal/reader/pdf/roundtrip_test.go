package pdf_test

// An external test package: parse (which it uses to read the bundled
// programme) may come to import the readers.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/parse"
	render "baocao/internal/pdf"
	"baocao/internal/program"
	"baocao/internal/reader/pdf"
	"baocao/internal/xlsx"
	"baocao/seeds"
)

// The Danh mục our own renderer writes (fpdf: Identity-H fonts, borders
// as stroked rectangles, the header repeated on every page) reads back
// as the 27 rows of the bundled programme, cell for cell.
func TestReadOwnAnnexRoundTrip(t *testing.T) {
	p := bundled(t)
	var buf bytes.Buffer
	if err := render.Annex(&buf, p, render.AnnexOptions{}); err != nil {
		t.Fatal(err)
	}
	checkAnnex(t, p, "danh-muc.pdf", buf.Bytes())
}

// The Danh mục workbook our xlsx renderer writes, printed to PDF by
// LibreOffice Calc (as an office prints an annex kept in Excel), reads
// back as the same 27 rows; the workbook's second sheet (the work items)
// is a table of its own and is left aside.
func TestReadCalcAnnexRoundTrip(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice (LibreOffice Calc) is not installed")
	}
	p := bundled(t)
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := xlsx.Annex(&buf, p, xlsx.AnnexOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "danh-muc.xlsx"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// A profile of its own: LibreOffice refuses to start on a profile
	// another instance holds.
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, filepath.Join(dir, "danh-muc.xlsx"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "danh-muc.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	checkAnnex(t, p, "danh-muc.pdf", data)
}

func bundled(t *testing.T) *program.Programme {
	t.Helper()
	src, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse(seeds.Default, src)
	if p == nil || diags.HasErrors() {
		t.Fatalf("bundled programme does not parse: %v", diags.Err())
	}
	return p
}

// checkAnnex reads data and compares its four-column tables' body rows
// with the programme's annex, cell for cell.
func checkAnnex(t *testing.T, p *program.Programme, name string, data []byte) {
	t.Helper()
	doc, rdiags, err := pdf.Read(name, data)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range rdiags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	var rows []document.Row
	tables := 0
	for _, b := range doc.Blocks {
		if b.Table == nil || b.Table.Cols != 4 || len(b.Table.Rows) == 0 || b.Table.Rows[0].Cells[0].Text() != "TT" {
			continue
		}
		tables++
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
