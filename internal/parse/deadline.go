package parse

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"baocao/internal/program"
	"golang.org/x/text/unicode/norm"
)

// Deadline phrases, matched against the lower-cased phrase once the
// lead-in words ("thời gian hoàn thành trong") and qualifiers are removed.
var (
	reQuarter = regexp.MustCompile(`^quý\s+(iv|iii|ii|i|[1-4])(?:\s*[-/]\s*(\d{4})|\s+năm\s+(\d{4}))?$`)
	reMonth   = regexp.MustCompile(`^tháng\s+(\d{1,2})(?:\s*[-/.]\s*(\d{4})|\s+năm\s+(\d{4}))?$`)
	reDay     = regexp.MustCompile(`^(?:ngày\s+)?(\d{1,2})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{4})$`)
	reDayLong = regexp.MustCompile(`^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$`)
	reYear    = regexp.MustCompile(`^(?:cuối\s+)?(?:năm\s+)?(\d{4})$`)
	reSpan    = regexp.MustCompile(`^(?:giai\s+đoạn\s+|nhiệm\s+kỳ\s+|từ\s+năm\s+|năm\s+)?(\d{4})\s*[-–]\s*(?:năm\s+)?(\d{4})$`)
	reSplit   = regexp.MustCompile(`\s+và\s+|\s*,\s*|\s*;\s*`)
	// A quarter or month written without its unit after another one.
	reBareQuarter = regexp.MustCompile(`^(iv|iii|ii|i|[1-4])(?:\s*[-/]\s*\d{4}|\s+năm\s+\d{4})?$`)
	reBareMonth   = regexp.MustCompile(`^\d{1,2}(?:\s*[-/.]\s*\d{4}|\s+năm\s+\d{4})?$`)
)

// leadIns are words before the period that do not change it.
var leadIns = []string{
	"thời gian hoàn thành", "thời gian thực hiện", "thời hạn hoàn thành", "thời hạn", "thời gian",
	"hoàn thành", "thực hiện", "xong", "trong", "vào", "cuối", ":",
}

// recurring are the open phrases with no single due date.
var recurring = []struct {
	words      string
	kind       program.DeadlineKind
	recurrence string
}{
	{"định kỳ hằng năm", program.DeadlineRecurring, "annual"},
	{"định kỳ hàng năm", program.DeadlineRecurring, "annual"},
	{"hằng năm", program.DeadlineRecurring, "annual"},
	{"hàng năm", program.DeadlineRecurring, "annual"},
	{"định kỳ hằng quý", program.DeadlineRecurring, "quarterly"},
	{"hằng quý", program.DeadlineRecurring, "quarterly"},
	{"hàng quý", program.DeadlineRecurring, "quarterly"},
	{"hằng tháng", program.DeadlineRecurring, "monthly"},
	{"hàng tháng", program.DeadlineRecurring, "monthly"},
	{"thường xuyên", program.DeadlineOngoing, ""},
	{"liên tục", program.DeadlineOngoing, ""},
}

