package xlsx

import "github.com/xuri/excelize/v2"

// chartTitle is a chart heading in the document font.
func chartTitle(text string, font Font) excelize.ChartTitle {
	return excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{
		Text: text, Font: &excelize.Font{Family: font.Name, Size: font.Size, Bold: true, Color: "000000"},
	}}}
}

// chartAxis is an axis labelled in the document font, at its size: a sheet
// fitted to the page prints at 84% or more, and 2 pt less printed the
// labels under 9 pt.
func chartAxis(font Font, reverse bool) excelize.ChartAxis {
	return excelize.ChartAxis{ReverseOrder: reverse, Font: excelize.Font{Family: font.Name, Size: font.Size, Color: "000000"}}
}

// excelizeColumnPx is the width, in pixels, of a column whose width is not
// set: excelize anchors a chart to the columns it covers measured at that
// width, since the stream writer sets the real widths only later. A chart
// Width of n such columns therefore ends exactly on the n-th column's
// right edge, however wide the columns turn out.
const excelizeColumnPx = 64

// anchorColumns is the chart width that spans the first n columns.
func anchorColumns(n int) uint { return uint(n * excelizeColumnPx) }

// statsChartWidth is the Thống kê charts' width: eight unset columns from
// column D (about 620 px at the workbook's default width), so the sheet
// still prints at 10 pt or more fitted to one landscape page wide (720 px,
// stretched over twelve columns, printed it at 8,3 pt).
var statsChartWidth = anchorColumns(8)
