package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/xlsx"
)

// Case 7 of issue 9: a note holding _x0001_, _x001B_, U+0000 or U+FEFF,
// once imported, made every later report fail on a missing glyph until the
// ledger was edited by hand. A ledger holding each character a ledger can
// hold and no font prints renders to the report PDF and workbook.
func TestHostileControlCharactersRender(t *testing.T) {
	// A copy: report starts the office's file of the quarter beside the
	// ledger, which must not land in testdata.
	ledger := filepath.Join(t.TempDir(), "control-chars.progress.toml")
	if err := os.WriteFile(ledger, mustRead(t, filepath.Join("testdata", "hostile", "control-chars.progress.toml")), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	r := cli(t, "report", "--ledger", ledger, "--date", "2021-06-30", "-o", out, "-q")
	if r.code != ExitOK {
		t.Fatalf("report: %s", r)
	}
	for _, n := range []string{"bao-cao-2021-Q2.pdf", "bao-cao-2021-Q2.xlsx"} {
		if st, err := os.Stat(filepath.Join(out, n)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", n, err)
		}
	}
	f, err := excelize.OpenFile(filepath.Join(out, "bao-cao-2021-Q2.xlsx"))
	if err != nil {
		t.Fatalf("the workbook does not open: %v", err)
	}
	f.Close()
	// The forms carry the same text (prefilled notes and documents).
	if r := cli(t, "forms", "--ledger", ledger, "--quarter", "2021-Q2", "--date", "2021-06-30", "-o", out, "-q"); r.code != ExitOK {
		t.Fatalf("forms: %s", r)
	}
}

// Imported text is cleaned of such characters, with a warning naming the
// cell. (Excel writes them as _xHHHH_ escapes, which the reader decodes.)
func TestHostileControlCharactersImport(t *testing.T) {
	form, ledger := hostileForm(t)
	fillCells(t, form, map[string]any{"H9": "Ghi chú_x0001_ có_x001B_[31m ký tự\ufeff điều khiển_x0000_", "G9": "Văn bản_x0001_ số 1"})
	r := cli(t, "import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
	if r.code != ExitOK {
		t.Fatalf("import: %s", r)
	}
	for _, want := range []string{
		filepath.Base(form) + "!" + xlsx.SheetForm + "!H9: warning: removed 4 character(s) that cannot be printed (U+0001 U+001B U+FEFF U+0000)",
		filepath.Base(form) + "!" + xlsx.SheetForm + "!G9: warning: removed 1 character(s) that cannot be printed (U+0001)",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	data, _ := os.ReadFile(ledger)
	if !strings.Contains(string(data), `note = "Ghi chú có[31m ký tự điều khiển"`) || !strings.Contains(string(data), `document = "Văn bản số 1"`) {
		t.Errorf("ledger:\n%s", data[len(data)-400:])
	}
	if r := cli(t, "report", "--ledger", ledger, "--date", "2021-12-31", "-o", t.TempDir(), "-q"); r.code != ExitOK {
		t.Errorf("report after the import: %s", r)
	}
}

// A character no configured face has (an emoji, a CJK ideograph beyond the
// BMP pasted into a task) stops the annex with the characters named, in
// the reader's language, and nothing written; fpdf itself would panic on
// a rune above U+FFFF.
func TestHostileMissingGlyphNamed(t *testing.T) {
	dir := t.TempDir()
	text := strings.ReplaceAll(string(mustRead(t, filepath.Join("..", "..", "seeds", "07-CTr-TU-2021.txt"))),
		"phát triển ngành nông nghiệp", "phát triển 😀 ngành 𠀀 nông nghiệp")
	prog := filepath.Join(dir, "p.txt")
	if err := os.WriteFile(prog, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out")
	for _, c := range []struct{ lang, want string }{
		{"en", `annex PDF: font "Liberation Serif" cannot print this document:` + "\n  regular face has no glyph for 2 character(s): «😀» U+1F600 «𠀀» U+20000"},
		{"vi", `tệp PDF Danh mục: phông "Liberation Serif" không in được văn bản này:` + "\n  kiểu thường không có hình chữ cho 2 ký tự: «😀» U+1F600 «𠀀» U+20000"},
	} {
		r := cli(t, "annex", prog, "-o", out, "-q", "--lang", c.lang)
		if r.code == ExitOK || !strings.Contains(r.stderr, c.want) {
			t.Errorf("--lang %s: want a refusal with %q, got:\n%s", c.lang, c.want, r)
		}
		if _, err := os.Stat(filepath.Join(out, "danh-muc.xlsx")); err == nil {
			t.Errorf("--lang %s: the workbook was written although the PDF could not be", c.lang)
		}
	}
}
