package vocab

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestAgency(t *testing.T) {
	tests := []struct{ name, key string }{
		{"Ban cán sự đảng Ủy ban nhân dân tỉnh", "ban cán sự đảng ủy ban nhân dân tỉnh"},
		{"Ban cán sự đảng UBND tỉnh", "ban cán sự đảng ủy ban nhân dân tỉnh"},
		{"Ban cán sự đảng Uỷ ban nhân dân tỉnh", "ban cán sự đảng ủy ban nhân dân tỉnh"},
		{norm.NFD.String("Ban cán sự đảng Ủy ban nhân dân tỉnh"), "ban cán sự đảng ủy ban nhân dân tỉnh"},
		{"BTV Tỉnh ủy", "ban thường vụ tỉnh ủy"},
		{"Ban Thường vụ Tỉnh ủy", "ban thường vụ tỉnh ủy"},
		{"Ban Thường vụ TU", "ban thường vụ tỉnh ủy"},
		{"Đảng đoàn HĐND tỉnh", "đảng đoàn hội đồng nhân dân tỉnh"},
		{"Văn phòng Tỉnh Uỷ", "văn phòng tỉnh ủy"},
		{"  Ban  Tổ chức   Tỉnh ủy, ", "ban tổ chức tỉnh ủy"},
		{"Sở Văn hoá, Thể thao và Du lịch", "sở văn hóa, thể thao và du lịch"},
		{"Trung tâm tu bổ di tích", "trung tâm tu bổ di tích"}, // "tu" is a word, not TU
		{"Trường Chính trị tỉnh", "trường chính trị tỉnh"},
		{"UBMTTQ TP Rạch Giá", "ủy ban mặt trận tổ quốc thành phố rạch giá"},
	}
	for _, tc := range tests {
		a := Agency(tc.name)
		if a.Key != tc.key {
			t.Errorf("Agency(%q).Key = %q, want %q", tc.name, a.Key, tc.key)
		}
		if a.Name == "" || a.Name != norm.NFC.String(a.Name) {
			t.Errorf("Agency(%q).Name = %q, want the name as written in NFC", tc.name, a.Name)
		}
	}
	if a := Agency("  "); !a.IsZero() || a.Key != "" {
		t.Errorf("blank name gave %+v, want the zero agency", a)
	}
}

func TestAssignment(t *testing.T) {
	tests := []struct {
		text   string
		lead   string
		coords []string
	}{
		{"Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh", nil},
		{"Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan", "Ban Tuyên giáo Tỉnh ủy", []string{"các cơ quan liên quan"}},
		{"Ban Nội chính Tỉnh ủy chủ trì, phối hợp các cơ quan liên quan", "Ban Nội chính Tỉnh ủy", []string{"các cơ quan liên quan"}},
		{"Trường Chính trị tỉnh chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy và các cơ quan liên tỉnh", "Trường Chính trị tỉnh", []string{"Ban Tổ chức Tỉnh ủy", "các cơ quan liên tỉnh"}},
		{"Giao Ủy ban Kiểm tra Tỉnh ủy tham mưu thực hiện", "Ủy ban Kiểm tra Tỉnh ủy", nil},
		{"Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp các cơ quan liên quan tham mưu thực hiện", "Ban Tổ chức Tỉnh ủy", []string{"các cơ quan liên quan"}},
		{"Sở Nội vụ chủ trì, phối hợp với UBMTTQ tỉnh và Thường trực HĐND tỉnh", "Sở Nội vụ", []string{"UBMTTQ tỉnh", "Thường trực HĐND tỉnh"}},
		{"Văn phòng Đảng ủy Khối phối hợp với Công đoàn Viên chức tỉnh, Đoàn Khối các cơ quan tỉnh", "Văn phòng Đảng ủy Khối", []string{"Công đoàn Viên chức tỉnh", "Đoàn Khối các cơ quan tỉnh"}},
		{"UBND huyện chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch, Công an huyện", "UBND huyện", []string{"Sở Văn hóa, Thể thao và Du lịch", "Công an huyện"}},
	}
	for _, tc := range tests {
		lead, coords := Assignment(tc.text)
		if lead.Name != tc.lead {
			t.Errorf("Assignment(%q) lead = %q, want %q", tc.text, lead.Name, tc.lead)
		}
		var names []string
		for _, c := range coords {
			names = append(names, c.Name)
		}
		if len(names) != len(tc.coords) {
			t.Errorf("Assignment(%q) coordinators = %q, want %q", tc.text, names, tc.coords)
			continue
		}
		for i := range names {
			if names[i] != tc.coords[i] {
				t.Errorf("Assignment(%q) coordinator %d = %q, want %q", tc.text, i, names[i], tc.coords[i])
			}
		}
	}
}

// Verbs and products that begin with an agency's first word are not
// agencies: the Huyện ủy PDF's "Ban hành Kết luận …" was taken for its lead.
func TestStartsAgencyNotAVerb(t *testing.T) {
	for _, s := range []string{"Ban hành Kết luận của Ban Thường vụ", "Báo cáo sơ kết 3 năm", "Hội nghị sơ kết", "Phòng, chống tham nhũng"} {
		if StartsAgency(s) {
			t.Errorf("StartsAgency(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"Ban Tuyên giáo Huyện ủy", "Báo Lâm Đồng", "Hội Nông dân tỉnh", "Phòng Nội vụ"} {
		if !StartsAgency(s) {
			t.Errorf("StartsAgency(%q) = false, want true", s)
		}
	}
}

// TestSplitAgenciesJointOffice: an office serving several councils is one
// agency ("Văn phòng HĐND và UBND huyện"); a list of agencies is still cut.
func TestSplitAgenciesJointOffice(t *testing.T) {
	for in, want := range map[string][]string{
		"Văn phòng HĐND và UBND huyện":                      {"Văn phòng HĐND và UBND huyện"},
		"Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh; Sở Nội vụ": {"Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh", "Sở Nội vụ"},
		"Văn phòng Huyện ủy và UBND huyện":                  {"Văn phòng Huyện ủy", "UBND huyện"},
		"Sở Tài chính, UBND các huyện":                      {"Sở Tài chính", "UBND các huyện"},
	} {
		var got []string
		for _, a := range SplitAgencies(in) {
			got = append(got, a.Name)
		}
		if strings.Join(got, " | ") != strings.Join(want, " | ") {
			t.Errorf("SplitAgencies(%q) = %q, want %q", in, got, want)
		}
	}
}
