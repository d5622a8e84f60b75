package check

import (
	"testing"

	"baocao/internal/program"
)

// A "Báo cáo sơ kết" is a Sơ kết work item; a Ghi chú that counts reports
// and no reviews (the audit's Huyện ủy programme: "01 báo cáo") counts it
// as its Báo cáo, so no false difference is shown. A Ghi chú that counts
// Sơ kết keeps it there, and a plain "Sơ kết" never moves.
func TestReconcileReportedReview(t *testing.T) {
	item := func(id string, kind program.Kind, title string) program.WorkItem {
		return program.WorkItem{ID: id, TT: id[:1], Seq: 1, Kind: kind, Title: title, Line: 40}
	}
	count := func(n int, kinds ...program.Kind) program.KindCount {
		return program.KindCount{Kinds: kinds, Count: n}
	}
	tests := []struct {
		name     string
		items    []program.WorkItem
		declared []program.KindCount
		differs  bool
	}{
		{"bao cao declared", []program.WorkItem{item("1.1", program.KindKeHoach, "Kế hoạch"), item("2.1", program.KindSoKet, "Báo cáo sơ kết 01 năm")},
			[]program.KindCount{count(1, program.KindKeHoach), count(1, program.KindBaoCao)}, false},
		{"tong ket as bao cao", []program.WorkItem{item("1.1", program.KindTongKet, "Báo cáo tổng kết")},
			[]program.KindCount{count(1, program.KindBaoCao)}, false},
		{"so ket declared", []program.WorkItem{item("1.1", program.KindSoKet, "Báo cáo sơ kết")},
			[]program.KindCount{count(1, program.KindSoKet), count(1, program.KindBaoCao)}, true},
		{"plain so ket", []program.WorkItem{item("1.1", program.KindSoKet, "Sơ kết 01 năm")},
			[]program.KindCount{count(1, program.KindBaoCao)}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := &program.Programme{Source: "t.txt", WorkItems: tc.items, Declared: tc.declared, DeclaredTotal: len(tc.items)}
			rec := reconcile(p, nil)
			differs := false
			for _, l := range rec.Lines {
				differs = differs || l.Differs()
			}
			if differs != tc.differs {
				t.Errorf("differs = %v, want %v: %+v", differs, tc.differs, rec.Lines)
			}
		})
	}
}
