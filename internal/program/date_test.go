package program

import (
	"encoding/json"
	"testing"
	"time"
)

func TestDateFormats(t *testing.T) {
	cases := []struct {
		d           Date
		iso, dotted string
		long        string
	}{
		{Date{2021, 4, 2}, "2021-04-02", "02-4-2021", "ngày 02 tháng 4 năm 2021"},
		{Date{2018, 2, 20}, "2018-02-20", "20-02-2018", "ngày 20 tháng 02 năm 2018"},
		{Date{2021, 1, 5}, "2021-01-05", "05-01-2021", "ngày 05 tháng 01 năm 2021"},
		{Date{2021, 12, 31}, "2021-12-31", "31-12-2021", "ngày 31 tháng 12 năm 2021"},
	}
	for _, c := range cases {
		if got := c.d.String(); got != c.iso {
			t.Errorf("%v String = %q, want %q", c.d, got, c.iso)
		}
		if got := c.d.Dotted(); got != c.dotted {
			t.Errorf("%v Dotted = %q, want %q", c.d, got, c.dotted)
		}
		if got := c.d.Long(); got != c.long {
			t.Errorf("%v Long = %q, want %q", c.d, got, c.long)
		}
	}
}

func TestParseISODateRejectsImpossibleDays(t *testing.T) {
	for _, s := range []string{"2021-02-29", "2021-02-30", "2021-13-01", "2021-4-2", "02-04-2021", ""} {
		if _, err := ParseISODate(s); err == nil {
			t.Errorf("ParseISODate(%q) accepted an impossible or malformed date", s)
		}
	}
	if d, err := ParseISODate("2024-02-29"); err != nil || d != (Date{2024, 2, 29}) {
		t.Errorf("leap day: %v, %v", d, err)
	}
}

func TestDateArithmetic(t *testing.T) {
	d := Date{2021, 6, 30}
	if got := d.AddDays(1); got != (Date{2021, 7, 1}) {
		t.Errorf("AddDays(1) = %v", got)
	}
	if got := d.AddDays(-30); got != (Date{2021, 5, 31}) {
		t.Errorf("AddDays(-30) = %v", got)
	}
	if got := (Date{2021, 7, 30}).DaysSince(d); got != 30 {
		t.Errorf("DaysSince = %d, want 30", got)
	}
	if !d.Before(Date{2021, 7, 1}) || d.After(Date{2021, 7, 1}) || d.Compare(d) != 0 {
		t.Error("ordering is wrong")
	}
	if !(Date{2021, 2, 28}).Valid() || (Date{2021, 2, 29}).Valid() || (Date{}).Valid() {
		t.Error("Valid is wrong")
	}
	if got := LastOfMonth(2024, time.February); got != (Date{2024, 2, 29}) {
		t.Errorf("LastOfMonth = %v", got)
	}
}

func TestDateJSONRoundTrip(t *testing.T) {
	in := struct{ D Date }{Date{2021, 4, 2}}
	b, err := json.Marshal(in)
	if err != nil || string(b) != `{"D":"2021-04-02"}` {
		t.Fatalf("Marshal = %s, %v", b, err)
	}
	var out struct{ D Date }
	if err := json.Unmarshal(b, &out); err != nil || out != in {
		t.Fatalf("Unmarshal = %v, %v", out, err)
	}
	if err := json.Unmarshal([]byte(`{"D":"2021-02-30"}`), &out); err == nil {
		t.Error("Unmarshal accepted 2021-02-30")
	}
}
