package golden

import (
	"strings"
	"testing"
)

func TestDiffNamesTheFirstDifferingLines(t *testing.T) {
	got := Diff([]byte("a\nb\nc\n"), []byte("a\nB\nc\nd\n"))
	for _, want := range []string{"line 2:\n- b\n+ B\n", "line 4:\n- \n+ d\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("Diff = %q, lacks %q", got, want)
		}
	}
	if strings.Contains(got, "line 1") || strings.Contains(got, "line 3") {
		t.Errorf("Diff shows equal lines: %q", got)
	}
	if Diff([]byte("same"), []byte("same")) != "" {
		t.Error("equal input gives a diff")
	}
}

func TestCheckAgainstItsOwnGolden(t *testing.T) {
	Check(t, "sample.golden", []byte("golden files are compared byte for byte\n"))
}
