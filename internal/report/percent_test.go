package report

import (
	"testing"

	"baocao/internal/progress"
)

// TestTallyPercentRoundsHalfUp: the report workbook shows the same rates with
// the number format 0.0%, which Excel and LibreOffice round half away from
// zero (1 of 16 items shows 6,3%). The PDF must print the same figure for the
// same tally, and round every tie the same way: %.1f rounds 6.25 to 6.2 but
// 18.75 to 18.8, and 12.35 (not exact in binary) to 12.3.
func TestTallyPercentRoundsHalfUp(t *testing.T) {
	cases := []struct {
		n, total int
		want     string
	}{
		{1, 16, "6,3%"},
		{3, 16, "18,8%"},
		{5, 16, "31,3%"},
		{1, 80, "1,3%"},
		{247, 2000, "12,4%"},
		{10, 34, "29,4%"},
		{1, 34, "2,9%"},
		{7, 34, "20,6%"},
		{17, 34, "50%"},
		{1, 3, "33,3%"},
		{2, 3, "66,7%"},
		{0, 34, "0%"},
		{34, 34, "100%"},
		{1999, 2000, "100%"},
		{0, 0, "0%"},
	}
	for _, c := range cases {
		tally := progress.Tally{Total: c.total, ByStatus: map[progress.Status]int{progress.DoneOnTime: c.n}}
		got := tallyData(tally)
		if got.DonePercent != c.want {
			t.Errorf("%d of %d: DonePercent %q, want %q", c.n, c.total, got.DonePercent, c.want)
		}
		if p := got.All[0].Percent; p != c.want {
			t.Errorf("%d of %d: status percent %q, want %q", c.n, c.total, p, c.want)
		}
	}
}
