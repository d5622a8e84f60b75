package program

import (
	"fmt"
	"time"
)

// Date is a civil date (no time of day, no zone): deadlines and completion
// dates are days in the office's calendar, never instants.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date, normalising overflow the way time.Date does.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the calendar date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseISODate reads "2006-01-02" and rejects impossible days such as 2021-02-30.
func ParseISODate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("%q is not a date of the form YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// Valid reports whether the date exists in the calendar.
func (d Date) Valid() bool {
	if d.Year < 1 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Year, d.Month)
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// LastOfMonth returns the last day of the month.
func LastOfMonth(y int, m time.Month) Date { return Date{y, m, daysIn(y, m)} }

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns midnight UTC of the date.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// String formats the date as ISO 8601 (2021-04-02).
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Before reports whether d is strictly earlier than e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is strictly later than e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// Compare returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	default:
		return sign(d.Day - e.Day)
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// AddDays returns the date n days later (earlier when n < 0).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// DaysSince returns the whole days from e to d (positive when d is later).
func (d Date) DaysSince(e Date) int { return int(d.Time().Sub(e.Time()).Hours() / 24) }

// Dotted formats the date the way the seed cites documents: 02-4-2021
// (day zero-padded, month 1 and 2 zero-padded, per ND30 and the seed).
func (d Date) Dotted() string {
	return fmt.Sprintf("%02d-%s-%d", d.Day, monthWord(d.Month), d.Year)
}

// Long formats the date for a header line: "ngày 02 tháng 4 năm 2021".
func (d Date) Long() string {
	return fmt.Sprintf("ngày %02d tháng %s năm %d", d.Day, monthWord(d.Month), d.Year)
}

// monthWord zero-pads months 1 and 2 only, as ND30 asks ("tháng 02", "tháng 4").
func monthWord(m time.Month) string {
	if m <= 2 {
		return fmt.Sprintf("%02d", int(m))
	}
	return fmt.Sprintf("%d", int(m))
}

// MarshalText writes the ISO form so JSON and TOML carry "2021-04-02".
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads the ISO form.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseISODate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
