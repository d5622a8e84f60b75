package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
)

// BenchmarkRun100Programmes is 'baocao run' over 100 copies of the bundled
// programme (each with its own number), into a fresh output folder each
// time: parse, review, annex, report and forms for all, written and hashed.
// The sys-MB metric is the memory the Go runtime obtained from the system
// by the end (a ceiling on the peak heap); run-to-run peak RSS of the binary
// is best read with /usr/bin/time -v.
func BenchmarkRun100Programmes(b *testing.B) {
	cfg, out := runSetup(b, 100, "")
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r := cli(b, "run", "--config", cfg, "--date", "2021-06-30", "-q", "-o", filepath.Join(out, fmt.Sprint(i)))
		if r.code != ExitOK {
			b.Fatalf("%s", r)
		}
	}
	b.StopTimer()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}
