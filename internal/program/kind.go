package program

// Kind is what sort of product a work item delivers.
type Kind string

// The kinds the national convention and the seed's Ghi chú use. Values are
// the stable JSON/TOML spelling; Label gives the Vietnamese word.
const (
	KindDeAn        Kind = "de_an"        // Đề án
	KindChuongTrinh Kind = "chuong_trinh" // Chương trình (also "Chương trình hành động")
	KindKeHoach     Kind = "ke_hoach"     // Kế hoạch
	KindQuyDinh     Kind = "quy_dinh"     // Quy định
	KindQuyChe      Kind = "quy_che"      // Quy chế
	KindDanhMuc     Kind = "danh_muc"     // Danh mục
	KindNghiQuyet   Kind = "nghi_quyet"   // Nghị quyết
	KindSoKet       Kind = "so_ket"       // Sơ kết
	KindTongKet     Kind = "tong_ket"     // Tổng kết
)

// Kinds lists every kind in the order reports show them (the Ghi chú's order).
var Kinds = []Kind{KindDeAn, KindChuongTrinh, KindKeHoach, KindQuyDinh, KindQuyChe, KindDanhMuc, KindNghiQuyet, KindSoKet, KindTongKet}

var kindLabels = map[Kind]string{
	KindDeAn: "Đề án", KindChuongTrinh: "Chương trình", KindKeHoach: "Kế hoạch",
	KindQuyDinh: "Quy định", KindQuyChe: "Quy chế", KindDanhMuc: "Danh mục",
	KindNghiQuyet: "Nghị quyết", KindSoKet: "Sơ kết", KindTongKet: "Tổng kết",
}

// Label is the kind's Vietnamese name with its first letter capitalised: "Đề án".
func (k Kind) Label() string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return string(k)
}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool { _, ok := kindLabels[k]; return ok }
