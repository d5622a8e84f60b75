package vocab

import (
	"strings"
	"testing"
)

func TestNumberLine(t *testing.T) {
	tests := []struct{ line, number, typ, issuer string }{
		{"Số 07-CTr/TU", "07-CTr/TU", "CTr", "TU"},
		{"Số: 125/KH-UBND", "125/KH-UBND", "KH", "UBND"},
		{"Số:125/KH-UBND", "125/KH-UBND", "KH", "UBND"},
		{"Số: 07-CTr/TU", "07-CTr/TU", "CTr", "TU"},
		{"SỐ 12 - CTr / HU", "12-CTr/HU", "CTr", "HU"},
		{"Số: 45/ĐA-UBND", "45/ĐA-UBND", "ĐA", "UBND"},
		{"Số: 03/KH-BCĐ-UBND", "03/KH-BCĐ-UBND", "KH", "BCĐ-UBND"},
		{"Số 15-KH/ĐUK", "15-KH/ĐUK", "KH", "ĐUK"},
	}
	for _, tc := range tests {
		n, ok := NumberLine(tc.line)
		if !ok || n.Text != tc.number || n.TypeCode != tc.typ || n.IssuerCode != tc.issuer {
			t.Errorf("NumberLine(%q) = %+v, %v; want %s %s %s", tc.line, n, ok, tc.number, tc.typ, tc.issuer)
		}
	}
	for _, bad := range []string{"Số liệu năm 2021", "Thực hiện Kế hoạch số 125/KH-UBND", ""} {
		if n, ok := NumberLine(bad); ok {
			t.Errorf("NumberLine(%q) = %+v, want none", bad, n)
		}
	}
	if n, ok := NumberIn("(Kèm theo Kế hoạch số 125/KH-UBND ngày 02/4/2021 của Ủy ban nhân dân tỉnh)"); !ok || n.Text != "125/KH-UBND" || !n.State {
		t.Errorf("NumberIn in a caption = %+v, %v", n, ok)
	}
}

func TestPlaceDate(t *testing.T) {
	tests := []struct {
		line, place string
		d, m, y     int
	}{
		{"Rạch Giá, ngày 02 tháng 4 năm 2021", "Rạch Giá", 2, 4, 2021},
		{"Châu Thành, ngày 15/3/2022", "Châu Thành", 15, 3, 2022},
		{"Kiên Giang,  ngày 5 - 10 - 2021.", "Kiên Giang", 5, 10, 2021},
		{"Phú Quốc, ngày 31 tháng 12 năm 2022", "Phú Quốc", 31, 12, 2022},
	}
	for _, tc := range tests {
		place, d, m, y, ok := PlaceDate(tc.line)
		if !ok || place != tc.place || d != tc.d || m != tc.m || y != tc.y {
			t.Errorf("PlaceDate(%q) = %q %d %d %d %v", tc.line, place, d, m, y, ok)
		}
	}
	for _, bad := range []string{"Thực hiện Nghị quyết số 05-NQ/TU, ngày 10-12-2021 của Tỉnh ủy về chuyển đổi số", "ngày 02 tháng 4 năm 2021"} {
		if _, _, _, _, ok := PlaceDate(bad); ok {
			t.Errorf("PlaceDate(%q) accepted a line that is not a place and date", bad)
		}
	}
}

