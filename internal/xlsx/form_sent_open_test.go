package xlsx

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// A form opened once gives, after its identity, the same answers and
// diagnostics as ReadForm on its bytes: reading the identity leaves the
// workbook as sent. Checked on a filled form, on one whose identity sheet
// was edited, and on bytes that are no workbook.
func TestSentFormReadsAsReadForm(t *testing.T) {
	r := testReview()
	filled := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetForm, "E8", "Đã hoàn thành"))
		must(t, f.SetCellValue(SheetForm, "F8", time.Date(2021, 7, 1, 0, 0, 0, 0, time.UTC)))
		must(t, f.SetCellValue(SheetForm, "H8", "Đã trình Ban Thường vụ"))
	})
	edited := fillForm(t, formBytes(t, r, tuyenGiao), func(f *excelize.File) {
		must(t, f.SetCellValue(SheetFormID, "B5", "999"))
		must(t, f.SetCellValue(SheetForm, "E8", "không rõ"))
	})
	for name, data := range map[string][]byte{"filled.xlsx": filled, "edited.xlsx": edited, "junk.xlsx": []byte("PK\x03\x04 not really")} {
		wantUps, wantDiags := ReadForm(name, data, r.Programme, r.Quarter)
		wantID, wantErr := ReadFormIdentity(name, data)
		s := OpenForm(name, data)
		id, err := s.Identity()
		if id != wantID || (err == nil) != (wantErr == nil) || err != nil && err.Error() != wantErr.Error() {
			t.Errorf("%s: identity %+v, %v; want %+v, %v", name, id, err, wantID, wantErr)
		}
		ups, diags := s.Read(context.Background(), r.Programme, r.Quarter)
		s.Close()
		if !reflect.DeepEqual(ups, wantUps) || !reflect.DeepEqual(diags, wantDiags) {
			t.Errorf("%s: opened once, read %+v\n%v\nwant %+v\n%v", name, ups, diagList(diags), wantUps, diagList(wantDiags))
		}
		if name == "filled.xlsx" && (err != nil || len(ups) != 1 || len(diags) != 0) {
			t.Errorf("%s: %v, %d answers, diagnostics %v: want its one answer", name, err, len(ups), diagList(diags))
		}
		if name != "filled.xlsx" && !diags.HasErrors() {
			t.Errorf("%s: no error", name)
		}
	}
}
