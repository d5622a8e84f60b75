package xlsx

import (
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// The form's date validation starts on 1 January of the year before the
// programme; a date before it (typed in LibreOffice, which may not enforce
// the rule, or a slip of the year) is refused on reading too.
func TestFormCompletionBeforeTheProgrammeIsRefused(t *testing.T) {
	r := testReview()
	filled := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
		must(t, f.SetCellValue(SheetForm, "F8", time.Date(2019, 1, 15, 0, 0, 0, 0, time.UTC)))
	})
	_, diags := ReadForm("x.xlsx", filled, r.Programme, r.Quarter)
	want := `x.xlsx!Phần việc!F8: error: "15/01/2019" is before 01/01/2020`
	if got := diagList(diags); !strings.Contains(got, want) {
		t.Fatalf("diagnostics:\n%s\nwant %s…", got, want)
	}
}
