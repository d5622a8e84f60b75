package docx

import (
	"fmt"
	"io"
	"testing"

	"baocao/internal/report"
)

// BenchmarkLargeAppendix renders a report whose Phụ lục lists 2,000 items
// (the size of the generated stress programme), which sizes its columns
// step by step over every row.
func BenchmarkLargeAppendix(b *testing.B) {
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
	b.ResetTimer()
	for range b.N {
		if err := Report(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
