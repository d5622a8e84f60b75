package text

import (
	"strings"
	"testing"
)

// TestAlignedPageSplitRow reads a space-aligned annex whose row 8 a page
// break splits, above a vertically centred row 9 (its number on its second
// line): the rest of row 8 under the repeated header ("viên", "các ban")
// starts in lower case in every column and goes back to row 8; row 9
// keeps its own top line ("Sơ kết 02 năm thực", "Văn phòng").
func TestAlignedPageSplitRow(t *testing.T) {
	text := strings.Join([]string{
		"STT   Nhiệm vụ            Sản phẩm    Thời gian   Cơ quan chủ trì",
		"7     Sử dụng phần mềm    Quy chế     Quý II/2023 Văn phòng",
		"      quản lý văn bản                             Thành ủy",
		"8     Cập nhật, khai thác Hướng dẫn   Hằng năm    Ban Tổ chức",
		"      cơ sở dữ liệu đảng                          Thành ủy và",
		"\fSTT   Nhiệm vụ            Sản phẩm    Thời gian   Cơ quan chủ trì",
		"      viên                                        các ban",
		"      Sơ kết 02 năm thực                          Văn phòng",
		"9     hiện Nghị quyết     Báo cáo     Quý I/2025  Thành ủy",
		"      số 10-NQ/TU",
	}, "\n")
	doc, _, err := Read("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows {
			var cs []string
			for _, c := range r.Cells {
				cs = append(cs, c.Text())
			}
			got = append(got, strings.Join(cs, " | "))
		}
	}
	want := []string{
		"STT | Nhiệm vụ | Sản phẩm | Thời gian | Cơ quan chủ trì",
		"7 | Sử dụng phần mềm quản lý văn bản | Quy chế | Quý II/2023 | Văn phòng Thành ủy",
		"8 | Cập nhật, khai thác cơ sở dữ liệu đảng viên | Hướng dẫn | Hằng năm | Ban Tổ chức Thành ủy và các ban",
		"9 | Sơ kết 02 năm thực hiện Nghị quyết số 10-NQ/TU | Báo cáo | Quý I/2025 | Văn phòng Thành ủy",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
