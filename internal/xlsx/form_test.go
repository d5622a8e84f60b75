package xlsx

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/internal/golden"
	"baocao/internal/program"
	"baocao/internal/progress"
)

const tuyenGiao = "ban tuyen giao tinh uy"

func formBytes(t testing.TB, r *progress.Review, agency string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Form(&buf, r, agency, FormOptions{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestFormGolden(t *testing.T) {
	golden.Check(t, "form.golden", []byte(dumpWorkbook(t, formBytes(t, testReview(), tuyenGiao), "Times New Roman")))
}

func TestFormRepeatable(t *testing.T) {
	a := formBytes(t, testReview(), tuyenGiao)
	for i := 0; i < 5; i++ {
		if b := formBytes(t, testReview(), tuyenGiao); !bytes.Equal(a, b) {
			t.Fatalf("run %d gave different bytes from run 1", i+2)
		}
	}
}

func TestFormUnknownAgency(t *testing.T) {
	if err := Form(&bytes.Buffer{}, testReview(), "no such agency", FormOptions{}); err == nil {
		t.Fatal("a form for an agency that leads nothing was written")
	}
}

func TestFormAgencies(t *testing.T) {
	var names []string
	for _, a := range FormAgencies(testReview()) {
		names = append(names, a.Name)
	}
	want := "Ban cán sự đảng Ủy ban nhân dân tỉnh|Ban Dân vận Tỉnh ủy|Ban Thường vụ Đảng ủy Công an tỉnh|Ban Tổ chức Tỉnh ủy|Ban Tuyên giáo Tỉnh ủy"
	if got := strings.Join(names, "|"); got != want {
		t.Errorf("agencies = %s\nwant %s", got, want)
	}
}

// fillForm opens a form with excelize, lets edit change it as a person
// would in Excel, and returns the saved bytes.
func fillForm(t *testing.T, data []byte, edit func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	edit(f)
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestFormRoundTrip: a form written, filled in through excelize (status,
// date, document, note), read back into updates and ledger records.
func TestFormRoundTrip(t *testing.T) {
	r := testReview()
	filled := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		// Row 7 is 04.1 (done late, prefilled); row 8 is 04.2 (open, overdue).
		must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
		must(t, f.SetCellValue(SheetForm, "F8", time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC)))
		must(t, f.SetCellValue(SheetForm, "G8", "Báo cáo số 20-BC/TU ngày 01-7-2021"))
		must(t, f.SetCellValue(SheetForm, "H8", "Đã trình Ban Thường vụ"))
	})
	ups, diags := ReadForm("tuyen-giao.xlsx", filled, r.Programme, r.Quarter)
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diagList(diags))
	}
	// 04.1, prefilled and untouched, is no answer: only 04.2 comes back.
	if len(ups) != 1 {
		t.Fatalf("got %d updates, want 1: %+v", len(ups), ups)
	}
	u := ups[0]
	if u.ItemID != "04.2" || u.State != progress.StateDone || u.Completed == nil || *u.Completed != program.NewDate(2021, 7, 1) ||
		u.Document != "Báo cáo số 20-BC/TU ngày 01-7-2021" || u.Note != "Đã trình Ban Thường vụ" {
		t.Errorf("04.2 update = %+v", u)
	}
	if u.Cells.State != "tuyen-giao.xlsx!Phần việc!E8" {
		t.Errorf("state cell = %q", u.Cells.State)
	}
	rec := u.Ledger(program.NewDate(2021, 7, 2), "import: tuyen-giao.xlsx")
	if rec.Item != "04.2" || rec.State != progress.StateDone || rec.Completed != program.NewDate(2021, 7, 1) || rec.Date != program.NewDate(2021, 7, 2) {
		t.Errorf("ledger record = %+v", rec)
	}
}

