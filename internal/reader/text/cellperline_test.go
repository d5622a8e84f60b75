package text

import (
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/golden"
	"baocao/internal/source"
)

// The fixtures are LibreOffice's own Text export (soffice --convert-to
// "txt:Text (encoded):UTF8") of testdata/annex.html and
// testdata/cellperline-spans.html and testdata/annex-numbered.html saved
// as .docx.
func TestCellPerLine(t *testing.T) {
	for _, name := range []string{"cellperline-annex", "cellperline-spans", "cellperline-numbered"} {
		t.Run(name, func(t *testing.T) {
			lines := readLines(t, name+".txt")
			got, diags := scanTables(name+".txt", lines, readCellPerLine)
			golden.Check(t, name+".golden", []byte(got+dumpDiags(diags)))
		})
	}
}

func TestCellPerLineSmall(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"text after a blank line is not a row", []string{"STT", "Nội dung", "Cơ quan chủ trì", "1", "Đề án", "Sở A", "", "Nơi nhận:", "- Như trên;"},
			"table 3 cols, 2 rows @1:1\nrow 1 @1\n  c0 @1:1 | STT\n  c1 @2:1 | Nội dung\n  c2 @3:1 | Cơ quan chủ trì\nrow 2 @4\n  c0 @4:1 | 1\n  c1 @5:1 | Đề án\n  c2 @6:1 | Sở A\n"},
		{"numbers out of sequence stay cells", []string{"TT", "Nội dung", "Số lượng", "Thời gian", "1", "Đề án", "5", "2022", "2", "Kế hoạch", "3", "2023"},
			"table 4 cols, 3 rows @1:1\nrow 1 @1\n  c0 @1:1 | TT\n  c1 @2:1 | Nội dung\n  c2 @3:1 | Số lượng\n  c3 @4:1 | Thời gian\nrow 2 @5\n  c0 @5:1 | 1\n  c1 @6:1 | Đề án\n  c2 @7:1 | 5\n  c3 @8:1 | 2022\nrow 3 @9\n  c0 @9:1 | 2\n  c1 @10:1 | Kế hoạch\n  c2 @11:1 | 3\n  c3 @12:1 | 2023\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb, next, _, ok := readCellPerLine("x", c.lines, 0)
			if !ok {
				t.Fatal("not read")
			}
			checkTable(t, tb, len(c.lines))
			if got := dumpTable(tb); got != c.want {
				t.Errorf("next %d, got:\n%s\nwant:\n%s", next, got, c.want)
			}
		})
	}
	for _, lines := range [][]string{
		{"TT", "Nội dung", "1", "Đề án"},                    // two columns: too few to tell
		{"TT", "Nội dung", "Cơ quan"},                       // no row
		{"TT", "Nội dung", "Cơ quan", "Sáu tháng", "tiếp"},  // no row number after the header
		{"Trong năm", "Nội dung", "Cơ quan", "1", "a", "b"}, // not a TT header
	} {
		if tb, _, d, ok := readCellPerLine("x", lines, 0); ok || d != nil {
			t.Errorf("%q read as %s", lines, dumpTable(tb))
		}
	}
}

// The auditor's programmes through LibreOffice's Text export
// (testdata/audit-*.lo.txt, from audit-*.html): A row 4 has a line break
// inside its Sản phẩm cell after "Kế hoạch;", which must not shift the
// cells after it; C has its lead merged over rows 1-2 and its deadline
// over rows 3-4, written once, so rows 2 and 4 have an empty cell there,
// which must be reported as probably merged, pointing to the .docx.
func TestCellPerLineAudit(t *testing.T) {
	find := func(name string) (*document.Table, source.Diagnostics) {
		lines := readLines(t, name)
		for i := range lines {
			if tb, _, d, ok := readCellPerLine(name, lines, i); ok {
				return tb, d
			}
		}
		t.Fatalf("%s: no table", name)
		return nil, nil
	}
	a, _ := find("audit-a-huyen-uy.lo.txt")
	g := a.Grid()
	for _, c := range []struct {
		row, col int
		want     string
	}{{6, 2, "Kế hoạch; Báo cáo sơ kết"}, {6, 3, "Ban cán sự đảng UBND huyện"}, {6, 5, "Cuối năm 2023"}, {5, 5, "Quý I và quý II năm 2024"}} {
		if got := g[c.row][c.col].Text(); got != c.want {
			t.Errorf("A row %d column %d: %q, want %q", c.row, c.col, got, c.want)
		}
	}
	_, d := find("audit-c-so.lo.txt")
	var merged []string
	for _, x := range d {
		if x.Code == "cell-per-line-merged" && strings.Contains(x.Message, ".docx") {
			merged = append(merged, x.Message)
		}
	}
	if len(merged) != 2 {
		t.Errorf("C: %d merged-cell warnings, want 2 (lead of row 2, deadline of row 4): %q", len(merged), dumpDiags(d))
	}
}

// TestCellPerLineTwoRowHeader reads the Text export of a table whose
// header has two rows ("Đơn vị thực hiện" over "Chủ trì" and "Phối hợp",
// TT and Nội dung merged down both rows, as LibreOffice writes it: the
// upper row's cells, then one line per column of the lower row, empty
// under the merged cells), and turns away lines that only look like one.
func TestCellPerLineTwoRowHeader(t *testing.T) {
	lines := []string{
		"TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian hoàn thành",
		"", "", "Chủ trì", "Phối hợp", "",
		"1", "Kế hoạch triển khai Chương trình OCOP", "Chi cục Phát triển nông thôn", "Văn phòng Sở", "Tháng 12/2022",
		"2", "Đề án hỗ trợ chủ thể OCOP", "Phòng Kế hoạch - Tài chính", "Sở Công Thương", "Quý IV/2022",
	}
	tb, next, _, ok := readCellPerLine("t.txt", lines, 0)
	if !ok {
		t.Fatal("no table read")
	}
	if tb.Cols != 5 || len(tb.Rows) != 4 || next != len(lines) {
		t.Fatalf("%d columns, %d rows, next %d:\n%s", tb.Cols, len(tb.Rows), next, dumpTable(tb))
	}
	g := tb.Grid()
	var head []string
	for c := range 5 {
		top, bottom := g[0][c].Text(), g[1][c].Text()
		if g[1][c] != g[0][c] {
			top += "/" + bottom
		}
		head = append(head, top)
	}
	if got, want := strings.Join(head, " | "), "TT | Nội dung công việc | Đơn vị thực hiện/Chủ trì | Đơn vị thực hiện/Phối hợp | Thời gian hoàn thành"; got != want {
		t.Errorf("header:\n got %s\nwant %s", got, want)
	}
	var row []string
	for _, c := range tb.Rows[3].Cells {
		row = append(row, c.Text())
	}
	if got, want := strings.Join(row, " | "), "2 | Đề án hỗ trợ chủ thể OCOP | Phòng Kế hoạch - Tài chính | Sở Công Thương | Quý IV/2022"; got != want {
		t.Errorf("row 2:\n got %s\nwant %s", got, want)
	}
	// An empty line after a short header with no sub-headers under it is
	// no header of two rows.
	bad := []string{"TT", "Nội dung", "Cơ quan chủ trì", "", "", "", "", "1", "Kế hoạch", "Sở", "Quý I/2023"}
	if _, _, _, ok := readCellPerLine("t.txt", bad, 0); ok {
		t.Error("read a table from a header followed by empty lines only")
	}
}
