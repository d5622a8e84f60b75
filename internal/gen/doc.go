// Package gen writes realistic synthetic action programmes for benchmarks and tests.
package gen
