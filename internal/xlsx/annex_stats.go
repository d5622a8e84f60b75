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
	widths := statsWidths
	l := newStatsLayout(m, items, size)
	agencies := l.agencies
	kHead, kFirst, kLast := l.kHead, l.kFirst, l.kLast
	aTitle, aHead, aFirst, aLast := l.aTitle, l.aHead, l.aFirst, l.aLast
	kindsHeight, agencyHeight := l.kindsHeight, l.agencyHeight

	noVary := false
	valueAxis := chartAxis(o.Font, false)
	if l.unitScale {
		valueAxis.MajorUnit = 1 // no half items on the scale
	}
	if err := f.AddChart(SheetStats, "D2", &excelize.Chart{
		Type: excelize.Col, VaryColors: &noVary,
		Series: []excelize.ChartSeries{{
			Name:       fmt.Sprintf("%s!$B$%d", quoteSheet(SheetStats), kHead),
			Categories: absRange(SheetStats, 1, kFirst, 1, kLast),
			Values:     absRange(SheetStats, 2, kFirst, 2, kLast),
		}},
		Title:     chartTitle(statsKindsTitle, o.Font),
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
			Title:     chartTitle(statsAgenciesTitle, o.Font),
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
		if err := writeHeader(sw, st, mb, size, titleRow+1, []string{col, statsCountHeading}, widths); err != nil {
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
		return sw.SetRow(ref(1, titleRow+2+len(rows)), []any{
			excelize.Cell{StyleID: st.header, Value: statsTotalLabel},
			excelize.Cell{StyleID: st.header, Formula: statsSum(titleRow, len(rows)), Value: total},
		}, excelize.RowOpts{Height: mb.lineHeightAt(size)})
	}
	for _, t := range l.tables() {
		if err := table(t.titleRow, t.title, t.heading, t.rows); err != nil {
			return err
		}
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

// statsWidths are the Thống kê columns in characters (8 px each at 12 pt).
var statsWidths = []float64{39, 12}

// statsLayout places the Thống kê sheet's two tables and charts.
type statsLayout struct {
	kinds, agencies           []countRow
	kHead, kFirst, kLast      int // the kinds table's header, first and last count rows
	aTitle, aHead             int // the agencies table's title and header rows
	aFirst, aLast             int // its first and last count rows
	kindsHeight, agencyHeight uint
	unitScale                 bool // counts of 10 or less: whole numbers on the value axis
}

// newStatsLayout lays out the tables: title row, header, kinds, total;
// blank; title, header, agencies, total.
func newStatsLayout(m *fontMetrics, items []program.WorkItem, size float64) statsLayout {
	l := statsLayout{kinds: kindCounts(items), agencies: agencyCounts(items), kHead: 2}
	l.kFirst, l.kLast = l.kHead+1, l.kHead+len(l.kinds)
	l.aTitle = l.kLast + 3
	l.aHead = l.aTitle + 1
	l.aFirst, l.aLast = l.aHead+1, l.aHead+len(l.agencies)
	// The kinds chart fills the rows down to the agencies table, where the
	// agencies chart starts; pixels are 4/3 of points.
	line := m.lineHeightAt(size)
	l.kindsHeight = uint(float64(l.aTitle-2)*line*4/3) - 24
	l.agencyHeight = uint(math.Max(240, float64(len(l.agencies))*24+90))
	l.unitScale = maxCount(l.kinds) <= 10 && maxCount(l.agencies) <= 10
	return l
}

// statsSum is the total's formula of a count table whose title is at
// titleRow.
func statsSum(titleRow, rows int) string {
	if rows == 0 {
		return "0"
	}
	return fmt.Sprintf("SUM(B%d:B%d)", titleRow+2, titleRow+1+rows)
}

// The Thống kê tables' titles, also the charts' titles.
const (
	statsKindsTitle    = "Số phần việc theo loại"
	statsAgenciesTitle = "Số phần việc theo cơ quan chủ trì"
	statsCountHeading  = "Số phần việc"
	statsTotalLabel    = "Tổng cộng"
)

// statsTable is one count table: its title row, title, first heading and rows.
type statsTable struct {
	titleRow       int
	title, heading string
	rows           []countRow
}

func (l *statsLayout) tables() [2]statsTable {
	return [2]statsTable{
		{l.kHead - 1, statsKindsTitle, "Loại", l.kinds},
		{l.aTitle, statsAgenciesTitle, "Cơ quan chủ trì", l.agencies},
	}
}
