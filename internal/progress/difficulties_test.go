package progress

import (
	"reflect"
	"testing"

	"baocao/internal/program"
)

// The review lists the difficulties recorded in its quarter up to the
// report date, in item order, each text once at its latest date.
func TestQuarterDifficulties(t *testing.T) {
	p := seedLike()
	if len(p.WorkItems) < 2 {
		t.Fatal("fixture has too few items")
	}
	a, b := p.WorkItems[0].ID, p.WorkItems[1].ID
	l := ledgerOf(
		Update{Item: b, Date: day("2021-07-02"), Difficulties: "Thiếu kinh phí", Source: "import: b.xlsx"},
		Update{Item: a, Date: day("2021-06-30"), Difficulties: "Quý trước"},               // Q2: not this quarter's
		Update{Item: a, Date: day("2021-08-01"), Difficulties: "Vướng thủ tục"},           // listed
		Update{Item: a, Date: day("2021-08-15"), Note: "không có khó khăn"},               // nothing to list
		Update{Item: b, Date: day("2021-09-10"), Difficulties: "Thiếu kinh phí"},          // repeated: kept once, at its latest date
		Update{Item: a, Date: day("2021-09-25"), Difficulties: "Sau ngày báo cáo"},        // after the report date
		Update{Item: "99.9", Date: day("2021-08-01"), Difficulties: "phần việc không có"}, // no such item
	)
	q := program.Quarter{Year: 2021, Q: 3}
	rv := BuildReview(p, l, q, day("2021-09-20"), ReviewOptions{})
	var got []string
	for _, d := range rv.Difficulties {
		got = append(got, d.Item.ID+" "+d.Date.String()+" "+d.Text+" "+d.Source)
	}
	want := []string{a + " 2021-08-01 Vướng thủ tục ", b + " 2021-09-10 Thiếu kinh phí "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
	if rv := BuildReview(p, nil, q, day("2021-09-20"), ReviewOptions{}); rv.Difficulties != nil {
		t.Errorf("no ledger: %v", rv.Difficulties)
	}
}
