package docx

import (
	"fmt"
	"io"
	"testing"

	"baocao/internal/cpuclock"
	"baocao/internal/report"
)

// BenchmarkLargeAppendix renders a report whose Phụ lục lists 2,000 items
// (the size of the generated stress programme), which sizes its columns
// step by step over every row.
func BenchmarkLargeAppendix(b *testing.B) {
	benchReport(b, largeSample())
}

// largeSample is the sample with 2,000 items in its Phụ lục.
func largeSample() *report.Report {
	r := sample()
	items := r.Appendix[3].Table
	rows := items.Rows
	items.Rows = nil
	for i := range 2000 {
		row := rows[i%len(rows)]
		cells := append([]string(nil), row.Cells...)
		cells[0] = fmt.Sprint(i + 1)
		items.Rows = append(items.Rows, report.Row{Cells: cells, Status: row.Status})
	}
	return r
}

// BenchmarkReport renders the sample report (a quarter's report with its
// tables, chart and a Phụ lục of a few dozen items): the Word document
// baocao writes for each programme and quarter.
func BenchmarkReport(b *testing.B) {
	benchReport(b, sample())
}

// benchReport renders r b.N times, reporting the process's CPU time per
// report (cpu-ms/op): on a shared machine it says more than the wall time.
func benchReport(b *testing.B, r *report.Report) {
	b.ReportAllocs()
	b.ResetTimer()
	before := cpuclock.Process()
	for range b.N {
		if err := Report(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuclock.Process()-before).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkColumnWidths sizes the columns of the sample's tables and of
// the 2,000-item Phụ lục: the layout alone, without writing.
func BenchmarkColumnWidths(b *testing.B) {
	var tables []*report.Table
	for _, r := range []*report.Report{sample(), largeSample()} {
		for _, bl := range append(append([]report.Block{}, r.Body...), r.Appendix...) {
			if bl.Table != nil {
				tables = append(tables, bl.Table)
			}
		}
	}
	o := Options{}.withDefaults()
	b.ReportAllocs()
	b.ResetTimer()
	before := cpuclock.Process()
	for range b.N {
		for _, t := range tables {
			columnWidths(t, o.textWidth(true), o)
		}
	}
	b.ReportMetric(float64((cpuclock.Process()-before).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}
