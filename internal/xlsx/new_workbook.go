package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// newWorkbook starts a workbook the way every workbook here starts: the
// document font as the Normal style (so column widths mean the same in
// Excel and LibreOffice), the shared cell styles, and the sheets in the
// order given, the first one taking the place of excelize's "Sheet1".
// The caller closes the file.
func newWorkbook(font Font, first string, more ...string) (*excelize.File, *styleSet, error) {
	f := excelize.NewFile()
	fail := func(err error) (*excelize.File, *styleSet, error) {
		f.Close()
		return nil, nil, err
	}
	if err := setDefaultFont(f, font); err != nil {
		return fail(err)
	}
	st, err := newStyleSet(f, font)
	if err != nil {
		return fail(err)
	}
	if err := f.SetSheetName("Sheet1", first); err != nil {
		return fail(err)
	}
	for _, s := range more {
		if _, err := f.NewSheet(s); err != nil {
			return fail(err)
		}
	}
	return f, st, nil
}
