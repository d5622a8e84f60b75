package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// titleLine is one line of the title block above a table: its text, its
// cell style, and the metrics that measure it (bold for a bold style).
type titleLine struct {
	text  string
	style int
	m     *fontMetrics
}

// writeTitleLines writes the title block from row 1 down: each line one
// cell merged across the table's cols columns, as tall as its text wrapped
// at full points (the table's whole width).
func writeTitleLines(sw *excelize.StreamWriter, lines []titleLine, cols int, size, full float64) error {
	for i, l := range lines {
		if err := writeSpanRow(sw, i+1, cols, excelize.Cell{StyleID: l.style, Value: l.text},
			l.m.rowHeight(l.text, size, full)); err != nil {
			return err
		}
	}
	return nil
}
