package xlsx

import (
	"errors"

	"github.com/xuri/excelize/v2"
)

// setDefaultFont makes the document font the workbook's Normal style font,
// name and size. Spreadsheet apps turn column widths (in characters) into
// pixels with the Normal font's widest digit. excelize keeps 11 pt, whose
// Times digit is 7.33 px: LibreOffice uses that exactly while Excel rounds
// it to whole pixels, so the same column is wider in one than the other and
// row heights cannot fit both. At the document's 12 pt the digit is 8 px in
// either.
func setDefaultFont(f *excelize.File, font Font) error {
	if err := f.SetDefaultFont(font.Name); err != nil {
		return err
	}
	if f.Styles == nil || f.Styles.Fonts == nil || len(f.Styles.Fonts.Font) == 0 || f.Styles.Fonts.Font[0].Sz == nil {
		return errNoDefaultFont
	}
	size := font.Size
	f.Styles.Fonts.Font[0].Sz.Val = &size
	return nil
}

var errNoDefaultFont = errors.New("workbook styles have no default font to size")
