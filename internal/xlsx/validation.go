package xlsx

import (
	"strings"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// SheetLists is the hidden sheet holding drop-down lists too long to be
// written inline.
const SheetLists = "Danh sách"

// maxInlineList is Excel's limit for an inline list ("a,b,c"), in UTF-16 units.
const maxInlineList = 255

// addListValidation makes the cells of sqref a drop-down of labels. Excel
// refuses inline lists over 255 characters (and a label holding a comma
// would split), so such a list goes to a column of the hidden list sheet
// and the validation points at that range.
func addListValidation(f *excelize.File, sheet, sqref string, labels []string, listCol int, title, prompt string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	inline := strings.Join(labels, ",")
	if len(utf16.Encode([]rune(inline))) <= maxInlineList && !strings.ContainsAny(strings.Join(labels, ""), `,"`) {
		if err := dv.SetDropList(labels); err != nil {
			return err
		}
	} else {
		if err := listSheet(f); err != nil {
			return err
		}
		for i, l := range labels {
			if err := f.SetCellStr(SheetLists, ref(listCol, i+1), l); err != nil {
				return err
			}
		}
		dv.SetSqrefDropList(absRange(SheetLists, listCol, 1, listCol, max(len(labels), 1)))
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, title, prompt)
	dv.SetInput(title, prompt)
	return f.AddDataValidation(sheet, dv)
}

// listSheet creates the hidden list sheet once.
func listSheet(f *excelize.File) error {
	if idx, _ := f.GetSheetIndex(SheetLists); idx >= 0 {
		return nil
	}
	if _, err := f.NewSheet(SheetLists); err != nil {
		return err
	}
	return f.SetSheetVisible(SheetLists, false)
}

// addDateValidation accepts only dates between from and to in sqref.
func addDateValidation(f *excelize.File, sheet, sqref string, from, to program.Date, title, prompt string) error {
	dv := excelize.NewDataValidation(true)
	dv.Sqref = sqref
	if err := dv.SetRange(excelSerial(from), excelSerial(to), excelize.DataValidationTypeDate, excelize.DataValidationOperatorBetween); err != nil {
		return err
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, title, prompt)
	dv.SetInput(title, prompt)
	return f.AddDataValidation(sheet, dv)
}

// excelSerial is the 1900-system serial number of a date (1 = 1900-01-01,
// with Excel's phantom 1900-02-29 counted).
func excelSerial(d program.Date) int {
	days := d.DaysSince(program.Date{Year: 1899, Month: 12, Day: 30})
	if days < 61 {
		days-- // before the phantom leap day
	}
	return days
}

// dateFromSerial reverses excelSerial for whole-day serials from 1900-03-01 on.
func dateFromSerial(serial int) program.Date {
	return program.Date{Year: 1899, Month: 12, Day: 30}.AddDays(serial)
}
