package progress

import (
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// TestStatusOfNewDeadlineForms applies the status rules to the deadline
// forms of State plans, read by vocab as the parser reads them: a
// half-year is due on its last day, a six-monthly item is done for the
// half-year its completion falls in, an open item ("từ năm 2021") is
// continuous work, and a yearly one with a start is yearly.
func TestStatusOfNewDeadlineForms(t *testing.T) {
	cases := []struct {
		phrase string
		ups    []Update
		d      string
		status Status
		due    string
	}{
		{"6 tháng đầu năm 2021", nil, "2021-06-30", DueSoon, "2021-06-30"},
		{"6 tháng đầu năm 2021", nil, "2021-07-01", OpenLate, "2021-06-30"},
		{"6 tháng cuối năm 2021", nil, "2021-09-30", OpenOnTime, "2021-12-31"},
		{"6 tháng cuối năm 2021", []Update{rec("2022-01-03", StateDone, "2022-01-02")}, "2022-03-31", DoneLate, "2021-12-31"},
		{"Định kỳ 6 tháng", []Update{rec("2021-02-11", StateDone, "2021-02-10")}, "2021-06-30", DoneOnTime, ""},
		{"Định kỳ 6 tháng", []Update{rec("2021-02-11", StateDone, "2021-02-10")}, "2021-09-30", NoDeadline, ""},
		{"Từ năm 2021", nil, "2021-06-30", NoDeadline, ""},
		{"Từ năm 2021", []Update{rec("2021-05-11", StateDone, "2021-05-10")}, "2021-06-30", DoneOnTime, ""},
		{"Năm 2021 và các năm tiếp theo", []Update{rec("2021-05-11", StateDone, "2021-05-10")}, "2022-03-31", NoDeadline, ""},
		{"Tháng 10 hằng năm", []Update{rec("2021-10-11", StateDone, "2021-10-10")}, "2021-12-31", DoneOnTime, ""},
		{"Trước 30/9/2021", nil, "2021-09-30", OpenLate, "2021-09-29"},
	}
	for _, c := range cases {
		dl, err := vocab.Deadline(c.phrase)
		if err != nil {
			t.Fatal(err)
		}
		d := day(c.d)
		it := BuildReview(oneItem(dl), ledgerOf(c.ups...), program.QuarterOf(d), d, ReviewOptions{}).Items[0]
		if it.Status != c.status || ds(it.Due) != c.due {
			t.Errorf("%q at %s: %s due %q, want %s due %q", c.phrase, c.d, it.Status, ds(it.Due), c.status, c.due)
		}
	}
}

// TestByKindKeepsNewKinds groups the kinds beyond the seed's nine and the
// items of no kind, which ByKind used to drop once they were known kinds.
func TestByKindKeepsNewKinds(t *testing.T) {
	p := oneItem(fixedDeadline(2))
	for i, k := range []program.Kind{program.KindNone, program.KindChiThi, program.KindBaoCao} {
		w := p.WorkItems[0]
		w.ID, w.Seq, w.Kind = "01."+string(rune('2'+i)), i+2, k
		p.WorkItems = append(p.WorkItems, w)
	}
	d := day("2021-06-30")
	var labels []string
	for _, g := range BuildReview(p, ledgerOf(), program.QuarterOf(d), d, ReviewOptions{}).ByKind {
		labels = append(labels, g.Label)
	}
	if got := strings.Join(labels, "|"); got != "Đề án|Chỉ thị|Báo cáo|Khác" {
		t.Errorf("ByKind = %s, want Đề án|Chỉ thị|Báo cáo|Khác", got)
	}
}
