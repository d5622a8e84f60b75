package gen

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgrammeDeterministic(t *testing.T) {
	a, b := Programme(50, 7), Programme(50, 7)
	if !bytes.Equal(a, b) {
		t.Error("the same rows and seed gave different text")
	}
	if bytes.Equal(a, Programme(50, 8)) {
		t.Error("another seed gave the same text")
	}
}

func TestProgrammeShape(t *testing.T) {
	text := string(Programme(20, 1))
	if n := strings.Count(text, "TT\tCơ quan phân công chủ trì"); n != 3 {
		t.Errorf("header lines = %d, want 3 (every 8 rows)", n)
	}
	for _, want := range []string{"\n01\t", "\n20\t", "1. Về", "2. Về", "Ghi chú: Chương trình hành động đề ra", "(*", "**"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	if strings.Contains(text, "\n21\t") {
		t.Error("more than 20 rows")
	}
}
