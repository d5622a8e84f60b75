package text

import (
	"strings"
	"testing"
)

// TestSideBySideBlocks reads the header and closing blocks pdftotext
// -layout prints side by side as two-column tables, each column's lines
// in order, and leaves prose, a centred title and the annex alone.
func TestSideBySideBlocks(t *testing.T) {
	doc := strings.Join([]string{
		"   ĐẢNG BỘ TỈNH THÁI",
		"       NGUYÊN                             ĐẢNG CỘNG SẢN VIỆT NAM",
		" THÀNH ỦY THÁI NGUYÊN",
		"            *                           Thái Nguyên, ngày 12 tháng 4 năm 2023",
		"      Số 45-KH/TU",
		"                                      KẾ HOẠCH",
		"Thực hiện Nghị quyết số 10-NQ/TU, Ban Thường vụ Thành ủy    ban hành Kế hoạch",
		"thực hiện như sau:",
		"Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 20 hằng tháng",
		"để tổng hợp.",
		"Nơi nhận:                                                     KT. GIÁM ĐỐC",
		"- UBND tỉnh (b/c);                                            PHÓ GIÁM ĐỐC",
		"- Lưu: VT, PTNT.",
		"",
		"                                                                  Lê Văn Hải",
		"                                            PHỤ LỤC",
	}, "\n")
	d, _, err := Read("t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Blocks {
		if b.Para != nil {
			got = append(got, "¶ "+b.Para.Text())
			continue
		}
		for _, c := range b.Table.Rows[0].Cells {
			got = append(got, "│ "+strings.Join(c.Lines(), " / "))
		}
	}
	want := []string{
		"│ ĐẢNG BỘ TỈNH THÁI / NGUYÊN / THÀNH ỦY THÁI NGUYÊN / * / Số 45-KH/TU",
		"│ ĐẢNG CỘNG SẢN VIỆT NAM / Thái Nguyên, ngày 12 tháng 4 năm 2023",
		"¶ KẾ HOẠCH",
		"¶ Thực hiện Nghị quyết số 10-NQ/TU, Ban Thường vụ Thành ủy    ban hành Kế hoạch",
		"¶ thực hiện như sau:",
		"¶ Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 20 hằng tháng",
		"¶ để tổng hợp.",
		"│ Nơi nhận: / - UBND tỉnh (b/c); / - Lưu: VT, PTNT.",
		"│ KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Lê Văn Hải",
		"¶ PHỤ LỤC",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Format != "text" {
		t.Errorf("format %q: a side-by-side block is no annex layout, want text", d.Format)
	}
	if p := d.Blocks[len(d.Blocks)-2].Table.Rows[0].Cells[1].Paras[2].Pos; p.Line != 15 || p.Col != 67 {
		t.Errorf("the signer's name at %d:%d, want 15:67", p.Line, p.Col)
	}
}

// TestSideBySideLeavesAnnexHeader: an indented title right above an annex
// header whose cells stand wide apart ("DANH MỤC NHIỆM VỤ" over "STT   Tên
// đề án   Cơ quan tham mưu   Thời gian") starts no side-by-side block: the
// header and its rows are the aligned table's.
func TestSideBySideLeavesAnnexHeader(t *testing.T) {
	lines := []string{
		"                                     DANH MỤC NHIỆM VỤ",
		"STT              Tên đề án, kế hoạch              Cơ quan tham mưu         Thời gian",
		"1   Kế hoạch phát triển kinh tế - xã hội năm 2024 UBND xã             Tháng 01/2024",
	}
	if tb, _, _, ok := readSideBySide("t.txt", lines, 0); ok {
		t.Errorf("read a side-by-side block from an annex header:\n%s", dumpTable(tb))
	}
	if tb, _, _, ok := readSideBySide("t.txt", lines, 1); ok {
		t.Errorf("read a side-by-side block from an annex header:\n%s", dumpTable(tb))
	}
}
