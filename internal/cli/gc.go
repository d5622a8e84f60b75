package cli

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
)

// tuneGC trades memory for CPU, unless the user set GOGC or GOMEMLIMIT:
//   - No collection until the Go heap first reaches gcWarmup. A command on
//     one programme allocates about 20 MB all told and keeps less than that
//     live, so the collector only cost CPU there: a quarter of the bundled
//     annex's 55 ms (43 ms without; 25 MB peak RSS either way).
//   - Then collecting when the heap has grown by percent of the live heap.
//     run passes 200: the renderers allocate about 70 MB of short-lived
//     garbage per programme (compression buffers, parsed fonts) while the
//     live heap stays near 30 MB, so collecting at twice the live heap cut
//     the CPU time of 100 programmes by about a tenth for ~60 MB more peak
//     memory (measured with GOGC=100/200/300/400). The single-programme
//     commands pass 100, Go's default: for a 10,000-row annex 200 raised
//     the peak RSS from 145 to 180 MB for no clear gain in CPU.
//
// The switch happens in a finalizer, which the runtime runs after the
// first collection (the one the memory limit triggers).
func tuneGC(percent int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(gcWarmup)
	sentinel := new(gcSentinel)
	runtime.SetFinalizer(sentinel, func(*gcSentinel) {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(math.MaxInt64)
	})
}

// gcWarmup is the Go memory at which the first collection runs.
const gcWarmup = 64 << 20

// gcSentinel is an object no one keeps, big enough not to be batched with
// others by the tiny allocator (whose objects' finalizers may never run).
type gcSentinel struct{ _ [32]byte }
