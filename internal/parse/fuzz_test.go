package parse

import (
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/source"
)

// FuzzParse: any bytes give no panic, and every diagnostic points inside
// the input (line 0 for the whole file up to the number of lines).
func FuzzParse(f *testing.F) {
	f.Add(seedBytes(f))
	second, err := os.ReadFile(filepath.Join("testdata", "12-CTr-HU-2022.txt"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(second)
	f.Add([]byte("TT\tCơ quan chủ trì\tNội dung\tThời gian thực hiện\n01\tBan\tĐề án\tquý II-2021\n"))
	// no annex: tasks numbered in the body, assigned on the next line or in brackets
	f.Add([]byte("1. Xây dựng Kế hoạch A.\n- Chủ trì: Sở A; phối hợp: Sở C; thời gian: quý II/2022.\n2. Ban hành Quy chế B (Chủ trì: Sở B; thời gian: tháng 6/2022).\n"))
	// a space-aligned annex whose deadline runs into the lead one space apart
	f.Add([]byte("TT   Nội dung        Sản phẩm  Thời hạn    Cơ quan chủ trì\n\n1    Hỗ trợ chuyển Chương        Hằng năm Ban Tổ chức\n     đổi số        trình                  Thành ủy\n"))
	f.Add([]byte("\xff\xfeT\x00T\x00"))
	f.Add([]byte(""))
	f.Fuzz(func(t *testing.T, data []byte) {
		p, diags := Parse("f.txt", data)
		lines := inputLines(data)
		for _, d := range diags {
			if d.Code == "internal" {
				t.Fatalf("recovered panic: %v", d)
			}
			if d.Pos.Line < 0 || d.Pos.Line > max(lines, 1) {
				t.Fatalf("diagnostic outside the input of %d lines: %v", lines, d)
			}
			if d.Pos.File != "f.txt" {
				t.Fatalf("diagnostic names file %q", d.Pos.File)
			}
		}
		if p == nil && !diags.HasErrors() {
			t.Fatal("no programme and no error saying why")
		}
		if p != nil {
			for _, w := range p.WorkItems {
				if w.Line < 1 || w.Line > lines {
					t.Fatalf("work item %s on line %d of %d", w.ID, w.Line, lines)
				}
			}
		}
	})
}

// inputLines counts lines the way source.Decode does.
func inputLines(data []byte) int {
	t, _, err := source.Decode("f.txt", data)
	if err != nil {
		return 0
	}
	return len(t.Lines)
}