// An untouched form from before the identity sheet kept the prefilled
// cells reports what it was prefilled with (Ledger.Diff drops it later).
func TestFormUntouchedOldLayout(t *testing.T) {
	r := testReview()
	old := fillForm(t, formBytes(t, r, "ban to chuc tinh uy"), func(f *excelize.File) {
		must(t, f.SetSheetRow(SheetFormID, "A7", &[]any{"row", "id", "due"}))
		for row := 8; row <= 9; row++ {
			for _, c := range "DEFG" {
				must(t, f.SetCellValue(SheetFormID, string(c)+strconv.Itoa(row), nil))
			}
		}
	})
	ups, diags := ReadForm("x.xlsx", old, r.Programme, r.Quarter)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diagList(diags))
	}
	// 07.1 is open (blank row), 07.2 paused (prefilled Tạm dừng and its note).
	if len(ups) != 1 || ups[0].ItemID != "07.2" || ups[0].State != progress.StatePaused {
		t.Fatalf("updates = %+v", ups)
	}
}

func TestFormBadCells(t *testing.T) {
	cases := []struct {
		name string
		edit func(t *testing.T, f *excelize.File)
		want []string // diagnostics, each as printed, prefix-matched
	}{
		{"unknown ID", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetForm, "A8", "99.9")) },
			[]string{`x.xlsx!Phần việc!A8: error: unknown work item ID "99.9"`}},
		{"other item's ID", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetForm, "A8", "01.1")) },
			[]string{`x.xlsx!Phần việc!A8: error: ID changed from 04.2 to 01.1`}},
		{"edited title", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetForm, "C8", "Sơ kết")) },
			[]string{`x.xlsx!Phần việc!C8: error: the title of item 04.2 was changed ("Sơ kết"`}},
		{"edited due date", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellValue(SheetForm, "D8", time.Date(2021, 12, 31, 0, 0, 0, 0, time.UTC)))
		}, []string{`x.xlsx!Phần việc!D8: error: the due date of item 04.2 was changed ("44561", expected "30/06/2021")`}},
		{"bad status", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetForm, "E8", "Xong rồi")) },
			[]string{`x.xlsx!Phần việc!E8: error: "Xong rồi" is not a status in the list: expected one of Chưa triển khai, Đang thực hiện, Đã hoàn thành`}},
		{"not a date", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
			must(t, f.SetCellValue(SheetForm, "F8", "hôm qua"))
		}, []string{`x.xlsx!Phần việc!F8: error: "hôm qua" is not a date: expected a date such as 15/06/2021`}},
		{"impossible date", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
			must(t, f.SetCellValue(SheetForm, "F8", "31/06/2021"))
		}, []string{`x.xlsx!Phần việc!F8: error: "31/06/2021" is not a date (no such day)`}},
		{"done without date", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
		}, []string{`x.xlsx!Phần việc!F8: error: status "Đã hoàn thành" needs the completion date in this cell`}},
		{"formula status", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellFormula(SheetForm, "E8", `"Đã hoàn thành"`))
		}, []string{`x.xlsx!Phần việc!E8: error: "=\"Đã hoàn thành\"" is not a status in the list`}},
		{"formula date", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
			must(t, f.SetCellFormula(SheetForm, "F8", "DATE(2021,7,1)"))
		}, []string{`x.xlsx!Phần việc!F8: error: "=DATE(2021,7,1)" is not a date (formulas are not calculated)`}},
		{"formula note kept as text", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellFormula(SheetForm, "H8", "HYPERLINK(\"http://x\")"))
		}, []string{`x.xlsx!Phần việc!H8: warning: a formula, kept as its text "=HYPERLINK(\"http://x\")" and not calculated`}},
		{"wrong programme", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetFormID, "B2", "08-CTr/TU")) },
			[]string{`x.xlsx!Mã phiếu!B2: error: the form is for programme "08-CTr/TU", not "07-CTr/TU"`}},
		{"wrong quarter", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetFormID, "B3", "2021-Q3")) },
			[]string{`x.xlsx!Mã phiếu!B3: error: the form is for quarter "2021-Q3", not 2021-Q2 (quý II-2021)`}},
		{"row added", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetForm, "A9", "27.1")) },
			[]string{`x.xlsx!Phần việc!A9: error: row 9 is not one of the form's items`}},
		{"value beside the form", func(t *testing.T, f *excelize.File) { must(t, f.SetCellValue(SheetForm, "J7", "thêm")) },
			[]string{`x.xlsx!Phần việc!J7: error: a value outside the form's columns`}},
	}
	r := testReview()
	form := formBytes(t, r, tuyenGiao)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := fillForm(t, form, func(f *excelize.File) { c.edit(t, f) })
			_, diags := ReadForm("x.xlsx", data, r.Programme, r.Quarter)
			got := diagList(diags)
			if len(diags) != len(c.want) {
				t.Fatalf("got %d diagnostics, want %d:\n%s", len(diags), len(c.want), got)
			}
			for i, w := range c.want {
				if !strings.HasPrefix(diags[i].String(), w) {
					t.Errorf("diagnostic %d:\n got %s\nwant %s…", i, diags[i], w)
				}
			}
		})
	}
}

