package xlsx

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// testdata/form-v1.xlsx is Ban Tuyên giáo's form of testReview as baocao
// wrote it before version 2 (eight columns, table from row 5, no footer):
// agencies return the forms they were sent, so it must still import.
func TestFormVersion1StillImports(t *testing.T) {
	r := testReview()
	old, err := os.ReadFile("testdata/form-v1.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	if ups, diags := ReadForm("cu.xlsx", old, r.Programme, r.Quarter); len(diags) != 0 || len(ups) != 0 {
		t.Fatalf("untouched old form: updates %+v, diagnostics:\n%v", ups, diagList(diags))
	}
	filled := fillForm(t, old, func(f *excelize.File) {
		// Version 1: row 6 is 04.1, row 7 is 04.2.
		must(t, f.SetCellValue(SheetForm, "E7", "Đã hoàn thành"))
		must(t, f.SetCellValue(SheetForm, "F7", time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC)))
		must(t, f.SetCellValue(SheetForm, "H7", "Đã trình Ban Thường vụ"))
	})
	ups, diags := ReadForm("cu.xlsx", filled, r.Programme, r.Quarter)
	if len(diags) != 0 {
		t.Fatalf("diagnostics:\n%v", diagList(diags))
	}
	if len(ups) != 1 || ups[0].ItemID != "04.2" || ups[0].State != progress.StateDone || ups[0].Note != "Đã trình Ban Thường vụ" ||
		ups[0].Difficulties != "" || ups[0].Cells.Difficulties != "" || ups[0].Cells.State != "cu.xlsx!Phần việc!E7" {
		t.Fatalf("updates = %+v", ups)
	}
	// A value in version 2's new column is outside a version 1 form.
	beside := fillForm(t, old, func(f *excelize.File) { must(t, f.SetCellValue(SheetForm, "I7", "Thiếu kinh phí")) })
	_, diags = ReadForm("cu.xlsx", beside, r.Programme, r.Quarter)
	if got := diagList(diags); !strings.Contains(got, "cu.xlsx!Phần việc!I7: error: a value outside the form's columns: write only in columns E to H") {
		t.Errorf("diagnostics:\n%s", got)
	}
}

// The difficulties column comes back with the update, cleaned of what
// cannot be printed, and goes into the ledger record; on its own it is an
// answer.
func TestFormDifficultiesRoundTrip(t *testing.T) {
	r := testReview()
	filled := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "I8", "Chưa bố trí được kinh phí;_x0007_ đề xuất bổ sung dự toán"))
	})
	ups, diags := ReadForm("tg.xlsx", filled, r.Programme, r.Quarter)
	if got := diagList(diags); len(diags) != 1 || !strings.Contains(got, "tg.xlsx!Phần việc!I8: warning: removed 1 character(s) that cannot be printed (U+0007)") {
		t.Fatalf("diagnostics:\n%s", got)
	}
	if len(ups) != 1 || ups[0].ItemID != "04.2" || ups[0].State != "" || ups[0].Cells.Difficulties != "tg.xlsx!Phần việc!I8" {
		t.Fatalf("updates = %+v", ups)
	}
	want := "Chưa bố trí được kinh phí; đề xuất bổ sung dự toán"
	if ups[0].Difficulties != want {
		t.Errorf("difficulties %q, want %q", ups[0].Difficulties, want)
	}
	if rec := ups[0].Ledger(program.NewDate(2021, 7, 2), "import: tg.xlsx"); rec.Difficulties != want {
		t.Errorf("ledger record %+v", rec)
	}
}

// Below the table only the footer's own texts may stand: an edited note or
// a row added under the last item is reported, and so is anything below
// the footer.
func TestFormFooterIsChecked(t *testing.T) {
	r := testReview()
	sent := formBytes(t, r, tuyenGiao)
	for _, c := range []struct{ cell, want string }{
		{"A10", "tg.xlsx!Phần việc!A10: error: row 10 is not one of the form's items"},
		{"F15", "tg.xlsx!Phần việc!F15: error: row 15 is not one of the form's items"},
		{"B17", "tg.xlsx!Phần việc!B17: error: row 17 is not one of the form's items"},
	} {
		edited := fillForm(t, sent, func(f *excelize.File) { must(t, f.SetCellValue(SheetForm, c.cell, "04.3 Hội nghị")) })
		_, diags := ReadForm("tg.xlsx", edited, r.Programme, r.Quarter)
		if got := diagList(diags); len(diags) != 1 || !strings.Contains(got, c.want) {
			t.Errorf("%s: diagnostics:\n%s", c.cell, got)
		}
	}
}

// A form prints fitted to the page width at 10 pt or more.
func TestFormPrintsAtTenPointsOrMore(t *testing.T) {
	r := bundledReview(t)
	for _, a := range FormAgencies(r)[:1] {
		pt := printedSizes(t, formBytes(t, r, a.Key), Font{})[SheetForm]
		if pt < 10 {
			t.Errorf("the form prints at %.1f pt, want 10 or more", pt)
		}
		t.Logf("the form prints at %.1f pt", pt)
	}
}

func TestFormReturnLine(t *testing.T) {
	q := program.Quarter{Year: 2021, Q: 3}
	by := FormOptions{}.returnBy(q)
	if got := returnLine(by, FormContact{}); got != "Hạn gửi lại: ngày 05 tháng 10 năm 2021" {
		t.Errorf("without contact: %q", got)
	}
	c := FormContact{Office: "Văn phòng Tỉnh ủy (Phòng Tổng hợp)", Person: " Nguyễn Văn An ", Email: "tonghop@kiengiang.dcs.vn"}
	want := "Hạn gửi lại: ngày 05 tháng 10 năm 2021; Gửi về: Văn phòng Tỉnh ủy (Phòng Tổng hợp); Người liên hệ: Nguyễn Văn An; Email: tonghop@kiengiang.dcs.vn"
	if got := returnLine(by, c); got != want {
		t.Errorf("with contact:\n got %q\nwant %q", got, want)
	}
	if got := (FormOptions{ReturnBy: program.NewDate(2021, 10, 8)}).returnBy(q); got != program.NewDate(2021, 10, 8) {
		t.Errorf("a set deadline: %v", got)
	}
}

// ReadForm reads formFooterSpan rows below the last item: the footer must
// end there, or a footer row would be taken for an added row.
func TestFormFooterSpan(t *testing.T) {
	m, mb, err := serifMetrics()
	if err != nil {
		t.Fatal(err)
	}
	rows := formFooterRows(&styleSet{}, m, mb, 10, 12)
	if got := rows[len(rows)-1].row; got != 10+formFooterSpan {
		t.Errorf("the footer ends at row %d, want %d", got, 10+formFooterSpan)
	}
	for _, r := range rows {
		for _, c := range r.cells {
			if !formFooterText(c.text) {
				t.Errorf("row %d: %q is not accepted as footer text", r.row, c.text)
			}
		}
	}
}