var romanQuarter = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// ParseDeadline reads a deadline phrase as offices write it and keeps the
// words: quarters ("quý II-2021", "quý II/2021", "quý 2 năm 2021"), several
// milestones ("quý I và quý II-2021": a year written once applies to the
// milestones before it), months ("tháng 6/2021"), days ("30/6/2021",
// "ngày 30 tháng 6 năm 2021"), years ("năm 2022"), spans ("2021-2025",
// "giai đoạn 2021-2025", due on the span's last day), and open phrases
// ("hằng năm", "hằng quý", "thường xuyên") that have no due date.
// Lead-in words ("Hoàn thành trong", "thời gian hoàn thành") are ignored.
// "chậm nhất" sets Qualifier "no_later_than" without moving the date;
// "trước ngày 30/4/2021" sets Qualifier "before" and the due date is the
// day before the named one (29-4-2021), since the work must be done by then.
// Due is the last day of the last milestone's period. An unknown phrase or
// an impossible date returns an error quoting the phrase and a Deadline of
// kind "unknown" that still carries the text.
func ParseDeadline(text string) (program.Deadline, error) {
	orig := foldSpaces(norm.NFC.String(text))
	d := program.Deadline{Text: orig, Kind: program.DeadlineUnknown}
	s := strings.TrimRight(orig, " .;,")
	low := lowerSame(s)
	off := 0 // bytes of s already consumed by lead-ins
	for changed := true; changed; {
		changed = false
		rest := low[off:]
		for _, w := range leadIns {
			if strings.HasPrefix(rest, w) && (len(rest) == len(w) || rest[len(w)] == ' ' || w == ":") {
				off += len(w)
				for off < len(low) && low[off] == ' ' {
					off++
				}
				changed = true
				break
			}
		}
		if changed {
			continue
		}
		switch {
		case strings.HasPrefix(rest, "chậm nhất"):
			d.Qualifier = "no_later_than"
			off += len("chậm nhất")
		case strings.HasPrefix(rest, "trước "):
			d.Qualifier = "before"
			off += len("trước")
		default:
			continue
		}
		for off < len(low) && low[off] == ' ' {
			off++
		}
		changed = true
	}
	body, lowBody := s[off:], low[off:]
	if lowBody == "" {
		return d, fmt.Errorf("deadline phrase %q names no period: expected a quarter (quý II-2021), a month (tháng 6/2021), a date (30/6/2021), a year (năm 2022), a span (2021-2025), hằng năm, hằng quý or thường xuyên", orig)
	}
	for _, r := range recurring {
		if lowBody == r.words {
			d.Kind, d.Recurrence = r.kind, r.recurrence
			return d, nil
		}
	}
	if m := reSpan.FindStringSubmatch(lowBody); m != nil {
		y1, _ := strconv.Atoi(m[1])
		y2, _ := strconv.Atoi(m[2])
		if !plausibleYear(y1) || !plausibleYear(y2) || y2 < y1 {
			return d, fmt.Errorf("deadline phrase %q: the span %d-%d is not a span of years", orig, y1, y2)
		}
		ms := program.Milestone{Text: body, Granularity: program.BySpan,
			Start: program.Date{Year: y1, Month: 1, Day: 1}, Due: program.Date{Year: y2, Month: 12, Day: 31}}
		d.Kind, d.Milestones = program.DeadlineSpan, []program.Milestone{ms}
		due := ms.Due
		d.Due = &due
		return d, nil
	}
	var ms []program.Milestone
	var years []int // year written in each piece, 0 when it relies on a later piece
	locs := reSplit.FindAllStringIndex(lowBody, -1)
	start := 0
	for i := 0; i <= len(locs); i++ {
		end := len(lowBody)
		if i < len(locs) {
			end = locs[i][0]
		}
		piece, lowPiece := strings.TrimSpace(body[start:end]), strings.TrimSpace(lowBody[start:end])
		if i < len(locs) {
			start = locs[i][1]
		}
		if lowPiece == "" {
			continue
		}
		if len(ms) > 0 {
			// "quý III và IV/2021", "tháng 6 và 7/2021": a bare number after a
			// quarter or a month is another one of the same.
			switch ms[len(ms)-1].Granularity {
			case program.ByQuarter:
				if reBareQuarter.MatchString(lowPiece) {
					lowPiece = "quý " + lowPiece
				}
			case program.ByMonth:
				if reBareMonth.MatchString(lowPiece) {
					lowPiece = "tháng " + lowPiece
				}
			}
		}
		m, y, err := milestone(piece, lowPiece)
		if err != nil {
			return d, fmt.Errorf("deadline phrase %q: %v", orig, err)
		}
		ms = append(ms, m)
		years = append(years, y)
	}
	// A year written once ("quý I và quý II-2021") applies to the earlier pieces.
	next := 0
	for i := len(ms) - 1; i >= 0; i-- {
		if years[i] != 0 {
			next = years[i]
			continue
		}
		if next == 0 {
			return d, fmt.Errorf("deadline phrase %q: %q has no year: expected for example quý II-2021 or tháng 6/2021", orig, ms[i].Text)
		}
		ms[i] = withYear(ms[i], next)
	}
	for _, m := range ms {
		if !m.Start.Valid() || !m.Due.Valid() {
			return d, fmt.Errorf("deadline phrase %q: %q is not a date in the calendar", orig, m.Text)
		}
	}
	d.Kind, d.Milestones = program.DeadlineFixed, ms
	due := ms[len(ms)-1].Due
	if d.Qualifier == "before" {
		due = ms[len(ms)-1].Start.AddDays(-1)
	}
	d.Due = &due
	return d, nil
}

