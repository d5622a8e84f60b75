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

	"github.com/xuri/excelize/v2"

	"baocao/internal/xlsx"
	"baocao/seeds"
)

// TestOfficeCycleThroughTheBinary is the quarter of a new office, run as
// the clerk runs it: the real binary in a fresh workspace, commands without
// --ledger, --programme or -o. init → the programme copied in → annex →
// report (no ledger yet: it says so) → forms for quý III → an agency fills
// its form (through excelize, as Excel saves it) → import with no flag →
// report for quý III → the PDF's counts and the workbook's statuses agree,
// and show the agency's answers. It lives in this package because filling
// a workbook needs excelize.
func TestOfficeCycleThroughTheBinary(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed: the report PDF cannot be read back")
	}
	bin := buildBaocao(t)
	ws := filepath.Join(t.TempDir(), "van-phong")
	baocao := func(args ...string) (stdout, stderr string) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = ws
		cmd.Env = append(os.Environ(), "BAOCAO_LANG=vi") // as a clerk runs it, whatever the tester's setting
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("baocao %s: %v\n%s%s", strings.Join(args, " "), err, out.String(), errb.String())
		}
		return out.String(), errb.String()
	}

	if err := os.MkdirAll(ws, 0o755); err != nil {
		t.Fatal(err)
	}
	baocao("init")
	prog, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(ws, "chuong-trinh", seeds.Default), prog, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(ws, "output", "07-CTr-TU")
	q3 := filepath.Join(out, "2021-Q3")

	baocao("annex")
	mustExist(t, filepath.Join(out, "danh-muc.pdf"), filepath.Join(out, "danh-muc.xlsx"))

	_, stderr := baocao("report", "--quarter", "2021-Q3")
	if !strings.Contains(stderr, "chưa có số liệu theo dõi") {
		t.Errorf("a report without a ledger does not say so on the terminal:\n%s", stderr)
	}
	pdfBefore := pdfText(t, filepath.Join(q3, "bao-cao-2021-Q3.pdf"))
	if !strings.Contains(pdfBefore, "Chưa có số liệu theo dõi") {
		t.Error("a report without a ledger does not say so in the PDF")
	}
	doneBefore, total := doneOf(t, pdfBefore)

	baocao("forms", "--quarter", "2021-Q3")
	// The form goes out by mail and comes back filled in, into another folder.
	sent, err := os.ReadFile(filepath.Join(q3, "phieu-ban-can-su-dang-uy-ban-nhan-dan-tinh.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	form := filepath.Join(ws, "nhan-ve", "phieu-ban-can-su-dang-uy-ban-nhan-dan-tinh.xlsx")
	if err := os.MkdirAll(filepath.Dir(form), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(form, sent, 0o644); err != nil {
		t.Fatal(err)
	}
	filled := fillOpenItems(t, form, 2)

	stdout, _ := baocao("import", filepath.Join("nhan-ve", filepath.Base(form)))
	ledger := filepath.Join(ws, "theo-doi", "07-CTr-TU-2021.progress.toml")
	if !strings.Contains(stdout, "đã nhập 2 cập nhật từ 1 phiếu vào "+filepath.Join("theo-doi", "07-CTr-TU-2021.progress.toml")) {
		t.Errorf("import without flags:\n%s", stdout)
	}
	led, err := os.ReadFile(ledger)
	if err != nil {
		t.Fatalf("import wrote no ledger in the workspace: %v", err)
	}
	for _, id := range filled {
		if !bytes.Contains(led, []byte(`item = "`+id+`"`)) {
			t.Errorf("the ledger has no record for %s", id)
		}
	}
	if !bytes.Contains(led, []byte("date = 2021-09-30")) {
		t.Error("the records are not dated the last day of the form's quarter")
	}

	_, stderr = baocao("report", "--quarter", "2021-Q3")
	if strings.Contains(stderr, "chưa có số liệu") {
		t.Errorf("the report after the import still says there is no ledger:\n%s", stderr)
	}
	pdfAfter := pdfText(t, filepath.Join(q3, "bao-cao-2021-Q3.pdf"))
	doneAfter, totalAfter := doneOf(t, pdfAfter)
	if totalAfter != total || doneAfter != doneBefore+len(filled) {
		t.Errorf("completed items: %d/%d before, %d/%d after importing %d completions", doneBefore, total, doneAfter, totalAfter, len(filled))
	}
	if strings.Contains(pdfAfter, "Chưa có số liệu theo dõi") {
		t.Error("the PDF after the import still says there is no ledger")
	}

	// The PDF's count per status and the workbook's status column agree.
	pdfCounts := statusCounts(t, pdfAfter)
	book, byID := workbookStatuses(t, filepath.Join(q3, "bao-cao-2021-Q3.xlsx"))
	if len(pdfCounts) == 0 {
		t.Fatal("no count per status in the PDF")
	}
	for label, n := range book {
		if pdfCounts[lowerFirst(label)] != n {
			t.Errorf("status %q: %d items in the workbook, %d in the PDF", label, n, pdfCounts[lowerFirst(label)])
		}
	}
	if len(book) != len(pdfCounts) {
		t.Errorf("statuses: workbook %v, PDF %v", book, pdfCounts)
	}
	for _, id := range filled {
		if st := byID[id]; !strings.HasPrefix(st, "Đã hoàn thành") {
			t.Errorf("item %s is %q in the workbook, after its agency reported it done", id, st)
		}
	}
	m := readManifestFiles(t, filepath.Join(q3, "manifest.json"))
	for _, want := range []string{"bao-cao-2021-Q3.pdf", "bao-cao-2021-Q3.xlsx", "phieu-ban-can-su-dang-uy-ban-nhan-dan-tinh.xlsx"} {
		if !strings.Contains(m, `"`+want+`"`) {
			t.Errorf("the quarter's manifest does not list %s", want)
		}
	}
}

// buildBaocao builds cmd/baocao into a temporary folder.
func buildBaocao(t *testing.T) string {
	t.Helper()
	goBin, err := exec.LookPath("go")
	if err != nil {
		// The go command running this test has put its own folder first
		// on PATH; without it there is nothing to build with.
		t.Skip("go command not on PATH:", err)
	}
	bin := filepath.Join(t.TempDir(), "baocao")
	cmd := exec.Command(goBin, "build", "-o", bin, "./cmd/baocao")
	cmd.Dir = filepath.Join("..", "..")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func mustExist(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("not written: %v", err)
		}
	}
}

// pdfText is the PDF's text with runs of white space made one space.
func pdfText(t *testing.T, pdf string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", pdf, err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

func doneOf(t *testing.T, text string) (done, total int) {
	t.Helper()
	m := doneSentence.FindStringSubmatch(text)
	if m == nil {
		t.Fatal("no sentence with the number of completed items")
	}
	done, _ = strconv.Atoi(m[1])
	total, _ = strconv.Atoi(m[2])
	return done, total
}

// statusCounts reads "Tính đến ngày …: đã hoàn thành đúng hạn 11 phần việc,
// chiếm 32,4%; đã hoàn thành quá hạn 03 phần việc, …" from the report.
func statusCounts(t *testing.T, text string) map[string]int {
	t.Helper()
	i := strings.Index(text, "Tính đến ngày")
	if i < 0 {
		t.Fatal("no sentence of counts per status")
	}
	sentence := text[i:]
	if j := strings.Index(sentence, "."); j >= 0 {
		sentence = sentence[:j]
	}
	counts := map[string]int{}
	for _, m := range regexp.MustCompile(`(?:: |; )([^:;,]+?) (\d+) phần việc`).FindAllStringSubmatch(sentence, -1) {
		n, _ := strconv.Atoi(m[2])
		counts[m[1]] = n
	}
	return counts
}

// workbookStatuses counts the status column of the report workbook and
// gives each item's status.
func workbookStatuses(t *testing.T, path string) (map[string]int, map[string]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(xlsx.SheetStatus)
	if err != nil {
		t.Fatal(err)
	}
	col := -1
	counts, byID := map[string]int{}, map[string]string{}
	for _, row := range rows {
		if col < 0 {
			for c, v := range row {
				if v == "Tình trạng" {
					col = c
				}
			}
			continue
		}
		if len(row) > col && regexp.MustCompile(`^\d\d\.\d+$`).MatchString(row[0]) {
			counts[row[col]]++
			byID[row[0]] = row[col]
		}
	}
	if col < 0 {
		t.Fatal("no Tình trạng column in the workbook")
	}
	return counts, byID
}

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

func readManifestFiles(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
