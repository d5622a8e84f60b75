package vocab

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"baocao/internal/lazyre"
	"baocao/internal/program"
	"golang.org/x/text/unicode/norm"
)

// Deadline phrases, matched against the lower-cased phrase once the
// lead-in words ("thời gian hoàn thành trong") and qualifiers are removed.
var (
	reQuarter = lazyre.New(`^quý\s+(iv|iii|ii|i|[1-4])(?:\s*[-–—−/]\s*(\d{4})|\s*[-–—,]?\s+năm\s+(\d{4}))?$`)
	reMonth   = lazyre.New(`^tháng\s+(\d{1,2})(?:\s*[-–—−/.]\s*(\d{4})|\s*[-–—,]?\s+năm\s+(\d{4}))?$`)
	reHalf    = lazyre.New(`^(?:(?:6|06|sáu)\s+tháng|nửa)\s+(đầu|cuối)(?:\s+năm)?(?:\s*[-–—−/]\s*(\d{4})|\s+(\d{4}))?$`)
	reDay     = lazyre.New(`^(?:ngày\s+)?(\d{1,2})\s*([-–—−/.])\s*(\d{1,2})\s*[-–—−/.]\s*(\d{4})$`)
	reDayLong = lazyre.New(`^ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$`)
	reYear    = lazyre.New(`^(?:cuối\s+)?(?:năm\s+)?(\d{4})$`)
	reSpan    = lazyre.New(`^(?:giai\s+đoạn\s+|nhiệm\s+kỳ\s+|từ\s+năm\s+|từ\s+|năm\s+)?(\d{4})\s*(?:[-–—−]|\s+đến\s+)\s*(?:năm\s+)?(\d{4})$`)
	// "đầu năm 2025" (the first quarter), "giữa năm 2024" (the first half).
	reEarlyYear = lazyre.New(`^(đầu|giữa)\s+năm(?:\s*[-–—−/]\s*(\d{4})|\s+(\d{4}))?$`)
	// "đầu quý III/2022" (the quarter's first month), "giữa quý III/2022" (its second).
	reEarlyQuarter = lazyre.New(`^(đầu|giữa)\s+quý\s+(iv|iii|ii|i|[1-4])(?:\s*[-–—−/]\s*(\d{4})|\s*[-–—,]?\s+năm\s+(\d{4}))?$`)
	// "tuần đầu tháng 3/2024" (days 1 to 7), "tuần cuối tháng 3/2024" (the last 7 days).
	reWeek = lazyre.New(`^tuần\s+(đầu|cuối)\s+(?:của\s+)?tháng\s+(\d{1,2})(?:\s*[-–—−/.]\s*(\d{4})|\s*[-–—,]?\s+năm\s+(\d{4}))?$`)
	// A trailing remark in brackets: "15/8/2024 (dự kiến)".
	reRemark = lazyre.New(`\s*\([^()]*\)$`)
	// A dash between two periods: "quý I/2025 - quý II/2025", "tháng 9-10/2024".
	reDash  = lazyre.New(`\s*[-–—−]\s*`)
	reSplit = lazyre.New(`\s+và\s+|\s*,\s*|\s*;\s*`)
	reRange = lazyre.New(`\s+đến\s+(?:hết\s+)?`)
	// A quarter, month or half-year written without its unit after another one.
	reBareQuarter = lazyre.New(`^(iv|iii|ii|i|[1-4])(?:\s*[-–—−/]\s*\d{4}|\s+năm\s+\d{4})?$`)
	reBareMonth   = lazyre.New(`^\d{1,2}(?:\s*[-–—−/.]\s*\d{4}|\s+năm\s+\d{4})?$`)
	reBareHalf    = lazyre.New(`^(?:đầu|cuối)(?:\s+năm)?(?:\s*[-–—−/]\s*\d{4}|\s+\d{4})?$`)
	// A period of the year without its year, before "hằng năm": "tháng 10
	// hằng năm", "quý IV hằng năm", "ngày 15/12 hằng năm".
	reYearless = lazyre.New(`^(?:tháng\s+\d{1,2}|quý\s+(?:iv|iii|ii|i|[1-4])|(?:ngày\s+)?\d{1,2}\s*[-–—−/.]\s*\d{1,2}|(?:6|sáu)\s+tháng\s+(?:đầu|cuối)\s+năm|(?:đầu|cuối|giữa)\s+(?:năm|quý|tháng))$`)
)

