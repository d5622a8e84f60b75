package check

import (
	"io"
	"testing"

	"baocao/internal/gen"
	"baocao/internal/parse"
)

func benchmarkCheck(b *testing.B, rows int) {
	p, diags := parse.Parse("gen.txt", gen.Programme(rows, 1))
	if p == nil || diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := Check(p).WriteText(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCheck1000Rows(b *testing.B)  { benchmarkCheck(b, 1000) }
func BenchmarkCheck10000Rows(b *testing.B) { benchmarkCheck(b, 10000) }
