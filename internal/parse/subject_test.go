package parse

import (
	"testing"

	"baocao/internal/document"
)

// TestSubjectAssignment reads the agencies a task sentence starts with.
func TestSubjectAssignment(t *testing.T) {
	tests := []struct {
		text, lead string
		coords     int
		ok         bool
	}{
		{"Ủy ban nhân dân phường xây dựng đề án tuyến phố văn minh", "Ủy ban nhân dân phường", 0, true},
		{"Ban Tổ chức Đảng ủy Khối chủ trì, phối hợp với Ủy ban Kiểm tra Đảng ủy Khối tham mưu ban hành quy định", "Ban Tổ chức Đảng ủy Khối", 1, true},
		{"Sở Xây dựng tham mưu kế hoạch chỉnh trang đô thị", "Sở Xây dựng", 0, true},
		{"Các ban xây dựng Đảng Huyện ủy tham mưu kế hoạch", "Các ban xây dựng Đảng Huyện ủy", 0, true},
		{"Xây dựng kế hoạch tuyên truyền", "", 0, false},
		{"Ban Tuyên giáo tổ chức hội nghị", "", 0, false},
	}
	for _, tc := range tests {
		lead, co, ok := subjectAssignment(tc.text)
		if ok != tc.ok || lead.Name != tc.lead || len(co) != tc.coords {
			t.Errorf("subjectAssignment(%q) = %q, %d coordinators, %v; want %q, %d, %v", tc.text, lead.Name, len(co), ok, tc.lead, tc.coords, tc.ok)
		}
	}
}

// TestSentenceTask takes a plain paragraph for a task when an agency makes
// a product in it, and leaves other paragraphs to the area's intro.
func TestSentenceTask(t *testing.T) {
	for text, want := range map[string]bool{
		"Ủy ban Kiểm tra Đảng ủy Khối xây dựng kế hoạch kiểm tra, giám sát hằng năm.":           true,
		"Văn phòng phối hợp với Công đoàn tỉnh tham mưu kế hoạch phát động phong trào thi đua.": true,
		"Ban Tuyên giáo tổ chức quán triệt Nghị quyết đến cán bộ, đảng viên.":                   false,
		"Nâng cao chất lượng đào tạo, bồi dưỡng nguồn nhân lực du lịch.":                        false,
	} {
		if got := sentenceTask(para{text: text}); got != want {
			t.Errorf("sentenceTask(%q) = %v, want %v", text, got, want)
		}
	}
	if sentenceTask(para{text: "Ủy ban Kiểm tra xây dựng kế hoạch kiểm tra.", runs: []document.Run{{Text: "x", Bold: true}}}) {
		t.Error("a paragraph with emphasis marks its products itself: not read by wording")
	}
}