// TestIssuer reads the issuer from header lines as a side-by-side header
// arrives: the left column's lines, then the right column's, or the
// reverse.
func TestIssuer(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG", "Số: 125/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Rạch Giá, ngày 02 tháng 4 năm 2021"}, "Ủy ban nhân dân tỉnh Kiên Giang"},
		{[]string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Rạch Giá, ngày 02 tháng 4 năm 2021", "ỦY BAN NHÂN DÂN", "TỈNH KIÊN GIANG", "Số: 125/KH-UBND"}, "Ủy ban nhân dân tỉnh Kiên Giang"},
		{[]string{"ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH KIÊN GIANG", "Độc lập - Tự do - Hạnh phúc"}, "Ủy ban nhân dân tỉnh Kiên Giang"},
		{[]string{"ĐẢNG BỘ TỈNH KIÊN GIANG", "THÀNH ỦY RẠCH GIÁ", "*", "Số 07-CTr/ThU", "ĐẢNG CỘNG SẢN VIỆT NAM"}, "Thành ủy Rạch Giá"},
		{[]string{"ĐẢNG BỘ TỈNH KIÊN GIANG", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*"}, "Đảng ủy Khối các cơ quan tỉnh"},
		{[]string{"ĐẢNG BỘ TỈNH KIÊN GIANG", "HUYỆN ỦY CHÂU THÀNH"}, "Huyện ủy Châu Thành"},
		{[]string{"TỈNH ỦY KIÊN GIANG"}, "Tỉnh ủy Kiên Giang"},
		{[]string{"UBND TỈNH KIÊN GIANG", "SỞ NỘI VỤ"}, "Sở Nội vụ"},
		{[]string{"UBND TỈNH QUẢNG NAM", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"}, "Sở Giáo dục và Đào tạo"},
		{[]string{"UBND TỈNH THANH HÓA", "SỞ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN", "-------", "Số: 2150/KH-SNN"}, "Sở Nông nghiệp và Phát triển nông thôn"},
		{[]string{"UBND TỈNH", "SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"}, "Sở Lao động - Thương binh và Xã hội"},
		{[]string{"SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"}, "Sở Văn hóa, Thể thao và Du lịch"},
		{[]string{"ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"}, ""},
	}
	for _, tc := range tests {
		got, _ := Issuer(tc.lines)
		if got != tc.want {
			t.Errorf("Issuer(%s) = %q, want %q", strings.Join(tc.lines, " / "), got, tc.want)
		}
	}
}

func TestDocType(t *testing.T) {
	tests := []struct{ line, name, code string }{
		{"KẾ HOẠCH", "Kế hoạch", "KH"},
		{"CHƯƠNG TRÌNH HÀNH ĐỘNG", "Chương trình hành động", "CTr"},
		{"CHƯƠNG TRÌNH", "Chương trình", "CTr"},
		{"ĐỀ ÁN", "Đề án", "ĐA"},
		{"KẾ HOẠCH TRIỂN KHAI", "Kế hoạch", "KH"},
		{"Kế hoạch", "", ""},
		{"KẾ HOẠCHX", "", ""},
	}
	for _, tc := range tests {
		name, code, _ := DocType(tc.line)
		if name != tc.name || code != tc.code {
			t.Errorf("DocType(%q) = %q, %q; want %q, %q", tc.line, name, code, tc.name, tc.code)
		}
	}
}

func TestSigner(t *testing.T) {
	for _, l := range []string{"T/M TỈNH ỦY", "TM. ỦY BAN NHÂN DÂN", "TM.ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "K/T BÍ THƯ", "TL. CHỦ TỊCH", "TM BAN THƯỜNG VỤ", "TUQ. CHỦ TỊCH"} {
		if !SignerAuthority(l) {
			t.Errorf("SignerAuthority(%q) = false", l)
		}
	}
	for _, l := range []string{"Tổ chức thực hiện", "TMĐT", "KT", "Trách nhiệm"} {
		if SignerAuthority(l) {
			t.Errorf("SignerAuthority(%q) = true", l)
		}
	}
	for _, l := range []string{"CHỦ TỊCH", "PHÓ CHỦ TỊCH", "BÍ THƯ", "PHÓ BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"} {
		if !SignerPosition(l) {
			t.Errorf("SignerPosition(%q) = false", l)
		}
	}
	if SignerPosition("CHỦ TỊCHX") || SignerPosition("Nguyễn Văn An") {
		t.Error("SignerPosition accepted a line that is no position")
	}
}

func TestNationalHeader(t *testing.T) {
	for _, l := range []string{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐẢNG CỘNG SẢN VIỆT NAM"} {
		if !NationalHeader(l) {
			t.Errorf("NationalHeader(%q) = false", l)
		}
	}
	if NationalHeader("ỦY BAN NHÂN DÂN") {
		t.Error("NationalHeader accepted an issuer")
	}
}
