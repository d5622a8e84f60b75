//go:build !unix

package parse

import "time"

// cpuTime is not measured here; the benchmarks' cpu-ms/op reads 0.
func cpuTime() time.Duration { return 0 }
