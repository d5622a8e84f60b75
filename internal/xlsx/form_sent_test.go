package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/progress"
)

// A cell left as the form was sent is no answer: otherwise an untouched
// prefilled note or status would be imported again, dated after a record
// the office wrote by hand since, and silently undo it.
func TestFormCellsLeftAsSentAreNoAnswer(t *testing.T) {
	r := testReview()
	// 07.2 is paused, prefilled Tạm dừng and its note; 07.1 open and blank.
	ups, diags := ReadForm("x.xlsx", formBytes(t, r, "ban to chuc tinh uy"), r.Programme, r.Quarter)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diagList(diags))
	}
	if len(ups) != 0 {
		t.Fatalf("an untouched form gave updates %+v, want none", ups)
	}
	// Changing only the note gives the note, not the status as sent.
	filled := fillForm(t, formBytes(t, r, "ban to chuc tinh uy"), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "H8", "Chờ ý kiến Thường trực"))
	})
	ups, diags = ReadForm("x.xlsx", filled, r.Programme, r.Quarter)
	if len(diags) != 0 {
		t.Fatalf("diagnostics: %v", diagList(diags))
	}
	if len(ups) != 1 || ups[0].ItemID != "07.2" || ups[0].State != "" || ups[0].Note != "Chờ ý kiến Thường trực" {
		t.Fatalf("updates = %+v, want only 07.2's new note", ups)
	}
}

// Clearing a prefilled status is neither an undo nor ignored: the ledger
// cannot record "no status", so the agency must say what the item is now.
func TestFormClearedStatusIsAnError(t *testing.T) {
	r := testReview()
	filled := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "E7", "")) // 04.1 was done
		must(t, f.SetCellValue(SheetForm, "F7", ""))
	})
	_, diags := ReadForm("x.xlsx", filled, r.Programme, r.Quarter)
	got := diagList(diags)
	want := `x.xlsx!Phần việc!E7: error: the status "Đã hoàn thành" of item 04.1 was cleared`
	if !strings.Contains(got, want) {
		t.Fatalf("diagnostics:\n%s\nwant a line starting %s", got, want)
	}
	// Clearing a prefilled document keeps it in the ledger, and says so.
	filled = fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "G7", ""))
	})
	ups, diags := ReadForm("x.xlsx", filled, r.Programme, r.Quarter)
	if got := diagList(diags); !strings.Contains(got, "x.xlsx!Phần việc!G7: warning: the cell was cleared") {
		t.Fatalf("diagnostics:\n%s\nwant a warning at G7", got)
	}
	for _, u := range ups {
		if u.ItemID == "04.1" && u.State != progress.State("") {
			t.Errorf("04.1 update %+v: status as sent must not be an answer", u)
		}
	}
}

// Reopening a done item is an explicit choice, but not a quiet one: the
// import says which item the form takes back from done.
func TestFormReopeningADoneItemWarns(t *testing.T) {
	r := testReview()
	filled := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "E7", "Đang thực hiện")) // 04.1 was done
		must(t, f.SetCellValue(SheetForm, "F7", ""))
	})
	ups, diags := ReadForm("x.xlsx", filled, r.Programme, r.Quarter)
	want := `x.xlsx!Phần việc!E7: warning: item 04.1 was "Đã hoàn thành" (20/04/2021) and this form reopens it as "Đang thực hiện"`
	if got := diagList(diags); !strings.Contains(got, want) {
		t.Fatalf("diagnostics:\n%s\nwant %s…", got, want)
	}
	if len(ups) != 1 || ups[0].State != progress.StateInProgress {
		t.Errorf("updates = %+v", ups)
	}
}
