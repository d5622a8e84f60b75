package vocab

import "testing"

func TestSubject(t *testing.T) {
	tests := []struct {
		text, subject, product string
		ok                     bool
	}{
		{"Ủy ban nhân dân phường xây dựng đề án tuyến phố", "Ủy ban nhân dân phường", "đề án tuyến phố", true},
		{"Ban Tổ chức chủ trì, phối hợp với Ủy ban Kiểm tra tham mưu ban hành quy định về nêu gương", "Ban Tổ chức chủ trì, phối hợp với Ủy ban Kiểm tra", "quy định về nêu gương", true},
		{"Bộ phận Tuyên giáo tham mưu kế hoạch tuyên truyền", "Bộ phận Tuyên giáo", "kế hoạch tuyên truyền", true},
		{"Ban Tổ chức tham mưu xây dựng đề án", "Ban Tổ chức", "đề án", true},
		{"Sở Xây dựng tham mưu kế hoạch", "Sở Xây dựng", "kế hoạch", true},
		{"Các ban xây dựng Đảng tham mưu kế hoạch", "Các ban xây dựng Đảng", "kế hoạch", true},
		{"Xây dựng kế hoạch tuyên truyền", "", "", false},
		{"Ban Tuyên giáo tổ chức hội nghị", "", "", false},
	}
	for _, tc := range tests {
		end, product, ok := Subject(tc.text)
		if ok != tc.ok || ok && (tc.text[:end] != tc.subject || tc.text[product:] != tc.product) {
			t.Errorf("Subject(%q) = %d, %d, %v; want %q, %q, %v", tc.text, end, product, ok, tc.subject, tc.product, tc.ok)
		}
	}
}
