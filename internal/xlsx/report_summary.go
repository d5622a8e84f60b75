package xlsx

import (
	"fmt"
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/internal/report"
)

// summaryBlock is one table of the summary sheet: counts per group.
type summaryBlock struct {
	title, column string
	statusCol     int                    // status sheet column holding the group label
	groups        []report.GroupData     // the model's groups, for order and labels
	label         func(reportRow) string // the row's group label
}

// summaryWidths: group, total, one per status, completion rate.
func summaryWidths(statuses int) []float64 {
	w := []float64{35, 8} // characters, 8 px each at 12 pt
	for range statuses {
		w = append(w, 11)
	}
	return append(w, 10)
}

// writeSummarySheet writes per area, per lead agency and per kind: the
// total and the count of each status as COUNTIFS over the status sheet, a
// completion rate, totals, and a stacked bar chart per area by status.
// Each formula cell also carries the value we counted, so a viewer that
// does not recalculate (LibreOffice by default, previewers) shows numbers.
func writeSummarySheet(f *excelize.File, st *styleSet, m *report.Report, rows []reportRow, o ReportOptions) error {
	mr, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	size := o.Font.Size
	widths := summaryWidths(len(m.Statuses))
	lastCol := len(widths)
	lay := newStatusLayout(len(rows))
	statusRange := absRange(SheetStatus, colStatus, lay.first, colStatus, lay.last)
	doneCols := []int{}
	for i, s := range m.Statuses {
		if s.Code.Done() {
			doneCols = append(doneCols, 3+i)
		}
	}

	wb, d := m.Workbook, m.Data
	blocks := []summaryBlock{
		{wb.ByArea, m.Headings["col.area"], colArea, d.Areas, func(x reportRow) string { return x.it.Area }},
		{wb.ByAgency, m.Headings["col.agency"], colLead, d.Agencies, func(x reportRow) string { return x.it.Agency }},
		{wb.ByKind, m.Headings["col.kind"], colKind, d.Kinds, func(x reportRow) string { return x.it.Kind }},
	}

	// Place every block first: the chart needs the area block's rows
	// before the stream writer starts.
	type placed struct {
		summaryBlock
		labels                 []string
		titleRow, header, last int
	}
	var pl []placed
	row := 4
	for _, b := range blocks {
		labels := blockLabels(b, rows)
		p := placed{summaryBlock: b, labels: labels, titleRow: row, header: row + 1}
		p.last = p.header + len(labels)
		pl = append(pl, p)
		row = p.last + 3 // total row, blank row
	}
	chartRow := row
	// A chart needs a bar and a status with items to show.
	hasChart := len(pl[0].labels) > 0 && len(areaChart(m).Statuses) > 0

	if a := pl[0]; hasChart {
		var series []excelize.ChartSeries
		// The legend's statuses are the model's chart's: those with items.
		col := map[string]int{}
		for i, s := range m.Statuses {
			col[string(s.Code)] = 3 + i
		}
		for _, s := range areaChart(m).Statuses {
			col := col[string(s.Code)]
			series = append(series, excelize.ChartSeries{
				Name:       fmt.Sprintf("%s!$%s$%d", quoteSheet(SheetSummary), colName(col), a.header),
				Categories: absRange(SheetSummary, 1, a.header+1, 1, a.last),
				Values:     absRange(SheetSummary, col, a.header+1, col, a.last),
				Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{s.Fill.Hex()}},
				// Figures at the document size, white on a dark fill, as in the PDF's chart.
				DataLabel: excelize.ChartDataLabel{Font: excelize.Font{Family: o.Font.Name, Size: o.Font.Size, Color: labelColour(s)}},
			})
		}
		if err := f.AddChart(SheetSummary, ref(1, chartRow+1), &excelize.Chart{
			Type:      excelize.BarStacked,
			Series:    series,
			Title:     chartTitle(wb.Chart, o.Font),
			Legend:    excelize.ChartLegend{Position: "bottom", Font: &excelize.Font{Family: o.Font.Name, Size: o.Font.Size}},
			Dimension: excelize.ChartDimension{Width: anchorColumns(len(widths)), Height: uint(math.Max(300, float64(len(a.labels))*40+140))},
			XAxis:     chartAxis(o.Font, true),
			YAxis:     chartAxis(o.Font, false),
			// "0;;;" hides the labels of empty segments.
			PlotArea: excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0;;;"}},
		}); err != nil {
			return err
		}
	}
	sw, err := openSheet(f, SheetSummary, pageSetup{landscape: true, margins: o.Margins, font: o.Font}, widths)
	if err != nil {
		return err
	}
	// The chart starts on a page of its own rather than being cut.
	if hasChart {
		if err := sw.InsertPageBreak(ref(1, chartRow)); err != nil {
			return err
		}
	}
	full := textWidth(size, widths...)
	// Both lines are measured bold: wider than the italic caption, so its
	// row is never short.
	if err := writeTitleLines(sw, []titleLine{{wb.SummaryTitle, st.title, mb}, {wb.SummaryCaption, st.caption, mb}}, lastCol, size, full); err != nil {
		return err
	}
	header := []string{"", m.Headings["col.total"]}
	header = append(header, statusLabels(m)...)
	header = append(header, m.Headings["col.done_rate"])
	for _, b := range pl {
		if err := writeSpanRow(sw, b.titleRow, lastCol, excelize.Cell{StyleID: st.subtitle, Value: b.title},
			mb.lineHeightAt(size)); err != nil {
			return err
		}
		header[0] = b.column
		if err := writeHeader(sw, st, mb, size, b.header, header, widths); err != nil {
			return err
		}
		tallied := countByLabel(m, rows, b.label)
		groupRange := absRange(SheetStatus, b.statusCol, lay.first, b.statusCol, lay.last)
		totals := make([]int, len(m.Statuses)+1)
		sr := newSheetRows()
		for i, label := range b.labels {
			rr := b.header + 1 + i
			crit := countifsCriterion(fmt.Sprintf("$A%d", rr), label)
			counts := make([]int, len(m.Statuses))
			total := 0
			if c := tallied[label]; c != nil {
				total, counts = c[0], c[1:]
			}
			vals := []any{
				excelize.Cell{StyleID: st.text, Value: label},
				excelize.Cell{StyleID: st.number, Value: total, Formula: fmt.Sprintf("COUNTIFS(%s,%s)", groupRange, crit)},
			}
			totals[0] += total
			for si := range m.Statuses {
				col := 3 + si
				vals = append(vals, excelize.Cell{StyleID: st.number, Value: counts[si],
					Formula: fmt.Sprintf("COUNTIFS(%s,%s,%s,%s$%d)", groupRange, crit, statusRange, colName(col), b.header)})
				totals[si+1] += counts[si]
			}
			vals = append(vals, rateCell(st.percent, rr, total, counts, doneCols))
			sr.add(rr, vals, mr.rowHeight(label, size, textWidth(size, widths[0])))
		}
		tr := b.last + 1
		vals := []any{excelize.Cell{StyleID: st.header, Value: m.Headings["col.sum"]}}
		for c := 2; c < lastCol; c++ {
			sum := fmt.Sprintf("SUM(%s:%s)", ref(c, b.header+1), ref(c, max(b.last, b.header+1)))
			if len(b.labels) == 0 {
				sum = "0"
			}
			vals = append(vals, excelize.Cell{StyleID: st.header, Value: totals[c-2], Formula: sum})
		}
		vals = append(vals, rateCell(st.percent, tr, totals[0], totals[1:], doneCols))
		sr.add(tr, vals, mb.lineHeightAt(size))
		if err := sr.flush(f, sw, SheetSummary); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// rateCell is the completion rate of a summary row: done items over the
// total, 0 when there are none.
func rateCell(style, row, total int, counts []int, doneCols []int) excelize.Cell {
	done := 0
	parts := make([]string, len(doneCols))
	for i, c := range doneCols {
		done += counts[c-3]
		parts[i] = ref(c, row)
	}
	rate := 0.0
	if total > 0 {
		rate = float64(done) / float64(total)
	}
	return excelize.Cell{StyleID: style, Value: rate,
		Formula: fmt.Sprintf("IF(B%d=0,0,(%s)/B%d)", row, strings.Join(parts, "+"), row)}
}

// blockLabels lists the block's group labels in the review's order, then
// any label a row carries that no group names (so no item goes uncounted).
func blockLabels(b summaryBlock, rows []reportRow) []string {
	seen := map[string]bool{}
	var labels []string
	for _, g := range b.groups {
		if !seen[g.Label] {
			seen[g.Label] = true
			labels = append(labels, g.Label)
		}
	}
	for _, x := range rows {
		if l := b.label(x); !seen[l] {
			seen[l] = true
			labels = append(labels, l)
		}
	}
	return labels
}

// countByLabel counts rows per group label: [total, one per status].
func countByLabel(m *report.Report, rows []reportRow, label func(reportRow) string) map[string][]int {
	idx := map[string]int{}
	for i, s := range m.Statuses {
		idx[string(s.Code)] = i
	}
	out := map[string][]int{}
	for _, x := range rows {
		l := label(x)
		c := out[l]
		if c == nil {
			c = make([]int, len(m.Statuses)+1)
			out[l] = c
		}
		c[0]++
		if i, ok := idx[string(x.status)]; ok {
			c[1+i]++
		}
	}
	return out
}

// areaChart is the model's chart by area, whose legend the summary's chart
// shows; an empty chart when the model has none.
func areaChart(m *report.Report) *report.Chart {
	for _, c := range m.Charts {
		if c != nil && c.Name == "areas" {
			return c
		}
	}
	return &report.Chart{}
}