// leadIns are words before the period that do not change it.
var leadIns = []string{
	"thời gian hoàn thành", "thời gian thực hiện", "thời hạn hoàn thành", "thời hạn", "thời gian",
	"hoàn thành", "thực hiện", "xong", "trong", "vào", "cuối", "đến hết", "đến", "hết", ":",
}

// recurring are the open phrases with no single due date.
var recurring = []struct {
	words      string
	kind       program.DeadlineKind
	recurrence string
}{
	{"định kỳ hằng năm", program.DeadlineRecurring, program.RecurAnnual},
	{"định kỳ hàng năm", program.DeadlineRecurring, program.RecurAnnual},
	{"hằng năm", program.DeadlineRecurring, program.RecurAnnual},
	{"hàng năm", program.DeadlineRecurring, program.RecurAnnual},
	{"định kỳ 6 tháng", program.DeadlineRecurring, program.RecurSemiannual},
	{"định kỳ sáu tháng", program.DeadlineRecurring, program.RecurSemiannual},
	{"định kỳ 6 tháng một lần", program.DeadlineRecurring, program.RecurSemiannual},
	{"6 tháng một lần", program.DeadlineRecurring, program.RecurSemiannual},
	{"6 tháng/lần", program.DeadlineRecurring, program.RecurSemiannual},
	{"hằng 6 tháng", program.DeadlineRecurring, program.RecurSemiannual},
	{"định kỳ 6 tháng, hằng năm", program.DeadlineRecurring, program.RecurSemiannual},
	{"định kỳ hằng quý", program.DeadlineRecurring, program.RecurQuarterly},
	{"định kỳ hàng quý", program.DeadlineRecurring, program.RecurQuarterly},
	{"hằng quý", program.DeadlineRecurring, program.RecurQuarterly},
	{"hàng quý", program.DeadlineRecurring, program.RecurQuarterly},
	{"định kỳ hằng tháng", program.DeadlineRecurring, program.RecurMonthly},
	{"hằng tháng", program.DeadlineRecurring, program.RecurMonthly},
	{"hàng tháng", program.DeadlineRecurring, program.RecurMonthly},
	// continuous work reported on every year: the yearly report is what
	// falls due
	{"thường xuyên, hằng năm", program.DeadlineRecurring, program.RecurAnnual},
	{"thường xuyên và hằng năm", program.DeadlineRecurring, program.RecurAnnual},
	{"thường xuyên, hàng năm", program.DeadlineRecurring, program.RecurAnnual},
	{"thường xuyên", program.DeadlineOngoing, ""},
	{"liên tục", program.DeadlineOngoing, ""},
}

// recurringSuffixes end a phrase that names a period of the year and then
// repeats it: "tháng 10 hằng năm".
var recurringSuffixes = []struct{ words, recurrence string }{
	{" hằng năm", program.RecurAnnual}, {" hàng năm", program.RecurAnnual},
	{" các năm", program.RecurAnnual}, {" mỗi năm", program.RecurAnnual},
	{" hằng quý", program.RecurQuarterly}, {" hàng quý", program.RecurQuarterly},
}

// following end a phrase that starts in a year and goes on every year:
// "năm 2021 và các năm tiếp theo".
var following = []string{
	" và các năm tiếp theo", " và những năm tiếp theo", " và các năm sau", " và những năm sau", " và các năm tiếp sau",
	// "quý I/2023 và hằng năm": first then, then every year
	" và hằng năm", " và hàng năm", ", hằng năm", ", hàng năm",
}

