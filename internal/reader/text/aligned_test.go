package text

import (
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/golden"
)

// The fixtures are pdftotext -layout's own output for PDFs LibreOffice
// made from testdata/*.html: annex.html (cells centred vertically, as
// Writer draws HTML tables), annex-top.html (cells at the top),
// annex-long.html (five pages, header repeated after each form feed),
// annex-numbered.html (a (1) (2) (3)… row under the header) and
// cellperline-spans.html (a narrow table with a group row and spans).
func TestAligned(t *testing.T) {
	for _, name := range []string{"aligned-centered", "aligned-top", "aligned-pages", "aligned-spans", "aligned-numbered"} {
		t.Run(name, func(t *testing.T) {
			lines := readLines(t, name+".txt")
			got, diags := scanTables(name+".txt", lines, readAligned)
			golden.Check(t, name+".golden", []byte(got+dumpDiags(diags)))
		})
	}
}

// The five-page table is one table of 40 rows: the repeated headers and
// page breaks are not rows.
func TestAlignedPagesOneTable(t *testing.T) {
	lines := readLines(t, "aligned-pages.txt")
	got, _ := scanTables("x", lines, readAligned)
	if n := strings.Count(got, "table "); n != 1 {
		t.Fatalf("%d tables, want 1:\n%s", n, got)
	}
	if !strings.Contains(got, "table 6 cols, 41 rows") {
		t.Errorf("want 6 columns and 41 rows (header + 40):\n%.300s", got)
	}
	if strings.Count(got, "| TT\n") != 1 {
		t.Errorf("a repeated header became a row")
	}
}

func TestAlignedSmall(t *testing.T) {
	typed := []string{
		"TT  Nội dung                       Cơ quan chủ trì     Thời gian",
		"1   Xây dựng Đề án phát triển      Sở Nội vụ           Quý II/2022",
		"    nguồn nhân lực",
		"2   Kế hoạch chuyển đổi số         Sở Thông tin và     Năm 2022",
		"                                   Truyền thông",
		"Nơi nhận:",
	}
	tb, next, _, ok := readAligned("x", typed, 0)
	if !ok {
		t.Fatal("typed table not read")
	}
	checkTable(t, tb, len(typed))
	want := "table 4 cols, 3 rows @1:1\nrow 1 @1 header\n  c0 @1:1 | TT\n  c1 @1:5 | Nội dung\n  c2 @1:36 | Cơ quan chủ trì\n  c3 @1:56 | Thời gian\n" +
		"row 2 @2\n  c0 @2:1 | 1\n  c1 @2:5 | Xây dựng Đề án phát triển | nguồn nhân lực @3:5\n  c2 @2:36 | Sở Nội vụ\n  c3 @2:56 | Quý II/2022\n" +
		"row 3 @4\n  c0 @4:1 | 2\n  c1 @4:5 | Kế hoạch chuyển đổi số\n  c2 @4:36 | Sở Thông tin và | Truyền thông @5:36\n  c3 @4:56 | Năm 2022\n"
	if got := dumpTable(tb); got != want || next != 5 {
		t.Errorf("next %d, got:\n%s\nwant:\n%s", next, got, want)
	}

	// a page number at the foot of a page, then the header again
	paged := []string{
		"TT  Nội dung                       Cơ quan chủ trì     Thời gian",
		"1   Xây dựng Đề án phát triển      Sở Nội vụ           Quý II/2022",
		"",
		"                              2",
		"\fTT  Nội dung                       Cơ quan chủ trì     Thời gian",
		"2   Kế hoạch chuyển đổi số         Sở Thông tin và     Năm 2022",
		"",
		"II  LĨNH VỰC VĂN HÓA - XÃ HỘI, GIÁO DỤC VÀ ĐÀO TẠO",
		"3   Quy chế phối hợp               Sở Tư pháp          Cuối năm 2022",
	}
	tb, next, _, ok = readAligned("x", paged, 0)
	if !ok {
		t.Fatal("paged table not read")
	}
	checkTable(t, tb, len(paged))
	got := dumpTable(tb)
	if strings.Contains(got, "| 2\n") && strings.Count(got, "| 2") > 1 || len(tb.Rows) != 5 || next != len(paged) {
		t.Errorf("next %d, want %d; page number or header read as a row:\n%s", next, len(paged), got)
	}
	if !strings.Contains(got, "c1 span 3x1 @8:5 | LĨNH VỰC VĂN HÓA") {
		t.Errorf("group row does not span:\n%s", got)
	}

	// numbered rows without a header
	bare := []string{
		"1   Đề án A           Sở Nội vụ         Quý I/2022",
		"2   Kế hoạch B        Sở Tài chính      Quý II/2022",
		"3   Quy chế C         Sở Tư pháp        Năm 2022",
	}
	tb, next, _, ok = readAligned("x", bare, 0)
	if !ok || tb.Cols != 4 || len(tb.Rows) != 3 || next != 3 {
		t.Fatalf("bare numbered table: ok %v next %d\n%s", ok, next, func() string {
			if tb == nil {
				return ""
			}
			return dumpTable(tb)
		}())
	}
}

