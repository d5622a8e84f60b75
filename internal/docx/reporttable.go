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
	n := len(t.Columns)
	out := table{style: styleReportTable, grid: l.widths, rows: make([]tableRow, 0, len(t.Rows)+1)}
	head := tableRow{header: true, cantSplit: true, height: l.headH, cells: make([]tableCell, n)}
	jc := make([]string, n)
	for i, c := range t.Columns {
		jc[i] = alignments[c.Align]
		head.cells[i] = tableCell{
			vertical: l.vertical[i],
			paras:    []para{text(styleTableHeading, c.Heading)},
		}
	}
	out.rows = append(out.rows, head)
	// The body's cells, each of one paragraph of one run, share three
	// arrays rather than taking three allocations each.
	cells := make([]tableCell, len(t.Rows)*n)
	paras := make([]para, len(t.Rows)*n)
	runs := make([]run, len(t.Rows)*n)
	for ri, r := range t.Rows {
		keep := ri+1 < len(t.Rows) && t.Rows[ri+1].Total
		row := tableRow{cantSplit: true, cells: cells[ri*n : ri*n+n : ri*n+n]}
		for i := range t.Columns {
			k := ri*n + i
			s := ""
			if i < len(r.Cells) {
				s = r.Cells[i]
			}
			runs[k] = run{text: s, bold: r.Total}
			paras[k] = para{style: styleTableText, jc: jc[i], keepNext: keep, runs: runs[k : k+1 : k+1]}
			row.cells[i] = tableCell{paras: paras[k : k+1 : k+1]}
		}
		out.rows = append(out.rows, row)
	}
	return out
}
