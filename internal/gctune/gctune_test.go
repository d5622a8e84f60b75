package gctune

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// restore puts Go's defaults back after a test changed them.
func restore(t *testing.T) {
	t.Cleanup(func() {
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(int64(^uint64(0) >> 1))
	})
}

// After Hold the collector is off until the heap reaches Warmup; the first
// collection then switches it to the percent of the last Hold, with no
// memory limit left.
func TestHoldSwitchesAfterTheFirstCollection(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	restore(t)
	Hold(100)
	Hold(150) // a second call (run's) wins, whichever finalizer runs last
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Fatalf("while held the GC percent is %d, want -1 (off)", p)
	}
	if l := debug.SetMemoryLimit(-1); l != Warmup {
		t.Fatalf("while held the memory limit is %d, want %d", l, Warmup)
	}
	runtime.GC() // as the limit would: the sentinels are unreachable
	deadline := time.Now().Add(10 * time.Second)
	for {
		p := debug.SetGCPercent(-1)
		debug.SetGCPercent(p)
		if p == 150 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the first collection the GC percent is %d, want 150", p)
		}
		runtime.GC() // finalizers run on their own goroutine
		time.Sleep(time.Millisecond)
	}
	if l := debug.SetMemoryLimit(-1); l != int64(^uint64(0)>>1) {
		t.Errorf("after the warm-up the memory limit is %d, want none", l)
	}
}

// GOGC or GOMEMLIMIT in the environment is the user's choice: Hold leaves
// the collector alone.
func TestHoldKeepsTheUsersSetting(t *testing.T) {
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		t.Run(env, func(t *testing.T) {
			restore(t)
			t.Setenv(env, "200")
			debug.SetGCPercent(123)
			Hold(100)
			if p := debug.SetGCPercent(100); p != 123 {
				t.Errorf("with %s set, Hold changed the GC percent to %d", env, p)
			}
		})
	}
}
