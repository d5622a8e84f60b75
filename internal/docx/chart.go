package docx

import (
	"strconv"

	"baocao/internal/report"
)

// chartTable draws a stacked bar chart as a table rather than a Word chart
// part (a drawing, an embedded workbook and its cached values: heavy, and
// LibreOffice redraws it its own way). One row per bar: the group's label,
// then one shaded cell per status segment, as wide as its count on a common
// scale and carrying the count, then the bar's total; a legend paragraph
// follows. The shades are the statuses' fills, which differ in grey level,
// so the chart reads on a black-and-white printer as the PDF's does, and
// every figure is text an office can check or correct.
func chartTable(c *report.Chart, width int) (table, para) {
	scale := 1
	for _, b := range c.Bars {
		sum := 0
		for _, n := range b.Counts {
			sum += max(n, 0)
		}
		scale = max(scale, b.Total, sum) // segments never run past the grid
	}
	labelW := width * 35 / 100
	totalW := twips(12)
	unit := max((width-labelW-totalW)/scale, 1)
	grid := []int{labelW}
	for range scale {
		grid = append(grid, unit)
	}
	grid = append(grid, width-labelW-unit*scale)
	t := table{style: stylePlainTable, grid: grid, caption: "Biểu đồ " + c.Name}
	gap := tableRow{height: twips(2.5), exact: true, cantSplit: true,
		cells: []tableCell{{span: len(grid), borders: noBorders, paras: []para{{mark: `<w:sz w:val="4"/>`}}}}}
	segment := `<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>` +
		`<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>`
	for i, b := range c.Bars {
		if i > 0 {
			t.rows = append(t.rows, gap)
		}
		row := tableRow{height: twips(6), cantSplit: true}
		row.cells = append(row.cells, tableCell{borders: noBorders,
			paras: []para{{style: styleChartText, jc: "right", runs: []run{{text: b.Label}}}}})
		used := 0
		for k, n := range b.Counts {
			if n <= 0 || k >= len(c.Statuses) {
				continue
			}
			fill := c.Statuses[k].Fill
			row.cells = append(row.cells, tableCell{span: n, fill: fill.Hex(), borders: segment, noMargin: true,
				paras: []para{{style: styleChartText, jc: "center", runs: []run{{text: strconv.Itoa(n), white: fill.Dark()}}}}})
			used += n
		}
		row.cells = append(row.cells, tableCell{span: len(grid) - 1 - used, borders: noBorders,
			paras: []para{{style: styleChartText, runs: []run{{text: " " + strconv.Itoa(b.Total), bold: true}}}}})
		t.rows = append(t.rows, row)
	}
	legend := para{style: styleChartText, jc: "center", before: pointsTw(4)}
	for i, s := range c.Statuses {
		if i > 0 {
			legend.runs = append(legend.runs, run{text: "    "})
		}
		legend.runs = append(legend.runs,
			run{text: "\u2003\u2003", fill: s.Fill.Hex(), boxed: true}, // two em spaces: a square swatch
			run{text: "\u00a0" + s.Label})
	}
	// Every row but the last keeps with the next, and the last bar with
	// the legend: the chart is not split across pages.
	for i := range t.rows {
		for j := range t.rows[i].cells {
			for k := range t.rows[i].cells[j].paras {
				t.rows[i].cells[j].paras[k].keepNext = true
			}
		}
	}
	return t, legend
}
