package text

import (
	"strings"
	"testing"
)

// TestAlignedGroupHeader reads a header of two rows as pdftotext -layout
// prints it: "Cơ quan thực hiện" centred over "Chủ trì" and "Phối hợp".
// The group heading names no column: the sub-headers are two, and the
// lead and the coordinators stay apart.
func TestAlignedGroupHeader(t *testing.T) {
	text := strings.Join([]string{
		"                                 Cơ quan thực hiện         Thời gian",
		"STT   Nội dung nhiệm vụ",
		"                             Chủ trì         Phối hợp     hoàn thành",
		"      Đánh giá mức độ hài                                 Đầu quý",
		"1     của người dân          UBND huyện      Phòng Nội vụ",
		"                                                          III/2024",
		"      Kiểm tra công tác cải  Ủy ban Kiểm     Ban Tổ chức  Tháng 9 -",
		"2     cách hành chính        tra Huyện ủy    Huyện ủy     10/2024",
	}, "\n")
	doc, _, err := Read("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		if b.Table.Cols != 5 {
			t.Fatalf("%d columns, want 5:\n%s", b.Table.Cols, dumpTable(b.Table))
		}
		var got []string
		for _, r := range b.Table.Rows[1:] {
			got = append(got, r.Cells[2].Text()+" | "+r.Cells[3].Text())
		}
		want := []string{"UBND huyện | Phòng Nội vụ", "Ủy ban Kiểm tra Huyện ủy | Ban Tổ chức Huyện ủy"}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("lead | coordinators:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		return
	}
	t.Fatal("no table read")
}
