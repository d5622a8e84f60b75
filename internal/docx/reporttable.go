package docx

import "baocao/internal/report"

// alignments maps a column's alignment to w:jc; figures are centred.
var alignments = map[report.Align]string{
	report.Left:    "left",
	report.Centre:  "center",
	report.Justify: "both",
	report.Figure:  "center",
}

// reportTable lays out one of the report's tables across width twips: the
// header row repeats on every page, no row breaks across a page, and the
// total row stays with the row above it (keep-with-next on that row's
// paragraphs), as official tables are printed.
func reportTable(t *report.Table, width int, o Options) table {
	l := columnWidths(t, width, o)
	out := table{style: styleReportTable, grid: l.widths}
	head := tableRow{header: true, cantSplit: true, height: l.headH}
	for i, c := range t.Columns {
		head.cells = append(head.cells, tableCell{
			vertical: l.vertical[i],
			paras:    []para{text(styleTableHeading, c.Heading)},
		})
	}
	out.rows = append(out.rows, head)
	for ri, r := range t.Rows {
		keep := ri+1 < len(t.Rows) && t.Rows[ri+1].Total
		row := tableRow{cantSplit: true}
		for i := range t.Columns {
			s := ""
			if i < len(r.Cells) {
				s = r.Cells[i]
			}
			p := para{style: styleTableText, jc: alignments[t.Columns[i].Align], keepNext: keep,
				runs: []run{{text: s, bold: r.Total}}}
			row.cells = append(row.cells, tableCell{paras: []para{p}})
		}
		out.rows = append(out.rows, row)
	}
	return out
}
