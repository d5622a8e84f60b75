package parse

import (
	"fmt"
	"testing"
	"time"

	"baocao/internal/cpuclock"
	"baocao/internal/gen"
	"baocao/internal/program"
	"baocao/seeds"
)

// A generated programme parses without errors, every task links to its
// own row, and the work items found match the counts its Ghi chú declares.
func TestGeneratedProgramme(t *testing.T) {
	for _, rows := range []int{1, 27, 1000} {
		t.Run(fmt.Sprint(rows), func(t *testing.T) {
			p, diags := Parse("gen.txt", gen.Programme(rows, 42))
			if p == nil || diags.HasErrors() {
				t.Fatalf("diagnostics:\n%s", diagText(diags))
			}
			if len(diags) != 0 {
				t.Errorf("warnings on a clean generated text:\n%s", diagText(diags))
			}
			if len(p.Annex.Rows) != rows {
				t.Fatalf("rows = %d, want %d", len(p.Annex.Rows), rows)
			}
			for _, r := range p.Annex.Rows {
				if r.Task != r.Number {
					t.Fatalf("row %s linked to task %d", r.TT, r.Task)
				}
			}
			found := map[program.Kind]int{}
			for _, w := range p.WorkItems {
				found[w.Kind]++
			}
			for _, d := range p.Declared {
				n := 0
				for _, k := range d.Kinds {
					n += found[k]
				}
				if n != d.Count {
					t.Errorf("%q declares %d, found %d", d.Text, d.Count, n)
				}
			}
			if len(p.WorkItems) != p.DeclaredTotal {
				t.Errorf("work items = %d, declared %d", len(p.WorkItems), p.DeclaredTotal)
			}
		})
	}
}

func BenchmarkParseBundled(b *testing.B) {
	data, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	cpu0 := cpuclock.Process()
	for b.Loop() {
		if p, _ := Parse("seed.txt", data); p == nil {
			b.Fatal("no programme")
		}
	}
	reportCPU(b, cpu0)
}

// reportCPU reports the process CPU time per parse since cpu0, garbage
// collection included: on a shared machine it says more than the wall time.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric((cpuclock.Process()-cpu0).Seconds()*1000/float64(b.N), "cpu-ms/op")
}

func benchmarkRows(b *testing.B, rows int) {
	data := gen.Programme(rows, 1)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	cpu0 := cpuclock.Process()
	for b.Loop() {
		if p, _ := Parse("gen.txt", data); p == nil || len(p.Annex.Rows) != rows {
			b.Fatal("generated programme did not parse")
		}
	}
	reportCPU(b, cpu0)
}

func BenchmarkParse1000Rows(b *testing.B)  { benchmarkRows(b, 1000) }
func BenchmarkParse10000Rows(b *testing.B) { benchmarkRows(b, 10000) }

// BenchmarkParse10800Rows parses the programme of the 10,800-row annex
// benchmark (internal/cli: baocao gen --rows 10800, seed 1).
func BenchmarkParse10800Rows(b *testing.B) { benchmarkRows(b, 10800) }
