// Package gctune trades memory for CPU in baocao's processes: no garbage collection while a command warms up, then Go's collector at a chosen pace.
package gctune

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"sync/atomic"
)

// Hold trades memory for CPU, unless the user set GOGC or GOMEMLIMIT:
//   - No collection until the Go heap first reaches Warmup. A command on
//     one programme allocates about 20 MB all told and keeps less than that
//     live, so the collector only cost CPU there: a quarter of the bundled
//     annex's 55 ms (43 ms without; 25 MB peak RSS either way).
//   - Then collecting when the heap has grown by percent of the live heap.
//     run passes 200: the renderers allocate about 70 MB of short-lived
//     garbage per programme (compression buffers, parsed fonts) while the
//     live heap stays near 30 MB, so collecting at twice the live heap cut
//     the CPU time of 100 programmes by about a tenth for ~60 MB more peak
//     memory (measured with GOGC=100/200/300/400). The single-programme
//     commands keep 100: for a 10,000-row annex 200 raised the peak RSS
//     from 145 to 180 MB for no clear gain in CPU.
//
// The switch happens in a finalizer, which the runtime runs after the
// first collection (the one the memory limit triggers). A second call
// starts the warm-up again; should both sentinels still be waiting, their
// finalizers run after the same collection in no set order, so both set
// the percent of the last call, kept in afterWarmup.
func Hold(percent int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	afterWarmup.Store(int32(percent))
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(Warmup)
	sentinel := new(gcSentinel)
	runtime.SetFinalizer(sentinel, func(*gcSentinel) {
		debug.SetGCPercent(int(afterWarmup.Load()))
		debug.SetMemoryLimit(math.MaxInt64)
	})
}

// init holds the collector from the start of initialization: the
// packages' tables (about 3 MB, half of it excelize's) brought the heap to
// Go's first trigger (3-4 MB), and a third of the runs of a short command
// paid for a collection of data that all stays live. Go initializes the
// packages in the order of their import paths among those whose imports
// are initialized, so this one, which imports only basic packages of the
// standard library, runs before most others, excelize's included
// (GODEBUG=inittrace=1 prints the order).
func init() { Hold(100) }

// afterWarmup is the percent of the last Hold.
var afterWarmup atomic.Int32

// Warmup is the Go memory at which the first collection runs.
const Warmup = 64 << 20

// gcSentinel is an object no one keeps, big enough not to be batched with
// others by the tiny allocator (whose objects' finalizers may never run).
type gcSentinel struct{ _ [32]byte }
