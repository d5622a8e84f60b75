package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// writeHeader writes a bold, bordered header row, as tall as its tallest
// heading wrapped at its column's width (widths in characters), measured
// in bold (mb) by the same rule as the body rows.
func writeHeader(sw *excelize.StreamWriter, st *styleSet, mb *fontMetrics, size float64, row int, cols []string, widths []float64) error {
	vals := make([]any, len(cols))
	for i, c := range cols {
		vals[i] = excelize.Cell{StyleID: st.header, Value: c}
	}
	h := mb.fitRow(cols, size, columnPoints(size, widths))
	return sw.SetRow(ref(1, row), vals, excelize.RowOpts{Height: h})
}