// Prose with double spaces, numbered paragraphs and lists stay prose.
func TestAlignedRefusesProse(t *testing.T) {
	for _, lines := range [][]string{
		{
			"Thực hiện Nghị quyết  Đại hội đại biểu Đảng bộ tỉnh lần thứ XI,  nhiệm kỳ 2020-2025,",
			"Ban Chấp hành Đảng bộ tỉnh  xây dựng Chương trình hành động  với những nội dung",
			"cụ thể như sau:  tập trung  lãnh đạo,  chỉ đạo  thực hiện  các nhiệm vụ  trọng tâm.",
		},
		{
			"1.  Về xây dựng Đảng và hệ thống chính trị",
			"2.  Về phát triển kinh tế",
			"3.  Về văn hóa, xã hội",
			"4.  Về quốc phòng, an ninh",
		},
		{
			"1. Mục đích  yêu cầu của  chương trình",
			"2. Nhiệm vụ  trọng tâm  trong năm",
			"3. Tổ chức thực hiện  và báo cáo",
		},
		{
			"Thời gian hoàn thành do cơ quan chủ trì đề xuất, Nội dung như sau:",
			"- Cơ quan chủ trì phối hợp với các cơ quan liên quan.",
		},
		{"TT", "Nội dung"},
	} {
		for i := range lines {
			if tb, _, d, ok := readAligned("x", lines, i); ok || d != nil {
				t.Errorf("%q at %d read as\n%s", lines, i, dumpTable(tb))
			}
		}
	}
}

// htmlTable reads the cells of the table in one of testdata's HTML sources.
func htmlTable(t *testing.T, name string) [][]string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	tag := regexp.MustCompile(`<[^>]+>`)
	var rows [][]string
	for _, tr := range regexp.MustCompile(`(?s)<tr>(.*?)</tr>`).FindAllStringSubmatch(string(b), -1) {
		var row []string
		for _, c := range regexp.MustCompile(`(?s)<t[dh][^>]*>(.*?)</t[dh]>`).FindAllStringSubmatch(tr[1], -1) {
			row = append(row, strings.Join(strings.Fields(html.UnescapeString(tag.ReplaceAllString(c[1], " "))), " "))
		}
		rows = append(rows, row)
	}
	return rows
}

// What pdftotext -layout printed reads back, cell for cell, as the HTML
// table LibreOffice printed.
func TestAlignedMatchesTheSource(t *testing.T) {
	for fixture, source := range map[string]string{
		"aligned-centered.txt": "annex.html", "aligned-top.txt": "annex-top.html", "aligned-pages.txt": "annex-long.html",
		"aligned-numbered.txt": "annex-numbered.html",
	} {
		lines := readLines(t, fixture)
		var tb *document.Table
		for i := range lines {
			if got, _, _, ok := readAligned(fixture, lines, i); ok {
				tb = got
				break
			}
		}
		if tb == nil {
			t.Fatalf("%s: no table", fixture)
		}
		want := htmlTable(t, source)
		grid := tb.Grid()
		if len(grid) != len(want) {
			t.Errorf("%s: %d rows, want %d", fixture, len(grid), len(want))
			continue
		}
		for r := range want {
			for c := range want[r] {
				if c >= len(grid[r]) || grid[r][c].Text() != want[r][c] {
					t.Errorf("%s row %d column %d: %q, want %q", fixture, r, c, grid[r][c].Text(), want[r][c])
				}
			}
		}
	}
}

// pdftotext -layout of an annex whose header cells wrap over two lines and
// sit one space apart ("Cơ quan chủ Cơ quan phối" above "trì" and "hợp"),
// with every cell centred vertically and no blank line between rows (a
// row's number is in its middle line), header repeated on page 2
// (testdata/aligned-wrapped-header.txt, from the parser's corpus).
func TestAlignedWrappedHeaderCentredRows(t *testing.T) {
	lines := readLines(t, "aligned-wrapped-header.txt")
	var tb *document.Table
	for i := 0; i < len(lines) && tb == nil; i++ {
		if t2, _, _, ok := readAligned("x", lines, i); ok {
			tb = t2
		}
	}
	if tb == nil {
		t.Fatal("no table read")
	}
	if tb.Cols != 6 || len(tb.Rows) != 11 {
		t.Fatalf("%d columns, %d rows; want 6 and 11 (header + 10)", tb.Cols, len(tb.Rows))
	}
	cell := func(r, c int) string {
		var ps []string
		for _, p := range tb.Rows[r].Cells[c].Paras {
			ps = append(ps, p.Text())
		}
		return strings.Join(ps, " ")
	}
	for _, c := range []struct {
		row, col int
		want     string
	}{
		{0, 2, "Cơ quan chủ trì"}, {0, 3, "Cơ quan phối hợp"}, {0, 4, "Thời gian hoàn thành"}, {0, 5, "Ghi chú"},
		{1, 1, "Kế hoạch xây dựng huyện nông thôn mới nâng cao giai đoạn 2022- 2025"},
		{1, 3, "Văn phòng Điều phối nông thôn mới huyện; UBND các xã"}, {1, 4, "Quý II/2022"},
		{1, 5, "Trình Ban Thường vụ Huyện ủy"},
		{4, 2, "Ban Tuyên giáo Huyện ủy"}, {6, 5, "Lồng ghép kiểm tra thường kỳ"},
		{7, 3, "Ủy ban MTTQ Việt Nam huyện; các đoàn thể chính trị - xã hội huyện"},
		{10, 0, "10"}, {10, 2, "UBND huyện"}, {10, 4, "Năm 2025"},
	} {
		if got := cell(c.row, c.col); got != c.want {
			t.Errorf("row %d, column %d: %q, want %q", c.row, c.col, got, c.want)
		}
	}
}

