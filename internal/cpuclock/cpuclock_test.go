package cpuclock

import "testing"

// Busy work moves the clock forward: a clock stuck at 0 or going back
// would make every cpu-ms/op figure a lie.
func TestProcessAdvances(t *testing.T) {
	start := Process()
	if start <= 0 {
		t.Skip("this system does not report CPU time")
	}
	x := 0
	for Process()-start < 5e6 { // 5 ms of CPU
		for i := range 100000 {
			x += i
		}
	}
	if x == 0 || Process() < start {
		t.Fatal("the clock went back")
	}
}
