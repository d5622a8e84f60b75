package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// writeSpanRow writes a row whose one cell spans the table's cols columns
// (a title, caption, block title or note), merged so that the text wraps
// across the whole width it was measured at; the caller measures height.
func writeSpanRow(sw *excelize.StreamWriter, row, cols int, cell excelize.Cell, height float64) error {
	if err := sw.SetRow(ref(1, row), []any{cell}, excelize.RowOpts{Height: height}); err != nil {
		return err
	}
	return sw.MergeCell(ref(1, row), ref(cols, row))
}
