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
	KindSoKet       Kind = "so_ket"       // Sơ kết (also "Báo cáo sơ kết")
	KindTongKet     Kind = "tong_ket"     // Tổng kết (also "Báo cáo tổng kết")
)

// Kinds other programmes deliver besides the nine above.
const (
	KindChiThi   Kind = "chi_thi"   // Chỉ thị
	KindKetLuan  Kind = "ket_luan"  // Kết luận
	KindHuongDan Kind = "huong_dan" // Hướng dẫn
	KindBaoCao   Kind = "bao_cao"   // Báo cáo (a report that is not a review)
)

// KindNone is the kind of a work item whose words name no product kind
// ("Tổ chức hội nghị …"): kept and counted under "Khác" rather than lost.
const KindNone Kind = "none"

// Kinds lists the kinds every report shows, even with no item, in the
// order the seed's Ghi chú counts them.
var Kinds = []Kind{KindDeAn, KindChuongTrinh, KindKeHoach, KindQuyDinh, KindQuyChe, KindDanhMuc, KindNghiQuyet, KindSoKet, KindTongKet}

// MoreKinds are the other known kinds, shown only when a programme has them.
var MoreKinds = []Kind{KindChiThi, KindKetLuan, KindHuongDan, KindBaoCao}

// AllKinds is every kind in report order: Kinds, MoreKinds, then KindNone.
var AllKinds = append(append(append([]Kind{}, Kinds...), MoreKinds...), KindNone)

var kindLabels = map[Kind]string{
	KindDeAn: "Đề án", KindChuongTrinh: "Chương trình", KindKeHoach: "Kế hoạch",
	KindQuyDinh: "Quy định", KindQuyChe: "Quy chế", KindDanhMuc: "Danh mục",
	KindNghiQuyet: "Nghị quyết", KindSoKet: "Sơ kết", KindTongKet: "Tổng kết",
	KindChiThi: "Chỉ thị", KindKetLuan: "Kết luận", KindHuongDan: "Hướng dẫn", KindBaoCao: "Báo cáo",
	KindNone: "Khác",
}

// Label is the kind's Vietnamese name with its first letter capitalised: "Đề án".
func (k Kind) Label() string {
	if l, ok := kindLabels[k]; ok {
		return l
	}
	return string(k)
}

// Valid reports whether k is one of AllKinds.
func (k Kind) Valid() bool { _, ok := kindLabels[k]; return ok }
