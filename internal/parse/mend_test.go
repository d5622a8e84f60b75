package parse

import (
	"strings"
	"testing"

	"baocao/internal/source"
)

// TestMendDeadline reads a space-aligned annex (as pdftotext -layout
// prints one) where the narrow deadline column stands one space from its
// neighbours: row 1's "Hằng năm" runs into the lead "Ban Tổ chức Thành
// ủy", row 2's "Thường xuyên" is the last word of both lines of the
// coordinators' column. Only moves that make the deadline readable are
// made: row 3's unreadable deadline stays as written, with its error.
func TestMendDeadline(t *testing.T) {
	text := strings.Join([]string{
		"TT   Nội dung công việc          Cơ quan phối hợp    Thời hạn    Cơ quan chủ trì",
		"",
		"1    Hướng dẫn cập nhật cơ sở    Các đảng bộ,        Hằng năm Ban Tổ chức",
		"     dữ liệu đảng viên           chi bộ trực thuộc               Thành ủy",
		"",
		"2    Kế hoạch kiểm tra, giám     UBND các huyện, Thường          Sở Du lịch",
		"     sát chất lượng dịch vụ      thị xã, thành phố xuyên",
		"",
		"3    Đề án phát triển du lịch    Sở Tài chính        Sau khi có  Sở Du lịch",
		"     cộng đồng                                       hướng dẫn",
	}, "\n")
	p, diags := Parse("t.txt", []byte(text))
	if p == nil {
		t.Fatalf("no programme: %v", diags)
	}
	type row struct{ lead, coord, deadline string }
	want := []row{
		{"Ban Tổ chức Thành ủy", "Các đảng bộ, chi bộ trực thuộc", "Hằng năm"},
		{"Sở Du lịch", "UBND các huyện, thị xã, thành phố", "Thường xuyên"},
		{"Sở Du lịch", "Sở Tài chính", "Sau khi có hướng dẫn"},
	}
	if len(p.Annex.Rows) != len(want) {
		t.Fatalf("%d rows, want %d: %v", len(p.Annex.Rows), len(want), diags)
	}
	for i, w := range want {
		r := p.Annex.Rows[i]
		var co []string
		for _, c := range r.Coordinators {
			co = append(co, c.Name)
		}
		got := row{r.Lead.Name, strings.Join(co, "; "), r.Deadline.Text}
		if got != w {
			t.Errorf("row %d: got %+v, want %+v", i+1, got, w)
		}
	}
	errs := 0
	for _, d := range diags {
		if d.Severity == source.Error {
			errs++
			if d.Pos.Line != 9 {
				t.Errorf("unexpected error: %s", d)
			}
		}
	}
	if errs != 1 {
		t.Errorf("%d errors, want 1 (row 3's deadline): %v", errs, diags)
	}
}

// TestMendProduct: a Sản phẩm squeezed one space after the task's text
// ("chuyển Chương" / "đổi số giai đoạn   trình") leaves its own cell empty;
// the last words of the task's lines that name a kind go back to it. A
// row with no product whose line ends name none keeps its empty cell.
func TestMendProduct(t *testing.T) {
	text := strings.Join([]string{
		"TT   Nhiệm vụ             Sản phẩm    Thời gian   Cơ quan chủ trì",
		"",
		"     Hỗ trợ doanh nghiệp",
		"     nhỏ và vừa chuyển Chương         Quý IV/2023 UBND thành phố",
		"1    đổi số giai đoạn     trình",
		"     2023-2025",
		"",
		"2    Tổ chức hội nghị                 Hằng năm    Sở Du lịch",
		"     xúc tiến đầu tư",
	}, "\n")
	p, diags := Parse("t.txt", []byte(text))
	if p == nil {
		t.Fatalf("no programme: %v", diags)
	}
	var got []string
	for _, r := range p.Annex.Rows {
		got = append(got, r.Title+" | "+r.Product)
	}
	want := []string{
		"Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số giai đoạn 2023-2025 | Chương trình",
		"Tổ chức hội nghị xúc tiến đầu tư | ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("title | product:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(p.WorkItems) != 2 || p.WorkItems[0].Kind != "chuong_trinh" {
		t.Errorf("work items: %+v", p.WorkItems)
	}
}
