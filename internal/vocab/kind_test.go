package vocab

import (
	"testing"

	"baocao/internal/program"
	"golang.org/x/text/unicode/norm"
)

func TestKind(t *testing.T) {
	tests := []struct {
		word string
		kind program.Kind
		ok   bool
	}{
		{"Đề án", program.KindDeAn, true},
		{"đề án", program.KindDeAn, true},
		{"ĐỀ ÁN", program.KindDeAn, true},
		{norm.NFD.String("Đề án"), program.KindDeAn, true},
		{"Chương trình", program.KindChuongTrinh, true},
		{"Chương trình hành động", program.KindChuongTrinh, true},
		{"Kế hoạch", program.KindKeHoach, true},
		{"Quy định", program.KindQuyDinh, true},
		{"Quy chế", program.KindQuyChe, true},
		{"Danh mục", program.KindDanhMuc, true},
		{"Nghị quyết", program.KindNghiQuyet, true},
		{"Sơ kết", program.KindSoKet, true},
		{"sơ kết", program.KindSoKet, true},
		{"Tổng kết", program.KindTongKet, true},
		{"  tổng   kết ", program.KindTongKet, true},
		{"Đề án mới", "", false},
		{"Dự án", "", false},
		{"Chỉ thị", program.KindChiThi, true},
		{"Báo cáo tổng kết", program.KindTongKet, true},
		{"", "", false},
	}
	for _, tc := range tests {
		k, ok := Kind(tc.word)
		if k != tc.kind || ok != tc.ok {
			t.Errorf("Kind(%q) = %q, %v; want %q, %v", tc.word, k, ok, tc.kind, tc.ok)
		}
	}
}
