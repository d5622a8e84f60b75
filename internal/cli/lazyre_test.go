package cli

import (
	"regexp"
	"testing"

	"baocao/internal/lazyre"
)

// TestLazyRegexpsCompile compiles every expression the packages compile
// on first use (lazyre): a bad one would otherwise panic only when its
// rare path runs. This package links them all.
func TestLazyRegexpsCompile(t *testing.T) {
	exprs := lazyre.Exprs()
	if len(exprs) < 25 {
		t.Fatalf("only %d expressions registered: the packages using lazyre are not all linked", len(exprs))
	}
	for _, e := range exprs {
		if _, err := regexp.Compile(e); err != nil {
			t.Errorf("%q: %v", e, err)
		}
	}
}
