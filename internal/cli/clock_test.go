package cli

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"baocao/internal/i18n"
	"baocao/internal/program"
)

func TestDateAndQuarterDefaults(t *testing.T) {
	// Today is 2021-08-15 in the office.
	now := time.Date(2021, 8, 15, 3, 0, 0, 0, time.UTC)
	a := &app{now: func() time.Time { return now }}
	cases := []struct {
		date, quarter string
		wantD         program.Date
		wantQ         string
	}{
		{"", "", program.Date{Year: 2021, Month: 8, Day: 15}, "2021-Q3"},
		{"", "current", program.Date{Year: 2021, Month: 8, Day: 15}, "2021-Q3"},
		// A quarter that has ended is reported as it stood on its last day.
		{"", "2021-Q2", program.Date{Year: 2021, Month: 6, Day: 30}, "2021-Q2"},
		{"", "previous", program.Date{Year: 2021, Month: 6, Day: 30}, "2021-Q2"},
		// A quarter still running, or to come, is reported as of today.
		{"", "2021-Q4", program.Date{Year: 2021, Month: 8, Day: 15}, "2021-Q4"},
		// An explicit date within the quarter wins.
		{"2021-05-10", "2021-Q2", program.Date{Year: 2021, Month: 5, Day: 10}, "2021-Q2"},
		{"quarter-end", "2021-Q1", program.Date{Year: 2021, Month: 3, Day: 31}, "2021-Q1"},
	}
	for _, c := range cases {
		d, q, err := a.dateAndQuarter(&common{date: c.date, quarter: c.quarter})
		if err != nil {
			t.Errorf("--date %q --quarter %q: %v", c.date, c.quarter, err)
			continue
		}
		if d != c.wantD || q.String() != c.wantQ {
			t.Errorf("--date %q --quarter %q: got %v %v, want %v %v", c.date, c.quarter, d, q, c.wantD, c.wantQ)
		}
	}
}

// TestDateOutsideQuarterIsAnError: a quý II report dated in quý III would
// count July's work as quý II's and replace the quarter's real report.
func TestDateOutsideQuarterIsAnError(t *testing.T) {
	a := &app{now: func() time.Time { return time.Date(2021, 8, 15, 3, 0, 0, 0, time.UTC) }, printer: i18n.New(i18n.English)}
	for _, c := range []struct{ date, quarter string }{{"2021-07-10", "2021-Q2"}, {"2021-03-31", "2021-Q2"}, {"2021-07-01", "previous"}} {
		_, _, err := a.dateAndQuarter(&common{date: c.date, quarter: c.quarter})
		if codeOf(err) != ExitUsage || !strings.Contains(fmt.Sprint(err), "is not in --quarter") {
			t.Errorf("--date %s --quarter %s: got %v, want a usage error", c.date, c.quarter, err)
		}
	}
}
