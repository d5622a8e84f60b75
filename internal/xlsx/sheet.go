package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// colName returns the column letters of a 1-based column: 1 → A, 27 → AA.
func colName(col int) string {
	name := ""
	for col > 0 {
		col--
		name = string(rune('A'+col%26)) + name
		col /= 26
	}
	return name
}

// ref returns a cell reference: ref(2, 5) → "B5".
func ref(col, row int) string { return colName(col) + strconv.Itoa(row) }

// quoteSheet quotes a sheet name for a formula or defined name: 'Danh mục'.
func quoteSheet(name string) string { return "'" + strings.ReplaceAll(name, "'", "''") + "'" }

// absRange returns an absolute range on a sheet: 'Danh mục'!$A$5:$A$31.
func absRange(sheet string, c1, r1, c2, r2 int) string {
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(sheet), colName(c1), r1, colName(c2), r2)
}

// pageSetup is how a sheet prints.
type pageSetup struct {
	landscape bool
	margins   Margins
	font      Font
	titleRow  int // the header row repeated on every printed page; 0 for none
}

// apply sets A4, orientation, fit to one page wide (FitToPage must be set in
// the sheet properties too, or Excel ignores the fit), margins, the
// repeated header row (_xlnm.Print_Titles, scoped to the sheet) and a
// "Trang n/m" footer. Call it before the sheet's stream writer starts.
func (p pageSetup) apply(f *excelize.File, sheet string) error {
	orient := "portrait"
	if p.landscape {
		orient = "landscape"
	}
	a4, one, zero := 9, 1, 0
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{
		Size: &a4, Orientation: &orient, FitToWidth: &one, FitToHeight: &zero,
	}); err != nil {
		return err
	}
	fit := true
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	m := p.margins.orDefault()
	inch := func(mm float64) *float64 { v := mm / 25.4; return &v }
	half := 0.3
	if err := f.SetPageMargins(sheet, &excelize.PageLayoutMarginsOptions{
		Top: inch(m.Top), Bottom: inch(m.Bottom), Left: inch(m.Left), Right: inch(m.Right),
		Header: &half, Footer: &half,
	}); err != nil {
		return err
	}
	font := p.font.orDefault()
	footer := fmt.Sprintf(`&C&"%s,Regular"&%dTrang &P/&N`, font.Name, int(font.Size))
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: footer}); err != nil {
		return err
	}
	if p.titleRow > 0 {
		return f.SetDefinedName(&excelize.DefinedName{
			Name:     "_xlnm.Print_Titles",
			RefersTo: fmt.Sprintf("%s!$%d:$%d", quoteSheet(sheet), p.titleRow, p.titleRow),
			Scope:    sheet,
		})
	}
	return nil
}

// freezeBelow freezes the rows up to and including row on a stream writer.
func freezeBelow(sw *excelize.StreamWriter, row int) error {
	return sw.SetPanes(&excelize.Panes{
		Freeze: true, YSplit: row, TopLeftCell: ref(1, row+1), ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: ref(1, row+1), ActiveCell: ref(1, row+1), Pane: "bottomLeft"}},
	})
}

// setWidths sets the column widths (in characters) on a stream writer.
// excelize puts each new column before those already set, and the sheet's
// <col> elements should ascend (the schema orders them by column; Excel is
// said to repair a sheet whose do not, not verified here), so the
// columns are set last to first.
func setWidths(sw *excelize.StreamWriter, widths []float64) error {
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
	}
	return nil
}
