package text

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/source"
)

// needTools skips when a tool is missing, naming it.
func needTools(t *testing.T, tools ...string) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs LibreOffice: skipped with -short")
	}
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (Debian: %s)", tool, map[string]string{"soffice": "libreoffice-writer-nogui", "pdftotext": "poppler-utils"}[tool])
		}
	}
}

func runTool(t *testing.T, dir, name string, args ...string) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir) // a profile of its own: no clash with another soffice
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, out)
	}
}

func readToolOutput(t *testing.T, path string, read tableReader) *document.Table {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	txt, _, err := source.Decode(filepath.Base(path), data)
	if err != nil {
		t.Fatal(err)
	}
	for i := range txt.Lines {
		if tb, _, _, ok := read("x", txt.Lines, i); ok {
			checkTable(t, tb, len(txt.Lines))
			return tb
		}
	}
	t.Fatalf("no table in %s:\n%s", path, data)
	return nil
}

// TestToolsOutputReadsAlike makes, from one HTML annex, the two texts
// offices get from LibreOffice and poppler today — the Text export of the
// document (one cell per line) and pdftotext -layout of its PDF — and
// reads both: the one-cell-per-line table must be exact, and the
// space-aligned one must agree with it on the numbers, the deadlines and
// nearly every other cell (all 54 today; the threshold leaves room for a
// LibreOffice or poppler release that lays the text out differently).
func TestToolsOutputReadsAlike(t *testing.T) {
	needTools(t, "soffice", "pdftotext")
	dir := t.TempDir()
	html, err := os.ReadFile("testdata/annex-top.html")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "annex.html"), html, 0o644); err != nil {
		t.Fatal(err)
	}
	runTool(t, dir, "soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "annex.html")
	runTool(t, dir, "soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "annex.docx")
	runTool(t, dir, "soffice", "--headless", "--convert-to", "pdf", "annex.html")
	runTool(t, dir, "pdftotext", "-layout", "annex.pdf", "annex.layout.txt")

	exact := readToolOutput(t, filepath.Join(dir, "annex.txt"), readCellPerLine)
	aligned := readToolOutput(t, filepath.Join(dir, "annex.layout.txt"), readAligned)
	if exact.Cols != 6 || len(exact.Rows) != 9 {
		t.Fatalf("Text export read as %d columns, %d rows; want 6, 9:\n%s", exact.Cols, len(exact.Rows), dumpTable(exact))
	}
	if aligned.Cols != exact.Cols || len(aligned.Rows) != len(exact.Rows) {
		t.Fatalf("pdftotext output read as %d columns, %d rows; want %d, %d:\n%s", aligned.Cols, len(aligned.Rows), exact.Cols, len(exact.Rows), dumpTable(aligned))
	}
	eg, ag := exact.Grid(), aligned.Grid()
	same, total := 0, 0
	for r := range eg {
		for c := range eg[r] {
			want, got := eg[r][c].Text(), ag[r][c].Text()
			total++
			if want == got {
				same++
				continue
			}
			if c == 0 || c == 5 {
				t.Errorf("row %d column %d: pdftotext gives %q, the Text export %q", r, c, got, want)
			} else {
				t.Logf("row %d column %d: pdftotext gives %q, the Text export %q", r, c, got, want)
			}
		}
	}
	t.Logf("%d of %d cells read alike", same, total)
	if same*20 < total*19 {
		t.Errorf("only %d of %d cells read alike from pdftotext -layout", same, total)
	}
	if !strings.Contains(dumpTable(exact), "Quý I và quý II năm 2023") {
		t.Errorf("a wrapped deadline is missing:\n%s", dumpTable(exact))
	}
}
