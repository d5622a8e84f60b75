package xlsx

import (
	"fmt"
	"math"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// countRow is one line of a count table.
type countRow struct {
	label string
	count int
}

// kindCounts counts work items per kind, in program.Kinds order, every kind
// listed so the table reads like the programme's Ghi chú.
func kindCounts(items []program.WorkItem) []countRow {
	n := map[program.Kind]int{}
	for _, it := range items {
		n[it.Kind]++
	}
	rows := make([]countRow, 0, len(program.Kinds))
	for _, k := range program.Kinds {
		rows = append(rows, countRow{k.Label(), n[k]})
		delete(n, k)
	}
	for _, it := range items { // kinds outside the list, in item order
		if c, ok := n[it.Kind]; ok {
			rows = append(rows, countRow{it.Kind.Label(), c})
			delete(n, it.Kind)
		}
	}
	return rows
}

// agencyCounts counts work items per lead agency (by key, shown by the first
// name seen), in Vietnamese alphabetical order.
func agencyCounts(items []program.WorkItem) []countRow {
	idx := map[string]int{}
	var rows []countRow
	for _, it := range items {
		i, ok := idx[it.Lead.Key]
		if !ok {
			i = len(rows)
			idx[it.Lead.Key] = i
			name := it.Lead.Name
			if name == "" {
				name = "(không ghi cơ quan)"
			}
			rows = append(rows, countRow{label: name})
		}
		rows[i].count++
	}
	sortVietnamese(rows, func(r countRow) string { return r.label })
	return rows
}

// writeItemStats writes the Thống kê sheet: counts per kind and per lead
// agency, each with a total formula and a native chart beside it.
func writeItemStats(f *excelize.File, st *styleSet, items []program.WorkItem, o AnnexOptions) error {
	m, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	size := o.Font.Size
	widths := []float64{39, 12} // characters, 8 px each at 12 pt
	kinds, agencies := kindCounts(items), agencyCounts(items)

	// Layout: title row, header, kinds, total; blank; title, header, agencies, total.
	kHead := 2
	kFirst, kLast := kHead+1, kHead+len(kinds)
	aTitle := kLast + 3
	aHead := aTitle + 1
	aFirst, aLast := aHead+1, aHead+len(agencies)

	noVary := false
	// The kinds chart fills the rows down to the agencies table, where the
	// agencies chart starts; pixels are 4/3 of points.
	line := m.lineHeightAt(size)
	kindsHeight := uint(float64(aTitle-2)*line*4/3) - 24
	agencyHeight := uint(math.Max(240, float64(len(agencies))*24+90))
	valueAxis := chartAxis(o.Font, false)
	if maxCount(kinds) <= 10 && maxCount(agencies) <= 10 {
		valueAxis.MajorUnit = 1 // no half items on the scale
	}
	if err := f.AddChart(SheetStats, "D2", &excelize.Chart{
		Type: excelize.Col, VaryColors: &noVary,
		Series: []excelize.ChartSeries{{
			Name:       fmt.Sprintf("%s!$B$%d", quoteSheet(SheetStats), kHead),
			Categories: absRange(SheetStats, 1, kFirst, 1, kLast),
			Values:     absRange(SheetStats, 2, kFirst, 2, kLast),
		}},
		Title:     chartTitle("Số phần việc theo loại", o.Font),
		XAxis:     chartAxis(o.Font, false),
		YAxis:     valueAxis,
		Legend:    excelize.ChartLegend{Position: "none"},
		Dimension: excelize.ChartDimension{Width: statsChartWidth, Height: kindsHeight},
		PlotArea:  excelize.ChartPlotArea{ShowVal: true},
	}); err != nil {
		return err
	}
	if len(agencies) > 0 {
		if err := f.AddChart(SheetStats, ref(4, aTitle), &excelize.Chart{
			Type: excelize.Bar, VaryColors: &noVary,
			Series: []excelize.ChartSeries{{
				Name:       fmt.Sprintf("%s!$B$%d", quoteSheet(SheetStats), aHead),
				Categories: absRange(SheetStats, 1, aFirst, 1, aLast),
				Values:     absRange(SheetStats, 2, aFirst, 2, aLast),
			}},
			Title:     chartTitle("Số phần việc theo cơ quan chủ trì", o.Font),
			Legend:    excelize.ChartLegend{Position: "none"},
			Dimension: excelize.ChartDimension{Width: statsChartWidth, Height: agencyHeight},
			PlotArea:  excelize.ChartPlotArea{ShowVal: true},
			// Bars list from the bottom up; reverse so the order matches the table.
			XAxis: chartAxis(o.Font, true),
			YAxis: valueAxis,
		}); err != nil {
			return err
		}
	}
	sw, err := openSheet(f, SheetStats, pageSetup{landscape: true, margins: o.Margins, font: o.Font}, widths)
	if err != nil {
		return err
	}
	table := func(titleRow int, title, col string, rows []countRow) error {
		if err := writeSpanRow(sw, titleRow, len(widths), excelize.Cell{StyleID: st.subtitle, Value: title},
			mb.rowHeight(title, size, textWidth(size, widths...))); err != nil {
			return err
		}
		if err := writeHeader(sw, st, mb, size, titleRow+1, []string{col, "Số phần việc"}, widths); err != nil {
			return err
		}
		total := 0
		for i, r := range rows {
			total += r.count
			if err := sw.SetRow(ref(1, titleRow+2+i), []any{
				excelize.Cell{StyleID: st.text, Value: r.label},
				excelize.Cell{StyleID: st.number, Value: r.count},
			}, excelize.RowOpts{Height: m.rowHeight(r.label, size, textWidth(size, widths[0]))}); err != nil {
				return err
			}
		}
		sum := fmt.Sprintf("SUM(B%d:B%d)", titleRow+2, titleRow+1+len(rows))
		if len(rows) == 0 {
			sum = "0"
		}
		return sw.SetRow(ref(1, titleRow+2+len(rows)), []any{
			excelize.Cell{StyleID: st.header, Value: "Tổng cộng"},
			excelize.Cell{StyleID: st.header, Formula: sum, Value: total},
		}, excelize.RowOpts{Height: mb.lineHeightAt(size)})
	}
	if err := table(kHead-1, "Số phần việc theo loại", "Loại", kinds); err != nil {
		return err
	}
	if err := table(aTitle, "Số phần việc theo cơ quan chủ trì", "Cơ quan chủ trì", agencies); err != nil {
		return err
	}
	return sw.Flush()
}

func maxCount(rows []countRow) int {
	n := 0
	for _, r := range rows {
		n = max(n, r.count)
	}
	return n
}
