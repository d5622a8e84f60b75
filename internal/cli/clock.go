package cli

import (
	"strings"
	"time"
	_ "time/tzdata" // Asia/Ho_Chi_Minh must resolve on a bare machine without zoneinfo

	"baocao/internal/program"
)

// officeZone is where "today" is decided: a run at 23:30 UTC on 30 June is
// already 1 July for the office.
var officeZone = func() *time.Location {
	if loc, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return loc
	}
	return time.FixedZone("ICT", 7*3600)
}()

// today is the office's calendar date of now. This is the only place baocao
// reads the clock for document content.
func (a *app) today() program.Date { return program.DateOf(a.now().In(officeZone)) }

// stamp is the office-local time for backup names and ledger notes.
func (a *app) stamp() time.Time { return a.now().In(officeZone) }

// reportDate reads --date, defaulting to today.
func (a *app) reportDate(flagValue string) (program.Date, error) {
	if flagValue == "" {
		return a.today(), nil
	}
	d, err := program.ParseISODate(strings.TrimSpace(flagValue))
	if err != nil {
		return program.Date{}, usageErrorf("--date %q: expected a date of the form YYYY-MM-DD (for example 2021-06-30) or quarter-end", flagValue)
	}
	return d, nil
}

// reportQuarter reads --quarter: "2021-Q2", "current" or "previous"
// (relative to the report date); empty means the quarter containing it.
func reportQuarter(flagValue string, d program.Date) (program.Quarter, error) {
	cur := program.QuarterOf(d)
	switch strings.ToLower(strings.TrimSpace(flagValue)) {
	case "", "current":
		return cur, nil
	case "previous":
		if cur.Q == 1 {
			return program.Quarter{Year: cur.Year - 1, Q: 4}, nil
		}
		return program.Quarter{Year: cur.Year, Q: cur.Q - 1}, nil
	}
	q, err := program.ParseQuarter(flagValue)
	if err != nil {
		return program.Quarter{}, usageErrorf("--quarter %q: expected YYYY-Qn (for example 2021-Q2), \"current\" or \"previous\"", flagValue)
	}
	return q, nil
}

// dateAndQuarter reads --date and --quarter together. --date quarter-end
// means the last day of the quarter, so a job run on 1 July with
// "--quarter previous --date quarter-end" reports Q2 as it stood on 30 June.
// Without --date, a quarter that has already ended is reported as it stood
// on its last day: "--quarter 2021-Q2" alone must not count work done in
// later years as done in quý II, nor call items overdue by years.
func (a *app) dateAndQuarter(c *common) (program.Date, program.Quarter, error) {
	if strings.TrimSpace(c.date) == "" {
		today := a.today()
		q, err := reportQuarter(c.quarter, today)
		if err != nil {
			return program.Date{}, program.Quarter{}, err
		}
		if today.After(q.Last()) {
			return q.Last(), q, nil
		}
		return today, q, nil
	}
	if strings.EqualFold(strings.TrimSpace(c.date), "quarter-end") {
		q, err := reportQuarter(c.quarter, a.today())
		if err != nil {
			return program.Date{}, program.Quarter{}, err
		}
		return q.Last(), q, nil
	}
	d, err := a.reportDate(c.date)
	if err != nil {
		return program.Date{}, program.Quarter{}, err
	}
	q, err := reportQuarter(c.quarter, d)
	if err != nil {
		return program.Date{}, program.Quarter{}, err
	}
	// A report of quý II dated in quý III would count work done in July as
	// done in quý II, and its files (named after the quarter) would replace
	// the quarter's real report.
	if !q.Contains(d) {
		return program.Date{}, program.Quarter{}, a.usagef("--date %s is not in --quarter %s (%s to %s): a quarter's files are dated within it; leave --date out, or give a date in the quarter (--date quarter-end is %s)",
			d.String(), q.String(), q.First().String(), q.Last().String(), q.Last().String())
	}
	return d, q, err
}