// openEnds end a phrase that starts at a period and has no end: "từ năm
// 2021 trở đi".
var openEnds = []string{" trở đi", " trở về sau", " về sau"}

var romanQuarter = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}

// expectedPeriod is what an unreadable phrase is told it should have been,
// kept for translation as the errors that carry it.
func expectedPeriod() msg {
	return msgf("expected a quarter (quý II-2021), a half-year (6 tháng đầu năm 2021), đầu năm 2025, a month (tháng 6/2021), a week (tuần đầu tháng 3/2024), a date (30/6/2021), a year (năm 2022), a span (2021-2025), a start (từ năm 2021), hằng năm, hằng quý, định kỳ 6 tháng or thường xuyên")
}

// Deadline reads a deadline phrase as offices write it and keeps the words:
// quarters ("quý II-2021", "quý II/2021", "quý 2 năm 2021"), several
// milestones ("quý I và quý II-2021": a year written once applies to the
// milestones before it), half-years ("6 tháng đầu năm 2021", due 30 June;
// "6 tháng cuối năm 2021", due 31 December), months ("tháng 6/2021",
// "tháng 6 - 2021"), days ("30/6/2021", "ngày 30 tháng 6 năm 2021"), years
// ("năm 2022", "cuối năm 2021"), spans ("2021-2025", "giai đoạn
// 2021-2025", "năm 2021-2022", "từ quý IV/2021 đến quý I/2022", due on
// the span's last day), open starts
// ("từ năm 2021": kind open, From its first day, no due date), and
// recurring or continuous work with no due date ("hằng năm", "tháng 10
// hằng năm" (Every "tháng 10"), "định kỳ 6 tháng", "năm 2021 và các năm
// tiếp theo" (From 1 January 2021), "thường xuyên").
// Lead-in words ("Hoàn thành trong", "Thời gian hoàn thành:", "đến hết")
// are ignored. Phrases are read after NFC and space folding, so a cell
// wrapped over two lines ("Quý I và\nquý II năm 2022") reads as one line;
// en and em dashes count as hyphens.
// "chậm nhất" sets Qualifier "no_later_than" without moving the date;
// "trước (ngày) 30/4/2021" sets Qualifier "before" and the due date is the
// day before the named one (29-4-2021), since the work must be done by then.
// Due is the last day of the last milestone's period. An unknown phrase or
// an impossible date returns an error quoting the phrase and a Deadline of
// kind "unknown" that still carries the text.
func Deadline(text string) (program.Deadline, error) {
	orig := FoldSpaces(norm.NFC.String(text))
	d := program.Deadline{Text: orig, Kind: program.DeadlineUnknown}
	s := strings.TrimRight(orig, " .;,")
	// A remark in brackets after the period ("(dự kiến)") stays in Text
	// and does not change the date.
	for {
		loc := reRemark().FindStringIndex(s)
		if loc == nil {
			break
		}
		s = strings.TrimRight(s[:loc[0]], " .;,")
	}
	low := Lower(s)
	off := 0 // bytes of s already consumed by lead-ins
	for changed := true; changed; {
		changed = false
		rest := low[off:]
		for _, w := range leadIns {
			if strings.HasPrefix(rest, w) && (len(rest) == len(w) || rest[len(w)] == ' ' || rest[len(w)] == ':' || w == ":") {
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
		return d, msgf("deadline phrase %q names no period: %s", orig, expectedPeriod())
	}
	for _, r := range recurring {
		if lowBody == r.words {
			d.Kind, d.Recurrence = r.kind, r.recurrence
			return d, nil
		}
	}
	for _, r := range recurringSuffixes {
		if head, ok := strings.CutSuffix(lowBody, r.words); ok && reYearless().MatchString(strings.TrimRight(head, " ,")) {
			d.Kind, d.Recurrence, d.Every = program.DeadlineRecurring, r.recurrence, strings.TrimRight(head, " ,")
			return d, nil
		}
	}
	for _, f := range following {
		if head, ok := strings.CutSuffix(lowBody, f); ok {
			start := 0
			if rest, ok := cutOpenStart(head); ok {
				start = len(head) - len(rest)
			}
			ms, err := milestones(body[start:len(head)], head[start:])
			if err != nil {
				return d, msgf("deadline phrase %q: %v", orig, err)
			}
			from := ms[0].Start
			d.Kind, d.Recurrence, d.From = program.DeadlineRecurring, program.RecurAnnual, &from
			return d, nil
		}
	}
	if m := reSpan().FindStringSubmatch(lowBody); m != nil {
		y1, _ := strconv.Atoi(m[1])
		y2, _ := strconv.Atoi(m[2])
		if !plausibleYear(y1) || !plausibleYear(y2) || y2 < y1 {
			return d, msgf("deadline phrase %q: the span %d-%d is not a span of years", orig, y1, y2)
		}
		ms := program.Milestone{Text: body, Granularity: program.BySpan,
			Start: program.Date{Year: y1, Month: 1, Day: 1}, Due: program.Date{Year: y2, Month: 12, Day: 31}}
		d.Kind, d.Milestones = program.DeadlineSpan, []program.Milestone{ms}
		due := ms.Due
		d.Due = &due
		return d, nil
	}
	if loc := reRange().FindStringIndex(lowBody); loc != nil {
		// "từ quý IV/2021 đến quý I/2022", "tháng 6 đến tháng 9/2021": a
		// span from the first period's first day to the last one's last.
		start := 0
		if rest, ok := cutOpenStart(lowBody); ok {
			start = len(lowBody) - len(rest)
		}
		ms, err := split(body[start:], lowBody[start:], reRange())
		if err != nil {
			return d, msgf("deadline phrase %q: %v", orig, err)
		}
		if len(ms) != 2 || ms[1].Due.Before(ms[0].Start) {
			return d, msgf("deadline phrase %q: expected one period to another, as in từ quý IV/2021 đến quý I/2022", orig)
		}
		m := program.Milestone{Text: body[start:], Granularity: program.BySpan, Start: ms[0].Start, Due: ms[1].Due}
		d.Kind, d.Milestones = program.DeadlineSpan, []program.Milestone{m}
		due := m.Due
		d.Due = &due
		return d, nil
	}
	if rest, ok := cutOpenStart(lowBody); ok {
		// "từ năm 2021 (trở đi)": the work starts then and has no end.
		start := len(lowBody) - len(rest)
		for _, e := range openEnds {
			rest = strings.TrimSuffix(rest, e)
		}
		ms, err := milestones(body[start:start+len(rest)], rest)
		if err != nil {
			return d, msgf("deadline phrase %q: %v", orig, err)
		}
		if len(ms) != 1 {
			return d, msgf("deadline phrase %q starts at more than one period: expected one, as in từ năm 2021", orig)
		}
		from := ms[0].Start
		d.Kind, d.From = program.DeadlineOpen, &from
		return d, nil
	}
	ms, err := milestones(body, lowBody)
	if err != nil {
		if m, ok := dashSpan(body, lowBody); ok {
			d.Kind, d.Milestones = program.DeadlineSpan, []program.Milestone{m}
			due := m.Due
			d.Due = &due
			return d, nil
		}
		return d, msgf("deadline phrase %q: %v", orig, err)
	}
	d.Kind, d.Milestones = program.DeadlineFixed, ms
	due := ms[len(ms)-1].Due
	if d.Qualifier == "before" {
		due = ms[len(ms)-1].Start.AddDays(-1)
	}
	d.Due = &due
	return d, nil
}

// dashSpan reads two periods joined by a dash as a span from the first
// one's first day to the second one's last ("quý I/2025 - quý II/2025",
// "tháng 9 - 10/2024": a bare number after a month is another month). It
// is tried only when the phrase is no single period, so "tháng 6 - 2021"
// stays a month.
func dashSpan(body, lowBody string) (program.Milestone, bool) {
	for _, loc := range reDash().FindAllStringIndex(lowBody, -1) {
		joinedLow := lowBody[:loc[0]] + " đến " + lowBody[loc[1]:]
		joined := body[:loc[0]] + " đến " + body[loc[1]:]
		ms, err := split(joined, joinedLow, reRange())
		if err != nil || len(ms) != 2 || !ms[0].Due.Before(ms[1].Due) || ms[1].Due.Before(ms[0].Start) {
			continue
		}
		if ms[0].Granularity == program.ByYear || ms[1].Granularity == program.ByYear {
			continue // "2021 - 2025" is a span of years, read by reSpan
		}
		return program.Milestone{Text: body, Granularity: program.BySpan, Start: ms[0].Start, Due: ms[1].Due}, true
	}
	return program.Milestone{}, false
}

// cutOpenStart removes "từ " or "bắt đầu từ " from the start of low.
func cutOpenStart(low string) (string, bool) {
	for _, p := range []string{"bắt đầu từ ", "kể từ ", "từ "} {
		if rest, ok := strings.CutPrefix(low, p); ok {
			return rest, true
		}
	}
	return "", false
}

// milestones reads one or more periods separated by "và", "," or ";".
func milestones(body, lowBody string) ([]program.Milestone, error) {
	return split(body, lowBody, reSplit())
}

// split reads the periods between the separators sep finds; a year written
// once, last, applies to the periods before it.
func split(body, lowBody string, sep *regexp.Regexp) ([]program.Milestone, error) {
	var ms []program.Milestone
	var years []int // year written in each piece, 0 when it relies on a later piece
	locs := sep.FindAllStringIndex(lowBody, -1)
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
			// "quý III và IV/2021", "tháng 6 và 7/2021", "6 tháng đầu và
			// cuối năm 2021": a bare number after a quarter or a month is
			// another one of the same.
			switch ms[len(ms)-1].Granularity {
			case program.ByQuarter:
				if reBareQuarter().MatchString(lowPiece) {
					lowPiece = "quý " + lowPiece
				}
			case program.ByMonth:
				if reBareMonth().MatchString(lowPiece) {
					lowPiece = "tháng " + lowPiece
				}
			case program.ByHalf:
				if reBareHalf().MatchString(lowPiece) {
					lowPiece = "6 tháng " + lowPiece
				}
			}
		}
		m, y, err := milestone(piece, lowPiece)
		if err != nil {
			return nil, err
		}
		ms = append(ms, m)
		years = append(years, y)
	}
	if len(ms) == 0 {
		return nil, msgf("no period: %s", expectedPeriod())
	}
	// A year written once ("quý I và quý II-2021") applies to the earlier pieces.
	next := 0
	for i := len(ms) - 1; i >= 0; i-- {
		if years[i] != 0 {
			next = years[i]
			continue
		}
		if next == 0 {
			return nil, msgf("%q has no year: expected for example quý II-2021 or tháng 6/2021", ms[i].Text)
		}
		ms[i] = withYear(ms[i], next)
	}
	for _, m := range ms {
		if !m.Start.Valid() || !m.Due.Valid() {
			return nil, msgf("%q is not a date in the calendar", m.Text)
		}
	}
	return ms, nil
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
					return 0, msgf("%q: %d is not a plausible year", piece, y)
				}
				return y, nil
			}
		}
		return 0, nil
	}
	if g := reQuarter().FindStringSubmatch(low); g != nil {
		y, err := year(g[2], g[3])
		if err != nil {
			return m, 0, err
		}
		q := program.Quarter{Year: max(y, 1), Q: romanQuarter[g[1]]}
		m.Granularity, m.Start, m.Due = program.ByQuarter, q.First(), q.Last()
		return m, y, nil
	}
	if g := reHalf().FindStringSubmatch(low); g != nil {
		y, err := year(g[2], g[3])
		if err != nil {
			return m, 0, err
		}
		first := program.Date{Year: max(y, 1), Month: time.January, Day: 1}
		if g[1] == "cuối" {
			first.Month = time.July
		}
		m.Granularity = program.ByHalf
		m.Start, m.Due = program.HalfYear(first)
		return m, y, nil
	}
	if g := reEarlyYear().FindStringSubmatch(low); g != nil {
		// Offices write "đầu năm" for the first months: read as the
		// first quarter; "giữa năm" is due at the end of the first half.
		y, err := year(g[2], g[3])
		if err != nil {
			return m, 0, err
		}
		first := program.Date{Year: max(y, 1), Month: time.January, Day: 1}
		if g[1] == "đầu" {
			q := program.Quarter{Year: max(y, 1), Q: 1}
			m.Granularity, m.Start, m.Due = program.ByQuarter, q.First(), q.Last()
		} else {
			m.Granularity = program.ByHalf
			m.Start, m.Due = program.HalfYear(first)
		}
		return m, y, nil
	}
	if g := reEarlyQuarter().FindStringSubmatch(low); g != nil {
		// The start or middle of a quarter: its first or second month.
		y, err := year(g[3], g[4])
		if err != nil {
			return m, 0, err
		}
		mo := time.Month(3*romanQuarter[g[2]] - 2)
		if g[1] == "giữa" {
			mo++
		}
		m.Granularity = program.ByMonth
		m.Start = program.Date{Year: max(y, 1), Month: mo, Day: 1}
		m.Due = program.LastOfMonth(max(y, 1), mo)
		return m, y, nil
	}
	if g := reWeek().FindStringSubmatch(low); g != nil {
		// A week of a month: its first or last seven days, read by day.
		mo, _ := strconv.Atoi(g[2])
		if mo < 1 || mo > 12 {
			return m, 0, msgf("%q: there is no month %d", piece, mo)
		}
		y, err := year(g[3], g[4])
		if err != nil {
			return m, 0, err
		}
		if y == 0 {
			return m, 0, msgf("%q has no year: expected for example tuần đầu tháng 3/2024", piece)
		}
		last := program.LastOfMonth(y, time.Month(mo))
		m.Granularity = program.ByDay
		m.Start, m.Due = program.Date{Year: y, Month: time.Month(mo), Day: 1}, program.Date{Year: y, Month: time.Month(mo), Day: 7}
		if g[1] == "cuối" {
			m.Start, m.Due = last.AddDays(-6), last
		}
		return m, y, nil
	}
	if g := reMonth().FindStringSubmatch(low); g != nil {
		mo, _ := strconv.Atoi(g[1])
		if mo < 1 || mo > 12 {
			return m, 0, msgf("%q: there is no month %d", piece, mo)
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
	if g := reDay().FindStringSubmatch(low); g != nil {
		day, mon, yr = g[1], g[3], g[4]
	} else if g := reDayLong().FindStringSubmatch(low); g != nil {
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
			return m, 0, msgf("%q is not a date in the calendar", piece)
		}
		m.Granularity, m.Start, m.Due = program.ByDay, dt, dt
		return m, y, nil
	}
	if g := reYear().FindStringSubmatch(low); g != nil {
		y, err := year(g[1])
		if err != nil {
			return m, 0, err
		}
		m.Granularity = program.ByYear
		m.Start, m.Due = program.Date{Year: y, Month: 1, Day: 1}, program.Date{Year: y, Month: 12, Day: 31}
		return m, y, nil
	}
	return m, 0, msgf("%q is not a period: %s", piece, expectedPeriod())
}

// withYear moves a milestone read without a year into year y.
func withYear(m program.Milestone, y int) program.Milestone {
	m.Start.Year, m.Due.Year = y, y
	if m.Granularity == program.ByMonth || m.Granularity == program.ByQuarter || m.Granularity == program.ByHalf {
		m.Due = program.LastOfMonth(y, m.Due.Month)
	}
	return m
}
