package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/internal/xlsx"
)

// fillCells plays the agency: it sets cells of a form's item sheet.
func fillCells(t testing.TB, form string, cells map[string]any) {
	t.Helper()
	f, err := excelize.OpenFile(form)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, v := range cells {
		if err := f.SetCellValue(xlsx.SheetForm, cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SaveAs(form); err != nil {
		t.Fatal(err)
	}
}

func formOf(t *testing.T, quarter, name string) string {
	t.Helper()
	for _, f := range formsFor(t, quarter) {
		if filepath.Base(f) == name {
			return f
		}
	}
	t.Fatalf("no form %s", name)
	return ""
}

func sampleLedgerIn(t *testing.T) string {
	t.Helper()
	ledger := filepath.Join(t.TempDir(), "07.progress.toml")
	sample, _ := bundledLedger()
	if err := os.WriteFile(ledger, sample, 0o644); err != nil {
		t.Fatal(err)
	}
	return ledger
}

// Two copies of a form (an agency sent a corrected one, both were saved)
// that answer the same item differently: which one wins must not depend on
// the order the shell lists them in.
func TestImportRefusesTwoFormsThatDisagree(t *testing.T) {
	form := formOf(t, "2021-Q4", "phieu-ban-tuyen-giao-tinh-uy.xlsx")
	second := filepath.Join(t.TempDir(), "phieu-ban-tuyen-giao-tinh-uy-sua.xlsx")
	fillNote(t, form, "Bản thứ nhất")
	data, _ := os.ReadFile(form)
	os.WriteFile(second, data, 0o644)
	fillNote(t, second, "Bản sửa lại")
	ledger := sampleLedgerIn(t)
	before, _ := os.ReadFile(ledger)
	r := cli(t, "import", form, second, "--quarter", "2021-Q4", "--ledger", ledger)
	want := "phieu-ban-tuyen-giao-tinh-uy-sua.xlsx!Phần việc!H7: error: item 04.1: this form says \"Bản sửa lại\", but "
	if r.code != ExitInvalid || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "phieu-ban-tuyen-giao-tinh-uy.xlsx!Phần việc!H7 says \"Bản thứ nhất\"") {
		t.Errorf("want %s…\n%s", want, r)
	}
	if after, _ := os.ReadFile(ledger); !bytes.Equal(after, before) {
		t.Error("ledger changed")
	}
	// The same answer twice is no conflict.
	os.WriteFile(second, data, 0o644)
	if r := cli(t, "import", form, second, "--quarter", "2021-Q4", "--ledger", ledger, "-q"); r.code != ExitOK {
		t.Errorf("same answers: %s", r)
	}
}

// A completion after the date the records get cannot be recorded; the
// agency's cell must be named, not "update 1" of the ledger.
func TestImportNamesTheCellOfACompletionAfterTheRecordDate(t *testing.T) {
	form := formOf(t, "2021-Q3", "phieu-ban-can-su-dang-uy-ban-nhan-dan-tinh.xlsx")
	fillCells(t, form, map[string]any{"E9": "Đã hoàn thành", "F9": time.Date(2021, 10, 15, 0, 0, 0, 0, time.UTC)})
	ledger := sampleLedgerIn(t)
	r := cli(t, "import", form, "--quarter", "2021-Q3", "--date", "2021-09-30", "--ledger", ledger)
	want := "phieu-ban-can-su-dang-uy-ban-nhan-dan-tinh.xlsx!Phần việc!F9: error: item 02.2 completed on 15/10/2021, after 30/09/2021"
	if r.code != ExitInvalid || !strings.Contains(r.stderr, want) {
		t.Errorf("want %s…\n%s", want, r)
	}
}

// Two imports in the same second (two clerks, or a script over the forms
// one by one) must each keep the ledger they replaced: the second backup
// must not overwrite the first, which is the only copy of the original.
func TestImportBackupsInTheSameSecondDoNotOverwrite(t *testing.T) {
	forms := formsFor(t, "2021-Q4")
	ledger := sampleLedgerIn(t)
	original, _ := os.ReadFile(ledger)
	fillNote(t, forms[0], "Lần nhập thứ nhất")
	fillNote(t, forms[1], "Lần nhập thứ hai")
	for _, f := range forms[:2] {
		if r := cli(t, "import", f, "--quarter", "2021-Q4", "--ledger", ledger, "-q"); r.code != ExitOK {
			t.Fatalf("%s", r)
		}
	}
	backups, _ := filepath.Glob(ledger + ".bak-*")
	if len(backups) != 2 {
		t.Fatalf("backups %v, want two", backups)
	}
	kept := false
	for _, b := range backups {
		if data, _ := os.ReadFile(b); bytes.Equal(data, original) {
			kept = true
		}
	}
	if !kept {
		t.Error("no backup holds the original ledger")
	}
}

// An office that keeps its ledgers elsewhere (a synced or versioned folder)
// and links them into paths.ledgers must find the imported records in the
// real file: replacing the link with a new file leaves them beside it.
func TestImportThroughASymlinkUpdatesTheRealLedger(t *testing.T) {
	form := formOf(t, "2021-Q4", "phieu-ban-tuyen-giao-tinh-uy.xlsx")
	fillNote(t, form, "Qua liên kết")
	real := sampleLedgerIn(t)
	link := filepath.Join(t.TempDir(), "07.progress.toml")
	if err := os.Symlink(real, link); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if r := cli(t, "import", form, "--quarter", "2021-Q4", "--ledger", link); r.code != ExitOK || !strings.Contains(r.stdout, "imported 1") {
		t.Fatalf("%s", r)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file")
	}
	if data, _ := os.ReadFile(real); !bytes.Contains(data, []byte("Qua liên kết")) {
		t.Errorf("the real ledger has not the imported record")
	}
}

// Forms come back over days and the clerk runs `import phieu-*.xlsx` again
// each time; a correction written by hand since the first import must not
// be undone by importing the same answer from the same form again.
func TestImportAgainKeepsAHandCorrection(t *testing.T) {
	form := formOf(t, "2021-Q4", "phieu-ban-tuyen-giao-tinh-uy.xlsx")
	fillNote(t, form, "Ghi chú có lỗi chính tả")
	ledger := sampleLedgerIn(t)
	args := []string{"import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger, "-q"}
	if r := cli(t, args...); r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	data, _ := os.ReadFile(ledger)
	corrected := append(data, []byte("\n# Sửa tay\n[[update]]\nitem = \"04.1\"\ndate = 2021-12-31\nnote = \"Ghi chú đã sửa\"\n")...)
	os.WriteFile(ledger, corrected, 0o644)
	if r := cli(t, args...); r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	if got, _ := os.ReadFile(ledger); !bytes.Equal(got, corrected) {
		t.Errorf("the second import changed the ledger:\n%s", got[len(corrected)-min(len(corrected), len(got)):])
	}
}

// Records are folded in date order: an answer dated --date before a record
// the ledger already has for the item would sit under it, imported but
// without effect on any report after that record.
func TestImportRefusesAnAnswerDatedBeforeTheItemsLastRecord(t *testing.T) {
	// A form made for 2021-09-10: its answers may be dated then.
	dir := t.TempDir()
	if r := cli(t, "forms", "--quarter", "2021-Q3", "--date", "2021-09-10", "-o", dir, "-q"); r.code != ExitOK {
		t.Fatal(r)
	}
	form := filepath.Join(dir, "phieu-truong-chinh-tri-tinh.xlsx")
	// 06.1 is done on 2021-09-21 in the sample ledger; the school, unaware, pauses it.
	fillCells(t, form, map[string]any{"E7": "Tạm dừng", "F7": ""})
	ledger := sampleLedgerIn(t)
	before, _ := os.ReadFile(ledger)
	r := cli(t, "import", form, "--quarter", "2021-Q3", "--date", "2021-09-10", "--ledger", ledger)
	want := "item 06.1: the ledger already has a record of 2021-09-21, after 2021-09-10"
	if r.code != ExitInvalid || !strings.Contains(r.stderr, want) {
		t.Errorf("want …%s…\n%s", want, r)
	}
	if after, _ := os.ReadFile(ledger); !bytes.Equal(after, before) {
		t.Error("ledger changed")
	}
}

// The bundled programme's forms are prefilled from the bundled sample
// ledger, and the refusal to import without --ledger says a new file starts
// from it: it must, or the new ledger lacks every record the forms (and
// the reports before them) were written from.
func TestImportIntoANewLedgerOfTheBundledProgrammeStartsFromTheSample(t *testing.T) {
	form := formOf(t, "2021-Q3", "phieu-ban-to-chuc-tinh-uy.xlsx")
	fillNote(t, form, "Ghi chú mới")
	ledger := filepath.Join(t.TempDir(), "07.progress.toml")
	if r := cli(t, "import", form, "--quarter", "2021-Q3", "--ledger", ledger, "-q"); r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	sample, _ := bundledLedger()
	got, _ := os.ReadFile(ledger)
	if !bytes.HasPrefix(got, sample) || !bytes.Contains(got, []byte("Ghi chú mới")) {
		t.Errorf("new ledger:\n%s", got)
	}
}
