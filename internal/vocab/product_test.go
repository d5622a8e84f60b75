package vocab

import (
	"strings"
	"testing"
	"unicode"
)

func TestProducts(t *testing.T) {
	tests := []struct {
		title string
		want  []string // kind:title
	}{
		{"Đề án phát triển ngành nông nghiệp ứng dụng công nghệ cao",
			[]string{"de_an:Đề án phát triển ngành nông nghiệp ứng dụng công nghệ cao"}},
		{"Kế hoạch để triển khai Nghị quyết sau khi cụ thể hóa. Sơ kết Chỉ thị số 05-CT/TW của Bộ Chính trị",
			[]string{"ke_hoach:Kế hoạch để triển khai Nghị quyết sau khi cụ thể hóa", "so_ket:Sơ kết Chỉ thị số 05-CT/TW của Bộ Chính trị"}},
		{"Tổng kết Đề án về nhân lực đến 2020, trên cơ sở đó xây dựng Đề án mới về nhân lực",
			[]string{"tong_ket:Tổng kết Đề án về nhân lực đến 2020", "de_an:Đề án mới về nhân lực"}},
		{"Kế hoạch thực hiện Đề án của Bộ Quốc phòng về hải đội; Đề án xây dựng khu vực phòng thủ",
			[]string{"ke_hoach:Kế hoạch thực hiện Đề án của Bộ Quốc phòng về hải đội", "de_an:Đề án xây dựng khu vực phòng thủ"}},
		{"Sơ kết Chương trình số 33; chỉ đạo Ủy ban nhân dân tỉnh xây dựng Kế hoạch thực hiện Chương trình mục tiêu quốc gia",
			[]string{"so_ket:Sơ kết Chương trình số 33", "ke_hoach:Kế hoạch thực hiện Chương trình mục tiêu quốc gia"}},
		{"Sơ kết Chương trình số 47; đề xuất chủ trương. Đồng thời triển khai thực hiện Đề án nuôi biển",
			[]string{"so_ket:Sơ kết Chương trình số 47; đề xuất chủ trương. Đồng thời triển khai thực hiện Đề án nuôi biển"}},
		{"Tổng kết Đề án về trường chuẩn và Đề án về nhà giáo",
			[]string{"tong_ket:Tổng kết Đề án về trường chuẩn và Đề án về nhà giáo"}},
		{"Đề án rác thải. Xây dựng Danh mục các dự án",
			[]string{"de_an:Đề án rác thải", "danh_muc:Danh mục các dự án"}},
		{"Chỉ đạo tổng kết Đề án về trường chuẩn",
			[]string{"tong_ket:Tổng kết Đề án về trường chuẩn"}},
		{"Dự án điều tra nghề khai thác", nil},
		{"Chỉ đạo Ủy ban nhân dân tỉnh xây dựng Kế hoạch giảm nghèo",
			[]string{"ke_hoach:Kế hoạch giảm nghèo"}},
		{"Xây dựng kế hoạch tuyên truyền về chuyển đổi số",
			[]string{"ke_hoach:Kế hoạch tuyên truyền về chuyển đổi số"}},
		{"Tổng kết Đề án về nhân lực đến 2020, trên cơ sở đó xây dựng đề án mới về nhân lực",
			[]string{"tong_ket:Tổng kết Đề án về nhân lực đến 2020", "de_an:Đề án mới về nhân lực"}},
		{"Xây dựng đề án phát triển du lịch",
			[]string{"de_an:Đề án phát triển du lịch"}},
		{"Ban hành Chỉ thị về tăng cường công tác phòng cháy",
			[]string{"chi_thi:Chỉ thị về tăng cường công tác phòng cháy"}},
		{"Báo cáo sơ kết 03 năm thực hiện Nghị quyết; Hướng dẫn thực hiện Quy chế dân chủ",
			[]string{"so_ket:Báo cáo sơ kết 03 năm thực hiện Nghị quyết", "huong_dan:Hướng dẫn thực hiện Quy chế dân chủ"}},
		{"Kết luận của Ban Thường vụ về công tác cán bộ", []string{"ket_luan:Kết luận của Ban Thường vụ về công tác cán bộ"}},
		{"Tổ chức hội nghị điển hình tiên tiến", nil},
		{"Kế hoạch tuyên truyền Nghị quyết và Hướng dẫn các chi bộ xây dựng kế hoạch thực hiện",
			[]string{"ke_hoach:Kế hoạch tuyên truyền Nghị quyết", "huong_dan:Hướng dẫn các chi bộ xây dựng kế hoạch thực hiện"}},
		{"Kế hoạch thực hiện Nghị quyết và Hướng dẫn số 12-HD/BTGTW", []string{"ke_hoach:Kế hoạch thực hiện Nghị quyết và Hướng dẫn số 12-HD/BTGTW"}},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range Products(tc.title) {
			got = append(got, string(p.Kind)+":"+upperFirstRune(strings.TrimFunc(tc.title[p.Start:p.End], func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(".,;:-–", r) })))
		}
		if len(got) != len(tc.want) {
			t.Errorf("Products(%q) = %q, want %q", tc.title, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Products(%q)[%d] = %q, want %q", tc.title, i, got[i], tc.want[i])
			}
		}
	}
}
