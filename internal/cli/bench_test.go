package cli

import (
	"fmt"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"baocao/internal/cpuclock"
)

// BenchmarkRun100Programmes is 'baocao run' over 100 copies of the bundled
// programme (each with its own number), into a fresh output folder each
// time: parse, review, annex, report and ten agency forms for each, all
// written, synced and hashed. Besides ns/op it reports the process CPU time
// per run (cpu-s/op: on a shared machine the wall time says more about the
// neighbours than about baocao; on two idle cores wall ≈ cpu-s/2 plus disk
// syncs) and sys-MB, the memory the Go runtime obtained from the system by
// the end (a ceiling on the peak heap). For the binary's peak RSS use
// /usr/bin/time -v baocao run (see docs/operations.md).
//
// Each run alternates with the run's floor (see floorSet: the same files'
// parts compressed at the same level and the files written and synced),
// and x-floor is baocao's CPU over the floor's: what baocao costs beyond
// the work itself, measured in one run so that a busy machine weighs on
// both alike. floor-cpu-s/op is the floor alone. sys-MB now also holds the
// floor's buffers (a batch of unpacked parts is 32 MB); for baocao's own
// memory use /usr/bin/time around the binary.
func BenchmarkRun100Programmes(b *testing.B) {
	cfg, out := runSetup(b, 100, "")
	if r := cli(b, "run", "--config", cfg, "--date", "2021-06-30", "-q", "-o", filepath.Join(out, "first")); r.code != ExitOK {
		b.Fatalf("%s", r)
	}
	floor := loadFloor(b, filepath.Join(out, "first"))
	b.ReportAllocs()
	var own, low time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cpu0 := cpuclock.Process()
		r := cli(b, "run", "--config", cfg, "--date", "2021-06-30", "-q", "-o", filepath.Join(out, fmt.Sprint(i)))
		if r.code != ExitOK {
			b.Fatalf("%s", r)
		}
		own += cpuclock.Process() - cpu0
		b.StopTimer()
		low += floor.do(b, filepath.Join(out, "floor", fmt.Sprint(i)))
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(own.Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(low.Seconds()/float64(b.N), "floor-cpu-s/op")
	b.ReportMetric(own.Seconds()/low.Seconds(), "x-floor")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
}
