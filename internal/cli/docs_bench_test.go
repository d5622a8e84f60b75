package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/cpuclock"
	"baocao/internal/gen"
)

// The document benchmarks the issues name, measured through the commands a
// user runs (parse, review and rendering included, files written to a temp
// folder). cpu-s/op is the process CPU time per run: the targets are CPU
// budgets, and on a shared machine wall time mostly measures the neighbours.

// BenchmarkAnnexBundled: danh-muc.pdf + danh-muc.xlsx of the bundled
// programme (target: under 50 ms together).
func BenchmarkAnnexBundled(b *testing.B) { benchCommand(b, "annex", "--date", "2021-04-02") }

// BenchmarkAnnexBundledByAgency adds one PDF and one workbook per lead agency.
func BenchmarkAnnexBundledByAgency(b *testing.B) {
	benchCommand(b, "annex", "--by", "agency", "--date", "2021-04-02")
}

// BenchmarkQuarterBundled is the whole quarter of the bundled programme and
// its sample ledger: report PDF, report workbook and all agency forms
// (target: under 150 ms of CPU).
func BenchmarkQuarterBundled(b *testing.B) {
	benchCommands(b, [][]string{
		{"report", "--quarter", "2021-Q2", "--date", "2021-06-30"},
		{"forms", "--quarter", "2021-Q2", "--date", "2021-06-30"},
	})
}

// BenchmarkQuarter10000Items is the same for a generated programme of about
// 10,000 work items (8,400 annex rows) with no ledger yet.
func BenchmarkQuarter10000Items(b *testing.B) {
	file := filepath.Join(b.TempDir(), "gen-10000.txt")
	if err := os.WriteFile(file, gen.Programme(8400, 1), 0o644); err != nil {
		b.Fatal(err)
	}
	benchCommands(b, [][]string{
		{"report", file, "--quarter", "2021-Q2", "--date", "2021-06-30"},
		{"forms", file, "--quarter", "2021-Q2", "--date", "2021-06-30"},
	})
}

func benchCommand(b *testing.B, args ...string) { benchCommands(b, [][]string{args}) }

func benchCommands(b *testing.B, cmds [][]string) {
	dir := b.TempDir()
	b.ReportAllocs()
	cpu0 := cpuclock.Process()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, args := range cmds {
			args = append(append([]string(nil), args...), "-q", "-o", filepath.Join(dir, fmt.Sprint(i)))
			if r := cli(b, args...); r.code != ExitOK {
				b.Fatalf("%s", r)
			}
		}
	}
	b.StopTimer()
	b.ReportMetric((cpuclock.Process()-cpu0).Seconds()*1000/float64(b.N), "cpu-ms/op")
}
