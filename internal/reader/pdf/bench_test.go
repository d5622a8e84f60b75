package pdf_test

import (
	"bytes"
	"fmt"
	"testing"

	"baocao/internal/cpuclock"
	"baocao/internal/gen"
	"baocao/internal/parse"
	render "baocao/internal/pdf"
	"baocao/internal/reader/pdf"
)

// annexPDF renders the Danh mục of a synthetic programme with rows rows,
// as baocao gen --rows N and baocao annex would.
func annexPDF(tb testing.TB, rows int) []byte {
	tb.Helper()
	p, diags := parse.Parse("gen.txt", gen.Programme(rows, 1))
	if p == nil || diags.HasErrors() {
		tb.Fatalf("generated programme does not parse: %v", diags.Err())
	}
	var buf bytes.Buffer
	if err := render.Annex(&buf, p, render.AnnexOptions{}); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkRead reads annexes of about 25, 50 and 100 pages (one table per page) (the issue's
// target: a 100-page PDF in under 300 ms on two cores).
func BenchmarkRead(b *testing.B) {
	for _, rows := range []int{250, 500, 1000} {
		data := annexPDF(b, rows)
		doc, _, err := pdf.Read("gen.pdf", data)
		if err != nil {
			b.Fatal(err)
		}
		pages := 0
		for _, bl := range doc.Blocks {
			if bl.Table != nil {
				pages++
			}
		}
		b.Run(fmt.Sprintf("rows=%d/pages=%d", rows, pages), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			// CPU time as well as wall time: on a machine shared with
			// other work the wall time says more about the neighbours.
			before := cpuclock.Process()
			for b.Loop() {
				if _, _, err := pdf.Read("gen.pdf", data); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64((cpuclock.Process()-before).Milliseconds())/float64(b.N), "cpu-ms/op")
		})
	}
}
