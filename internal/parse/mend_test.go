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