func plausibleYear(y int) bool { return y >= 1900 && y <= 2200 }

// milestone reads one period. The returned year is 0 when the piece names
// none (its Start and Due then carry year 1 until withYear fills them).
func milestone(piece, low string) (program.Milestone, int, error) {
	m := program.Milestone{Text: piece}
	year := func(groups ...string) (int, error) {
		for _, g := range groups {
			if g != "" {
				y, _ := strconv.Atoi(g)
				if !plausibleYear(y) {
					return 0, fmt.Errorf("%q: %d is not a plausible year", piece, y)
				}
				return y, nil
			}
		}
		return 0, nil
	}
	if g := reQuarter.FindStringSubmatch(low); g != nil {
		y, err := year(g[2], g[3])
		if err != nil {
			return m, 0, err
		}
		q := program.Quarter{Year: max(y, 1), Q: romanQuarter[g[1]]}
		m.Granularity, m.Start, m.Due = program.ByQuarter, q.First(), q.Last()
		return m, y, nil
	}
	if g := reMonth.FindStringSubmatch(low); g != nil {
		mo, _ := strconv.Atoi(g[1])
		if mo < 1 || mo > 12 {
			return m, 0, fmt.Errorf("%q: there is no month %d", piece, mo)
		}
		y, err := year(g[2], g[3])
		if err != nil {
			return m, 0, err
		}
		m.Granularity = program.ByMonth
		m.Start = program.Date{Year: max(y, 1), Month: time.Month(mo), Day: 1}
		m.Due = program.LastOfMonth(max(y, 1), time.Month(mo))
		return m, y, nil
	}
	day, mon, yr := "", "", ""
	if g := reDay.FindStringSubmatch(low); g != nil {
		day, mon, yr = g[1], g[3], g[4]
	} else if g := reDayLong.FindStringSubmatch(low); g != nil {
		day, mon, yr = g[1], g[2], g[3]
	}
	if day != "" {
		dd, _ := strconv.Atoi(day)
		mo, _ := strconv.Atoi(mon)
		y, err := year(yr)
		if err != nil {
			return m, 0, err
		}
		dt := program.Date{Year: y, Month: time.Month(mo), Day: dd}
		if !dt.Valid() {
			return m, 0, fmt.Errorf("%q is not a date in the calendar", piece)
		}
		m.Granularity, m.Start, m.Due = program.ByDay, dt, dt
		return m, y, nil
	}
	if g := reYear.FindStringSubmatch(low); g != nil {
		y, err := year(g[1])
		if err != nil {
			return m, 0, err
		}
		m.Granularity = program.ByYear
		m.Start, m.Due = program.Date{Year: y, Month: 1, Day: 1}, program.Date{Year: y, Month: 12, Day: 31}
		return m, y, nil
	}
	return m, 0, fmt.Errorf("%q is not a period: expected a quarter (quý II-2021), a month (tháng 6/2021), a date (30/6/2021), a year (năm 2022), a span (2021-2025), hằng năm, hằng quý or thường xuyên", piece)
}

// withYear moves a milestone read without a year into year y.
func withYear(m program.Milestone, y int) program.Milestone {
	m.Start.Year, m.Due.Year = y, y
	if m.Granularity == program.ByMonth || m.Granularity == program.ByQuarter {
		m.Due = program.LastOfMonth(y, m.Due.Month)
	}
	return m
}

// deadlineResult is a cached reading of a deadline phrase.
type deadlineResult struct {
	d   program.Deadline
	err error
}

// deadline reads a phrase once per distinct text (a long programme repeats
// a few dozen phrases) and hands each caller its own copy.
func (ps *parser) deadline(text string) (program.Deadline, error) {
	r, ok := ps.deadlines[text]
	if !ok {
		d, err := ParseDeadline(text)
		r = deadlineResult{d, err}
		if ps.deadlines == nil {
			ps.deadlines = map[string]deadlineResult{}
		}
		ps.deadlines[text] = r
	}
	d := r.d
	d.Milestones = slices.Clone(d.Milestones)
	if d.Due != nil {
		due := *d.Due
		d.Due = &due
	}
	return d, r.err
}