func TestFormDateAsText(t *testing.T) {
	r := testReview()
	for _, text := range []string{"01/07/2021", "1/7/2021", "2021-07-01"} {
		data := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
			must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
			must(t, f.SetCellStr(SheetForm, "F8", text))
		})
		ups, diags := ReadForm("x.xlsx", data, r.Programme, r.Quarter)
		if len(diags) != 0 || len(ups) != 1 || ups[0].Completed == nil || *ups[0].Completed != program.NewDate(2021, 7, 1) {
			t.Errorf("%q: updates %+v, diagnostics %s", text, ups, diagList(diags))
		}
	}
}

func TestReadFormNotAWorkbook(t *testing.T) {
	r := testReview()
	_, diags := ReadForm("x.xlsx", []byte("PK\x03\x04 not really"), r.Programme, r.Quarter)
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), "x.xlsx: error: not an Excel workbook") {
		t.Fatalf("diagnostics: %s", diagList(diags))
	}
	_, diags = ReadForm("y.xlsx", annexBytes(t, r.Programme, AnnexOptions{}), r.Programme, r.Quarter)
	if len(diags) != 1 || !strings.Contains(diags[0].String(), "not a form written by baocao") {
		t.Fatalf("diagnostics: %s", diagList(diags))
	}
}

func TestFormLibreOffice(t *testing.T) {
	t.Parallel()
	convertWithLibreOffice(t, "phieu-tuyen-giao", formBytes(t, testReview(), tuyenGiao))
}

func diagList[T interface{ String() string }](ds []T) string {
	var b strings.Builder
	for _, d := range ds {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return b.String()
}

func TestFormPassword(t *testing.T) {
	var buf bytes.Buffer
	if err := Form(&buf, testReview(), tuyenGiao, FormOptions{Password: "vp-tu"}); err != nil {
		t.Fatal(err)
	}
	parts := dumpParts(t, buf.Bytes())
	// The legacy hash: the SHA-512 form takes a random salt, which would
	// make two runs differ; protection is a guard against slips, not a lock.
	if strings.Count(parts, `password="`) < 2 {
		t.Errorf("sheets not protected with the password:\n%s", parts)
	}
	var again bytes.Buffer
	if err := Form(&again, testReview(), tuyenGiao, FormOptions{Password: "vp-tu"}); err != nil || !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("a protected form is not repeatable (%v)", err)
	}
	r := testReview()
	if _, diags := ReadForm("x.xlsx", buf.Bytes(), r.Programme, r.Quarter); len(diags) != 0 {
		t.Errorf("a password-protected form does not read back: %s", diagList(diags))
	}
}

// An agency that fills the form in LibreOffice and saves it as .xlsx sends
// back a workbook LibreOffice wrote; it must read as cleanly as ours.
func TestFormResavedByLibreOffice(t *testing.T) {
	t.Parallel()
	r := testReview()
	filled := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
		must(t, f.SetCellValue(SheetForm, "F8", time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC)))
		must(t, f.SetCellValue(SheetForm, "G8", "Báo cáo số 20-BC/TU ngày 01-7-2021"))
	})
	path := libreOffice(t, "phieu", filled, "xlsx:Calc MS Excel 2007 XML", "xlsx")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	ups, diags := ReadForm("phieu.xlsx", data, r.Programme, r.Quarter)
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%s", diagList(diags))
	}
	// 04.1, prefilled and untouched, is no answer (LibreOffice keeps its cells as sent).
	if len(ups) != 1 || ups[0].ItemID != "04.2" || ups[0].State != progress.StateDone || ups[0].Completed == nil ||
		*ups[0].Completed != program.NewDate(2021, 7, 1) || ups[0].Document != "Báo cáo số 20-BC/TU ngày 01-7-2021" {
		t.Errorf("updates = %+v", ups)
	}
}
