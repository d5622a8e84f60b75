package parse

import (
	"strings"
	"testing"

	"baocao/internal/document"
)

// A signer without TM./KT. (a Sở director signs in his own name: "GIÁM
// ĐỐC" then the name) is read with an empty authority; a programme with no
// signature block at all gets one warning.
func TestSignerWithoutAuthority(t *testing.T) {
	for _, tc := range []struct {
		name      string
		signature [][]string // the signature table's rows; nil: none
		want      string     // authority|position|name
		warnings  int        // signer warnings
	}{
		{"giam-doc", [][]string{{"Nơi nhận:", "GIÁM ĐỐC"}, {"- UBND tỉnh;", ""}, {"- Lưu: VT, VP.", "Lê Văn Minh"}}, "|GIÁM ĐỐC|Lê Văn Minh", 0},
		{"chu-tich", [][]string{{"Nơi nhận:", "CHỦ TỊCH"}, {"- Lưu: VT.", "(Đã ký)"}, {"", "Nguyễn Văn An"}}, "|CHỦ TỊCH|Nguyễn Văn An", 0},
		{"bi-thu", [][]string{{"Nơi nhận:", "BÍ THƯ"}, {"- Lưu Văn phòng.", "Trần Thị Hoa"}}, "|BÍ THƯ|Trần Thị Hoa", 0},
		{"tm", [][]string{{"Nơi nhận:", "T/M ĐẢNG ỦY"}, {"- Lưu.", "BÍ THƯ"}, {"", "Trần Thị Hoa"}}, "T/M ĐẢNG ỦY|BÍ THƯ|Trần Thị Hoa", 0},
		{"none", nil, "||", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := &wordDoc{doc: document.Document{Name: "in.docx", Format: "docx"}}
			w.tableOf(false, 2, nil,
				[]string{"SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
				[]string{"Số: 210/KH-SGDĐT", "Quảng Nam, ngày 05 tháng 3 năm 2024"},
			)
			w.para(true, plain("KẾ HOẠCH"))
			w.para(false, plain("I. NHIỆM VỤ"))
			w.para(false, plain("- Xây dựng "), bold("Đề án"), plain(" bảo đảm cơ sở vật chất."))
			if tc.signature != nil {
				w.tableOf(true, 2, nil, tc.signature...)
			}
			w.para(true, plain("PHỤ LỤC: DANH MỤC NHIỆM VỤ"))
			w.tableOf(true, 4, nil,
				[]string{"TT", "Cơ quan chủ trì", "Nội dung", "Thời hạn hoàn thành"},
				[]string{"1", "Phòng Kế hoạch - Tài chính", "Đề án bảo đảm cơ sở vật chất", "30/9/2024"},
			)
			p, diags := ParseDocument(&w.doc)
			if p == nil || diags.HasErrors() {
				t.Fatalf("diagnostics:\n%s", diagText(diags))
			}
			if got := p.Signer.Authority + "|" + p.Signer.Position + "|" + p.Signer.Name; got != tc.want {
				t.Errorf("signer %q, want %q", got, tc.want)
			}
			n := 0
			for _, d := range diags {
				if d.Code == "signer" {
					n++
				}
			}
			if n != tc.warnings {
				t.Errorf("%d signer warnings, want %d:\n%s", n, tc.warnings, diagText(diags))
			}
			if tc.signature != nil && strings.Contains(strings.Join(p.Recipients, "|"), "GIÁM ĐỐC") {
				t.Errorf("the position is read as a recipient: %q", p.Recipients)
			}
		})
	}
}