// The auditor's unruled programmes through pdftotext -layout
// (testdata/audit-*.layout.txt, from the HTML beside them): a header
// wrapped over up to five lines with pieces above and below the line that
// holds TT (A, C), a title in capitals just above the header (B), a
// signer's name and a title just above it (D). Each header must be read
// as its own cells, nothing above it.
func TestAlignedAuditHeaders(t *testing.T) {
	for _, c := range []struct {
		fixture string
		want    []string
	}{
		{"audit-a-huyen-uy.layout.txt", []string{"STT", "Nhiệm vụ", "Sản phẩm", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"}},
		{"audit-b-ubnd-huyen.layout.txt", []string{"TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Tiến độ"}},
		{"audit-c-so.layout.txt", []string{"TT", "Cơ quan chủ trì", "Nội dung", "Thời hạn hoàn thành", "Cơ quan phối hợp"}},
		{"audit-d-dang-uy-xa.layout.txt", []string{"STT", "Tên đề án, kế hoạch", "Cơ quan tham mưu", "Thời gian"}},
	} {
		lines := readLines(t, c.fixture)
		var tb *document.Table
		for i := 0; i < len(lines) && tb == nil; i++ {
			if t2, _, _, ok := readAligned("x", lines, i); ok {
				tb = t2
			}
		}
		if tb == nil {
			t.Errorf("%s: no table read", c.fixture)
			continue
		}
		var got []string
		for _, cell := range tb.Rows[0].Cells {
			var ps []string
			for _, p := range cell.Paras {
				ps = append(ps, p.Text())
			}
			got = append(got, strings.Join(ps, " "))
		}
		if strings.Join(got, " | ") != strings.Join(c.want, " | ") {
			t.Errorf("%s: header %q, want %q", c.fixture, got, c.want)
		}
	}
}

// Vertically centred rows whose number sits on a row's only line (D row 1)
// or on a group row's line (A "I  CHUYỂN ĐỔI SỐ…"): the lines below it are
// the top of the next row, whose number line lacks the cells they hold.
func TestAlignedAuditCentredAfterOneLine(t *testing.T) {
	for _, c := range []struct {
		fixture  string
		row, col int
		want     string
	}{
		{"audit-d-dang-uy-xa.layout.txt", 1, 3, "Tháng 01/2024"},
		{"audit-d-dang-uy-xa.layout.txt", 2, 2, "Ủy ban Kiểm tra Đảng ủy"},
		{"audit-d-dang-uy-xa.layout.txt", 2, 3, "Trước ngày 15/02/2024"},
		{"audit-d-dang-uy-xa.ruled.layout.txt", 1, 3, "Tháng 01/2024"},
		{"audit-d-dang-uy-xa.ruled.layout.txt", 2, 3, "Trước ngày 15/02/2024"},
		{"audit-a-huyen-uy.layout.txt", 1, 1, "CHUYỂN ĐỔI SỐ TRONG CƠ QUAN ĐẢNG"},
		{"audit-a-huyen-uy.layout.txt", 2, 1, "Chuyển đổi số trong các cơ quan đảng huyện giai đoạn 2023-2025"},
		{"audit-a-huyen-uy.layout.txt", 2, 5, "6 tháng đầu năm 2023"},
		{"audit-a-huyen-uy.layout.txt", 3, 5, "Trước 30/9/2023"},
	} {
		lines := readLines(t, c.fixture)
		var tb *document.Table
		for i := 0; i < len(lines) && tb == nil; i++ {
			if t2, _, _, ok := readAligned("x", lines, i); ok {
				tb = t2
			}
		}
		if tb == nil || len(tb.Grid()) <= c.row || len(tb.Grid()[c.row]) <= c.col {
			t.Errorf("%s: no cell %d,%d", c.fixture, c.row, c.col)
			continue
		}
		if got := tb.Grid()[c.row][c.col].Text(); got != c.want {
			t.Errorf("%s row %d column %d: %q, want %q", c.fixture, c.row, c.col, got, c.want)
		}
	}
}
