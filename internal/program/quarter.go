package program

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Quarter is a calendar quarter, the period of the office's progress reports.
type Quarter struct {
	Year int
	Q    int // 1..4
}

// QuarterOf returns the quarter containing d.
func QuarterOf(d Date) Quarter { return Quarter{d.Year, (int(d.Month)-1)/3 + 1} }

// ParseQuarter reads "2021-Q2" (case-insensitive).
func ParseQuarter(s string) (Quarter, error) {
	y, q, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), "-Q")
	if ok {
		yy, err1 := strconv.Atoi(y)
		qq, err2 := strconv.Atoi(q)
		if err1 == nil && err2 == nil && yy > 0 && qq >= 1 && qq <= 4 {
			return Quarter{yy, qq}, nil
		}
	}
	return Quarter{}, fmt.Errorf("%q is not a quarter of the form YYYY-Qn (for example 2021-Q2)", s)
}

// String is the machine form used in file names and flags: 2021-Q2.
func (q Quarter) String() string { return fmt.Sprintf("%d-Q%d", q.Year, q.Q) }

// Roman is the quarter's Roman numeral: I, II, III, IV.
func (q Quarter) Roman() string { return [...]string{"", "I", "II", "III", "IV"}[q.Q] }

// Label is the seed's wording: "quý II-2021".
func (q Quarter) Label() string { return fmt.Sprintf("quý %s-%d", q.Roman(), q.Year) }

// First is the first day of the quarter.
func (q Quarter) First() Date { return Date{q.Year, time.Month(3*q.Q - 2), 1} }

// Last is the last day of the quarter.
func (q Quarter) Last() Date { return LastOfMonth(q.Year, time.Month(3*q.Q)) }

// Next is the following quarter.
func (q Quarter) Next() Quarter {
	if q.Q == 4 {
		return Quarter{q.Year + 1, 1}
	}
	return Quarter{q.Year, q.Q + 1}
}

// Contains reports whether d falls inside the quarter.
func (q Quarter) Contains(d Date) bool { return !d.Before(q.First()) && !d.After(q.Last()) }

// MarshalText writes "2021-Q2".
func (q Quarter) MarshalText() ([]byte, error) { return []byte(q.String()), nil }

// UnmarshalText reads "2021-Q2".
func (q *Quarter) UnmarshalText(b []byte) error {
	v, err := ParseQuarter(string(b))
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// HalfYear returns the first and last day of the half-year containing d:
// January to June or July to December.
func HalfYear(d Date) (Date, Date) {
	if d.Month <= time.June {
		return Date{d.Year, time.January, 1}, Date{d.Year, time.June, 30}
	}
	return Date{d.Year, time.July, 1}, Date{d.Year, time.December, 31}
}
