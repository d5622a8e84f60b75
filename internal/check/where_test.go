package check

import (
	"fmt"
	"strings"
	"testing"
)

// TestWriteTextTranslatesPlaces: a row's place inside a PDF or Word file
// ("page 2, line 9") is printed in the reader's words, as the diagnostics'
// places are.
func TestWriteTextTranslatesPlaces(t *testing.T) {
	vi := map[string]string{"page": "trang", "line": "dòng"}
	tr := func(format string, args ...any) string {
		if v, ok := vi[format]; ok {
			format = v
		}
		return fmt.Sprintf(format, args...)
	}
	r := Report{place: func(n int) string { return fmt.Sprintf("page 2, line %d", n) },
		Unplaced: []Unplaced{{Line: 9, Message: "item 1.1.1 names no product kind"}}}
	var b strings.Builder
	if err := r.WriteTextIn(&b, tr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "trang 2, dòng 9: item 1.1.1") {
		t.Errorf("place not in the reader's words:\n%s", b.String())
	}
	b.Reset()
	if err := r.WriteTextIn(&b, fmt.Sprintf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "page 2, line 9: item 1.1.1") {
		t.Errorf("English place changed:\n%s", b.String())
	}
}
