package lazyre

import (
	"slices"
	"sync"
	"testing"
)

// The expression is compiled once, on first use, and the same compiled
// expression is shared by concurrent first users.
func TestNewCompilesOnceOnFirstUse(t *testing.T) {
	const expr = `^quý\s+(iv|iii|ii|i)$`
	re := New(expr)
	if !slices.Contains(Exprs(), expr) {
		t.Fatalf("Exprs does not list %q", expr)
	}
	got := make([]any, 8)
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := re()
			if m := r.FindStringSubmatch("quý  iii"); len(m) != 2 || m[1] != "iii" {
				t.Errorf("match: %q", m)
			}
			got[i] = r
		}()
	}
	wg.Wait()
	for _, r := range got[1:] {
		if r != got[0] {
			t.Fatal("compiled more than once")
		}
	}
}

func TestBadExpressionPanicsOnFirstUse(t *testing.T) {
	re := New(`(unclosed`)
	defer func() {
		if recover() == nil {
			t.Error("a bad expression did not panic")
		}
	}()
	re()
}
