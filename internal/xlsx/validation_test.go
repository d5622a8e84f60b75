package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

func TestListValidationLongListUsesHiddenRange(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	var labels []string
	for i := 0; i < 12; i++ {
		labels = append(labels, "Đang thực hiện theo kế hoạch số "+strings.Repeat("x", i)) // > 255 in all
	}
	if err := addListValidation(f, "Sheet1", "A1:A5", labels, 2, "t", "p"); err != nil {
		t.Fatal(err)
	}
	dvs, err := f.GetDataValidations("Sheet1")
	if err != nil || len(dvs) != 1 {
		t.Fatalf("validations = %v, %v", dvs, err)
	}
	if want := "'Danh sách'!$B$1:$B$12"; dvs[0].Formula1 != want {
		t.Errorf("list source = %q, want %q", dvs[0].Formula1, want)
	}
	if v, _ := f.GetSheetVisible(SheetLists); v {
		t.Error("the list sheet is visible")
	}
	if got, _ := f.GetCellValue(SheetLists, "B12"); got != labels[11] {
		t.Errorf("B12 = %q, want %q", got, labels[11])
	}
}

func TestListValidationShortListInline(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := addListValidation(f, "Sheet1", "A1:A5", []string{"Có", "Không"}, 1, "t", "p"); err != nil {
		t.Fatal(err)
	}
	dvs, _ := f.GetDataValidations("Sheet1")
	if len(dvs) != 1 || dvs[0].Formula1 != `"Có,Không"` {
		t.Fatalf("validation = %+v", dvs)
	}
	if idx, _ := f.GetSheetIndex(SheetLists); idx >= 0 {
		t.Error("a short list created the list sheet")
	}
}

func TestExcelSerial(t *testing.T) {
	for _, c := range []struct {
		d    program.Date
		want int
	}{{program.NewDate(2021, 6, 30), 44377}, {program.NewDate(1900, 3, 1), 61}, {program.NewDate(1900, 1, 1), 1}} {
		if got := excelSerial(c.d); got != c.want {
			t.Errorf("excelSerial(%s) = %d, want %d", c.d, got, c.want)
		}
	}
	if got := dateFromSerial(44377); got != program.NewDate(2021, 6, 30) {
		t.Errorf("dateFromSerial(44377) = %s", got)
	}
}
