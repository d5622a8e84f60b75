package program

import "testing"

func TestQuarter(t *testing.T) {
	cases := []struct {
		in          string
		label       string
		first, last Date
		next        string
	}{
		{"2021-Q1", "quý I-2021", Date{2021, 1, 1}, Date{2021, 3, 31}, "2021-Q2"},
		{"2021-q2", "quý II-2021", Date{2021, 4, 1}, Date{2021, 6, 30}, "2021-Q3"},
		{"2021-Q3", "quý III-2021", Date{2021, 7, 1}, Date{2021, 9, 30}, "2021-Q4"},
		{"2021-Q4", "quý IV-2021", Date{2021, 10, 1}, Date{2021, 12, 31}, "2022-Q1"},
	}
	for _, c := range cases {
		q, err := ParseQuarter(c.in)
		if err != nil {
			t.Fatalf("ParseQuarter(%q): %v", c.in, err)
		}
		if q.Label() != c.label || q.First() != c.first || q.Last() != c.last || q.Next().String() != c.next {
			t.Errorf("%s: label %q first %v last %v next %v", c.in, q.Label(), q.First(), q.Last(), q.Next())
		}
		if !q.Contains(c.first) || !q.Contains(c.last) || q.Contains(c.last.AddDays(1)) || q.Contains(c.first.AddDays(-1)) {
			t.Errorf("%s: Contains is wrong at the edges", c.in)
		}
		if QuarterOf(c.last) != q {
			t.Errorf("QuarterOf(%v) = %v", c.last, QuarterOf(c.last))
		}
	}
	for _, bad := range []string{"2021-Q5", "2021-Q0", "2021Q2", "Q2-2021", "", "abc-Qx"} {
		if _, err := ParseQuarter(bad); err == nil {
			t.Errorf("ParseQuarter(%q) accepted a bad quarter", bad)
		}
	}
}
