package xlsx_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/internal/cli"
	"baocao/internal/xlsx"
	"baocao/seeds"
)

// TestQuarterRoundTripThroughTheCLI is the office's quarter as a user runs
// it: forms written for quý III, one agency's form filled in (through
// excelize, as Excel would save it), imported into the ledger, and the
// report regenerated with the new numbers. It lives here, in an external
// test package, because filling a workbook needs excelize and only this
// package may import it.
func TestQuarterRoundTripThroughTheCLI(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	dir := t.TempDir()
	prog := filepath.Join(dir, "07-CTr-TU-2021.txt")
	ledger := filepath.Join(dir, "07-CTr-TU-2021.progress.toml")
	for name, dst := range map[string]string{seeds.Default: prog, "07-CTr-TU-2021.progress.toml": ledger} {
		b, err := seeds.FS.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	oldLedger, _ := os.ReadFile(ledger)
	run := func(args ...string) {
		t.Helper()
		var out, errb bytes.Buffer
		if code := cli.Main(args, strings.NewReader(""), &out, &errb); code != 0 {
			t.Fatalf("baocao %s: exit %d\n%s%s", strings.Join(args, " "), code, out.String(), errb.String())
		}
	}
	quarter := []string{"--ledger", ledger, "--quarter", "2021-Q3", "--date", "2021-09-30", "-q"}

	run(append([]string{"report", prog, "-o", filepath.Join(dir, "before")}, quarter...)...)
	doneBefore, total := doneCount(t, filepath.Join(dir, "before", "bao-cao-2021-Q3.pdf"))

	run(append([]string{"forms", prog, "-o", filepath.Join(dir, "forms")}, quarter...)...)
	form := filepath.Join(dir, "forms", "phieu-ban-can-su-dang-uy-ban-nhan-dan-tinh.xlsx")
	filled := fillOpenItems(t, form, 2)

	run("import", form, "--programme", prog, "--ledger", ledger, "--quarter", "2021-Q3", "-q")
	newLedger, _ := os.ReadFile(ledger)
	if !bytes.HasPrefix(newLedger, oldLedger) {
		t.Error("import changed the ledger's existing text; it must only append")
	}
	for _, id := range filled {
		if !bytes.Contains(newLedger[len(oldLedger):], []byte(`item = "`+id+`"`)) {
			t.Errorf("the ledger has no new record for %s", id)
		}
	}
	if backups, _ := filepath.Glob(ledger + ".bak-*"); len(backups) != 1 {
		t.Errorf("want one dated backup of the ledger, found %v", backups)
	}

	run(append([]string{"report", prog, "-o", filepath.Join(dir, "after")}, quarter...)...)
	doneAfter, totalAfter := doneCount(t, filepath.Join(dir, "after", "bao-cao-2021-Q3.pdf"))
	if totalAfter != total || doneAfter != doneBefore+len(filled) {
		t.Errorf("completed items: %d/%d before, %d/%d after importing %d completions", doneBefore, total, doneAfter, totalAfter, len(filled))
	}
}

var doneSentence = regexp.MustCompile(`đã hoàn thành \(đúng hạn và quá hạn\) là (\d+)/(\d+) phần việc`)

// doneCount reads "đã hoàn thành (đúng hạn và quá hạn) là 11/34 phần việc"
// from the report's text.
func doneCount(t *testing.T, pdf string) (done, total int) {
	t.Helper()
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	m := doneSentence.FindStringSubmatch(strings.Join(strings.Fields(string(out)), " "))
	if m == nil {
		t.Fatalf("%s: no sentence with the number of completed items", pdf)
	}
	done, _ = strconv.Atoi(m[1])
	total, _ = strconv.Atoi(m[2])
	return done, total
}

// fillOpenItems marks up to n items not yet done as completed on
// 2021-09-20 with an issued document, saves the form, and returns their IDs.
func fillOpenItems(t *testing.T, path string, n int) []string {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetForm)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for i, row := range rows {
		if len(ids) == n {
			break
		}
		if len(row) == 0 || !regexp.MustCompile(`^\d\d\.\d+$`).MatchString(row[0]) {
			continue
		}
		if len(row) > 4 && row[4] == "Đã hoàn thành" {
			continue
		}
		r := strconv.Itoa(i + 1)
		for cell, v := range map[string]any{
			"E" + r: "Đã hoàn thành",
			"F" + r: time.Date(2021, 9, 20, 0, 0, 0, 0, time.UTC),
			"G" + r: "Đề án số " + strconv.Itoa(40+len(ids)) + "-ĐA/TU ngày 20-9-2021",
		} {
			if err := f.SetCellValue(xlsx.SheetForm, cell, v); err != nil {
				t.Fatal(err)
			}
		}
		ids = append(ids, row[0])
	}
	if len(ids) == 0 {
		t.Fatal("the form has no open item to fill in")
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	return ids
}
