package source

import (
	"fmt"
	"testing"
)

// TestTranslatedPositionWords: a Vietnamese reader sees the words of a
// position inside a Word or PDF file in Vietnamese, its numbers and any part
// name kept; the English line is unchanged.
func TestTranslatedPositionWords(t *testing.T) {
	vi := map[string]string{"page": "trang", "line": "dòng", "table": "bảng", "row": "hàng", "cell": "ô",
		"paragraph": "đoạn", "after paragraph": "sau đoạn", "warning": "cảnh báo", "x %d": "y %d"}
	tr := func(format string, args ...any) string {
		if v, ok := vi[format]; ok {
			format = v
		}
		return fmt.Sprintf(format, args...)
	}
	for where, want := range map[string]string{
		"page 3, line 12":        "a.pdf:trang 3, dòng 12: cảnh báo: y 1",
		"table 1, row 4, cell 2": "a.pdf:bảng 1, hàng 4, ô 2: cảnh báo: y 1",
		"after paragraph 7":      "a.pdf:sau đoạn 7: cảnh báo: y 1",
		"word/document.xml":      "a.pdf:word/document.xml: cảnh báo: y 1",
		"page three":             "a.pdf:page three: cảnh báo: y 1",
	} {
		var ds Diagnostics
		ds.Add(Pos{File: "a.pdf", Where: where}, Warning, "c", "x %d", 1)
		if got := ds[0].Translated(tr); got != want {
			t.Errorf("Where %q: got %q, want %q", where, got, want)
		}
		if got := ds[0].String(); got != "a.pdf:"+where+": warning: x 1" {
			t.Errorf("English line of %q changed: %q", where, got)
		}
	}
	// A position given as an argument of the message reads the same way;
	// the diagnostic keeps its English arguments.
	vi["joined with %s (%s ends with %q)"] = "nối với %s (%s kết thúc bằng %q)"
	var ds Diagnostics
	ds.Add(Pos{File: "a.pdf", Where: "page 1, line 41"}, Warning, "c", "joined with %s (%s ends with %q)", "page 2, line 1", "page 1, line 41", "page 9")
	want := `a.pdf:trang 1, dòng 41: cảnh báo: nối với trang 2, dòng 1 (trang 1, dòng 41 kết thúc bằng "page 9")`
	if got := ds[0].Translated(tr); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if ds[0].Text.Args[0] != "page 2, line 1" {
		t.Errorf("the diagnostic's own argument changed: %v", ds[0].Text.Args[0])
	}
}
