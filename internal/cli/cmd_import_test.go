package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/parse"
	"baocao/internal/xlsx"
	"baocao/seeds"
)

// formsFor writes the agency forms of the bundled programme for a quarter,
// at its last day, and returns their paths.
func formsFor(t *testing.T, quarter string) []string {
	t.Helper()
	dir := t.TempDir()
	if r := cli(t, "forms", "--quarter", quarter, "--date", "quarter-end", "-o", dir, "-q"); r.code != ExitOK {
		t.Fatalf("forms: %s", r)
	}
	names, _ := filepath.Glob(filepath.Join(dir, "phieu-*.xlsx"))
	if len(names) == 0 {
		t.Fatal("no forms written")
	}
	return names
}

// fillNote plays the agency: it types a note into the first item's row of a
// form, as Excel would save it. (The test stands in for a person with Excel,
// so it opens the workbook with excelize itself.)
func fillNote(t *testing.T, form, note string) {
	t.Helper()
	f, err := excelize.OpenFile(form)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue(xlsx.SheetForm, "H7", note); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(form); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

func TestImportWritesNothingUnlessEveryFormIsValid(t *testing.T) {
	forms := formsFor(t, "2021-Q4")
	fillNote(t, forms[0], "Đã trình Thường trực Tỉnh ủy")
	dir := t.TempDir()
	ledger := filepath.Join(dir, "07.progress.toml")
	sample, _ := seeds.FS.ReadFile("07-CTr-TU-2021.progress.toml")
	os.WriteFile(ledger, sample, 0o644)
	bad := filepath.Join(dir, "not-a-form.xlsx")
	os.WriteFile(bad, []byte("this is not a workbook"), 0o644)

	r := cli(t, "import", forms[0], bad, "--quarter", "2021-Q4", "--ledger", ledger)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, bad) || !strings.Contains(r.stderr, "nothing written") {
		t.Errorf("want exit 1 naming the bad file: %s", r)
	}
	if got, _ := os.ReadFile(ledger); !bytes.Equal(got, sample) {
		t.Errorf("ledger changed although a form was invalid")
	}
	if backups, _ := filepath.Glob(ledger + ".bak-*"); len(backups) != 0 {
		t.Errorf("backup made although nothing was imported: %v", backups)
	}

	// A form of another quarter is refused too.
	r = cli(t, "import", forms[0], "--quarter", "2022-Q1", "--ledger", ledger)
	if r.code != ExitInvalid {
		t.Errorf("form of another quarter: %s", r)
	}
}

func TestImportAppendsKeepsOldTextAndBacksUp(t *testing.T) {
	forms := formsFor(t, "2021-Q4")
	fillNote(t, forms[0], "Đã trình Thường trực Tỉnh ủy")
	dir := t.TempDir()
	ledger := filepath.Join(dir, "07.progress.toml")
	sample, _ := seeds.FS.ReadFile("07-CTr-TU-2021.progress.toml")
	os.WriteFile(ledger, sample, 0o644)

	r := cli(t, "import", forms[0], "--quarter", "2021-Q4", "--ledger", ledger)
	if r.code != ExitOK || !strings.Contains(r.stdout, "imported 1 update(s) from 1 form(s)") {
		t.Fatalf("import: %s", r)
	}
	got, _ := os.ReadFile(ledger)
	if !bytes.HasPrefix(got, sample) || !strings.Contains(string(got), "Đã trình Thường trực Tỉnh ủy") {
		t.Errorf("new ledger does not keep the old text and add the note:\n%s", got[len(sample):])
	}
	// The clock is 2021-06-30 10:00 in Rạch Giá.
	backup := ledger + ".bak-20210630-100000"
	if b, err := os.ReadFile(backup); err != nil || !bytes.Equal(b, sample) {
		t.Errorf("backup %s: %v", backup, err)
	}

	// Importing the same form again adds nothing and writes nothing.
	before, _ := os.ReadFile(ledger)
	r = cli(t, "import", forms[0], "--quarter", "2021-Q4", "--ledger", ledger)
	if r.code != ExitOK || !strings.Contains(r.stdout, "nothing new") {
		t.Errorf("second import: %s", r)
	}
	if after, _ := os.ReadFile(ledger); !bytes.Equal(after, before) {
		t.Errorf("second import changed the ledger")
	}

	// The report now reads the imported ledger.
	if r := cli(t, "report", "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger, "-o", t.TempDir(), "-q"); r.code != ExitOK {
		t.Errorf("report after import: %s", r)
	}
}

func TestImportIntoTheBundledLedgerNeedsAPath(t *testing.T) {
	forms := formsFor(t, "2021-Q4")
	r := cli(t, "import", forms[0], "--quarter", "2021-Q4")
	if r.code != ExitUsage || !strings.Contains(r.stderr, "give --ledger FILE") {
		t.Errorf("%s", r)
	}
}

// A Q2 form shows items as they stood on 30 June; importing an answer
// from it after a later record (here a pause recorded on 1 August) must not
// undo that record.
func TestImportRefusesAFormOlderThanTheLedger(t *testing.T) {
	var form string
	// Quý III: the sample ledger holds answers imported from the quý III
	// forms, so a quý II form is refused as a whole before its rows are
	// compared (TestImportRefusesAnEarlierQuarterWithLedgerOutsideAWorkspace).
	for _, f := range formsFor(t, "2021-Q3") {
		if strings.HasSuffix(f, "phieu-ban-tuyen-giao-tinh-uy.xlsx") {
			form = f
		}
	}
	fillNote(t, form, "Đã báo cáo quý III")
	p, _ := parse.Parse("seed", seedText(t))
	id := ""
	for _, w := range p.WorkItems {
		if w.Lead.Name == "Ban Tuyên giáo Tỉnh ủy" {
			id = w.ID
			break
		}
	}
	if form == "" || id == "" {
		t.Fatal("no form or work item for Ban Tuyên giáo Tỉnh ủy")
	}
	dir := t.TempDir()
	ledger := filepath.Join(dir, "07.progress.toml")
	sample, _ := bundledLedger()
	text := append(append([]byte{}, sample...), []byte("\n[[update]]\nitem = \""+id+"\"\ndate = 2021-11-01\nstatus = \"paused\"\nnote = \"Tạm dừng để thử\"\n")...)
	os.WriteFile(ledger, text, 0o644)
	r := cli(t, "import", form, "--quarter", "2021-Q3", "--ledger", ledger)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "item "+id+": the ledger already has a record of 2021-11-01") {
		t.Errorf("%s", r)
	}
	if got, _ := os.ReadFile(ledger); !bytes.Equal(got, text) {
		t.Errorf("ledger changed")
	}
}
