// Package lazyre compiles a regular expression on its first use, so that a short command pays only for the expressions it uses.
package lazyre

import (
	"regexp"
	"slices"
	"sync"
)

// New returns a function that gives expr compiled, compiling it on the
// first call; safe for concurrent use. Package-level expressions compiled
// by regexp.MustCompile cost every start-up about a millisecond, for
// expressions most commands never use (a deadline written by month, a
// flag's error, an import's folder names). A bad expression panics on
// first use as MustCompile would have at start-up; TestLazyRegexpsCompile
// (internal/cli, which links every package) compiles all of them.
func New(expr string) func() *regexp.Regexp {
	mu.Lock()
	exprs = append(exprs, expr)
	mu.Unlock()
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

var (
	mu    sync.Mutex
	exprs []string
)

// Exprs lists the expressions New was given, in the order it was called.
func Exprs() []string {
	mu.Lock()
	defer mu.Unlock()
	return slices.Clone(exprs)
}
