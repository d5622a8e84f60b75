package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/xlsx"
	"baocao/seeds"
)

// The [forms] configuration puts the return deadline and the contact above
// the table, and the difficulties an agency writes reach the ledger once.
func TestFormsReturnDeadlineContactAndDifficulties(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "baocao.toml")
	os.WriteFile(cfg, []byte("[forms]\nreturn_days = 7\noffice = \"Văn phòng Tỉnh ủy\"\nphone = \"0297 3862 123\"\n"), 0o644)
	out := filepath.Join(dir, "out")
	if r := cli(t, "forms", "--config", cfg, "--quarter", "2021-Q3", "--date", "quarter-end", "-o", out, "-q"); r.code != ExitOK {
		t.Fatalf("forms: %s", r)
	}
	forms, _ := filepath.Glob(filepath.Join(out, "*", "*", "phieu-*.xlsx"))
	if len(forms) == 0 {
		forms, _ = filepath.Glob(filepath.Join(out, "phieu-*.xlsx"))
	}
	if len(forms) == 0 {
		t.Fatal("no forms written")
	}
	form := forms[0]
	f, err := excelize.OpenFile(form)
	if err != nil {
		t.Fatal(err)
	}
	line, _ := f.GetCellValue(xlsx.SheetForm, "A4")
	f.Close()
	if want := "Hạn gửi lại: ngày 07 tháng 10 năm 2021; Gửi về: Văn phòng Tỉnh ủy; Điện thoại: 0297 3862 123"; line != want {
		t.Errorf("return line %q, want %q", line, want)
	}

	fillCells(t, form, map[string]any{"I7": "Chưa bố trí được kinh phí"})
	ledger := filepath.Join(dir, "07.progress.toml")
	sample, _ := seeds.FS.ReadFile("07-CTr-TU-2021.progress.toml")
	os.WriteFile(ledger, sample, 0o644)
	r := cli(t, "import", form, "--quarter", "2021-Q3", "--ledger", ledger)
	if r.code != ExitOK {
		t.Fatalf("import: %s", r)
	}
	got, _ := os.ReadFile(ledger)
	if !strings.Contains(string(got[len(sample):]), "difficulties = \"Chưa bố trí được kinh phí\"\n") {
		t.Errorf("appended:\n%s", got[len(sample):])
	}
	r = cli(t, "import", form, "--quarter", "2021-Q3", "--ledger", ledger)
	if again, _ := os.ReadFile(ledger); r.code != ExitOK || !bytes.Equal(again, got) {
		t.Errorf("importing the same form again changed the ledger: %s", r)
	}
}
