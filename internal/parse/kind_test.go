package parse

import "testing"

func TestSplitProducts(t *testing.T) {
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
	}
	for _, tc := range tests {
		var got []string
		for _, p := range splitProducts(tc.title) {
			got = append(got, string(p.kind)+":"+upperFirst(trimPunct(tc.title[p.start:p.end])))
		}
		if len(got) != len(tc.want) {
			t.Errorf("splitProducts(%q) = %q, want %q", tc.title, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("splitProducts(%q)[%d] = %q, want %q", tc.title, i, got[i], tc.want[i])
			}
		}
	}
}
