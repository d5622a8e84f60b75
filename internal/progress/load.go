package progress

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/source"
)

// The keys a ledger may hold; anything else is an error (a typo would
// otherwise silently drop a fact from the report).
var (
	topKeys       = []string{"programme", "update"}
	programmeKeys = []string{"number", "date", "title"}
	updateKeys    = []string{"item", "date", "status", "completed", "document", "note", "new_deadline", "reason", "source"}
)

// maxSyntaxErrors bounds the syntax-error recovery loop.
const maxSyntaxErrors = 10

// LoadLedger reads a progress ledger strictly and collects every problem as a
// diagnostic `file:line:col: key: message`, sorted by position: TOML syntax
// (several, by blanking each bad line and reading again), unknown keys (with
// the nearest known key), wrong types, impossible dates, unknown work-item
// IDs (with the nearest existing ID), a completion without a date or a date
// without "done", and a header naming another programme. With p nil the
// checks against the programme are skipped.
//
// The returned Ledger is never nil and holds the records that passed every
// check; callers must not use it when the diagnostics hold errors.
func LoadLedger(name string, data []byte, p *program.Programme) (l *Ledger, diags source.Diagnostics) {
	l = &Ledger{Name: name, programme: p}
	defer func() {
		// A panic is a bug, never the input's fault: report it as an error
		// rather than crash a cron job, and return an empty ledger.
		if r := recover(); r != nil {
			l = &Ledger{Name: name, programme: p}
			l.index()
			diags.Add(source.Pos{File: name}, source.Error, "ledger-internal", "internal error while reading the ledger: %v", r)
		}
	}()
	l.load(data, &diags)
	l.index()
	diags.Sort()
	return l, diags
}

func (l *Ledger) load(data []byte, diags *source.Diagnostics) {
	name := l.Name
	if len(bytes.TrimSpace(data)) == 0 {
		diags.Add(source.Pos{File: name}, source.Error, "ledger-empty",
			"the ledger is empty: expected a [programme] table with number = \"…\" and [[update]] records")
		return
	}
	text, dd, err := source.Decode(name, data)
	*diags = append(*diags, dd...)
	if err != nil {
		diags.Add(source.Pos{File: name}, source.Error, "ledger-unreadable", "%s", strings.TrimPrefix(err.Error(), name+": "))
		return
	}
	lines := append([]string(nil), text.Lines...)
	doc, blanked := decodeRecovering(name, lines, diags)
	if doc == nil {
		return
	}
	r := &reader{name: name, ix: indexKeys(lines), diags: diags, blanked: blanked, p: l.programme}
	r.read(doc, l)
}

// decodeRecovering decodes the TOML; on a syntax error it reports it, blanks
// the offending line (keeping line numbers) and tries again, so one run lists
// several mistakes. It returns nil when no attempt decoded.
func decodeRecovering(name string, lines []string, diags *source.Diagnostics) (map[string]any, map[int]string) {
	blanked := map[int]string{}
	prevLine, prevMsg := -1, ""
	for range maxSyntaxErrors {
		var doc map[string]any
		_, err := toml.Decode(strings.Join(lines, "\n")+"\n", &doc)
		if err == nil {
			return doc, blanked
		}
		var pe toml.ParseError
		if !errors.As(err, &pe) {
			diags.Add(source.Pos{File: name}, source.Error, "ledger-toml", "%v", err)
			return nil, blanked
		}
		ln := pe.Position.Line
		if ln < 1 || ln > len(lines) {
			ln = len(lines)
		}
		col := 0
		if ln >= 1 && ln <= len(lines) {
			start := 0
			for i := 0; i < ln-1; i++ {
				start += len(lines[i]) + 1
			}
			if off := pe.Position.Start - start; off >= 0 && off <= len(lines[ln-1]) {
				col = runeCol(lines[ln-1], off)
			}
		}
		msg := syntaxMessage(pe, lines[ln-1])
		// An unclosed string or array makes every following line fail the
		// same way: report it once.
		if msg == prevMsg && (ln == prevLine+1 || ln == prevLine) {
			return nil, blanked
		}
		diags.Add(source.Pos{File: name, Line: ln, Col: col}, source.Error, "ledger-syntax", "%s", msg)
		if _, done := blanked[ln]; ln < 1 || ln > len(lines) || done {
			return nil, blanked
		}
		blanked[ln] = lines[ln-1]
		lines[ln-1] = ""
		prevLine, prevMsg = ln, msg
	}
	return nil, blanked
}

var (
	isoDateRE   = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
	looseDateRE = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}$`)
	invalidDTRE = regexp.MustCompile(`^invalid datetime: "(.*)"$`)
)

// syntaxMessage words a TOML syntax error for the person editing the file.
// The key is named only when it is the one written on the error's line
// (LastKey is the last key parsed, often the table's name).
func syntaxMessage(pe toml.ParseError, line string) string {
	prefix := ""
	k := pe.LastKey
	if i := strings.LastIndex(k, "."); i >= 0 {
		k = k[i+1:]
	}
	if key, _, _, ok := splitKey(line); ok && k != "" && key == k {
		prefix = k + ": "
	}
	if m := invalidDTRE.FindStringSubmatch(pe.Message); m != nil {
		return prefix + dateSyntaxMessage(m[1])
	}
	msg := "TOML syntax: " + pe.Message
	if strings.Contains(pe.Message, "expected '.' or '='") {
		msg += ` (keys are plain ASCII such as status = "done"; Vietnamese text goes inside quotes)`
	}
	return prefix + msg
}

// dateSyntaxMessage explains why a date literal was refused.
func dateSyntaxMessage(s string) string {
	if m := isoDateRE.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return fmt.Sprintf("%s is not a date: month %d does not exist (expected YYYY-MM-DD)", s, mo)
		}
		last := program.LastOfMonth(y, time.Month(mo)).Day
		return fmt.Sprintf("%s is not a day of the calendar: %s %d has %d days", s, time.Month(mo), y, last)
	}
	if looseDateRE.MatchString(s) {
		return fmt.Sprintf("%s: write dates as YYYY-MM-DD with two-digit month and day, e.g. 2021-05-10", s)
	}
	return fmt.Sprintf("%q is not a date: expected YYYY-MM-DD, e.g. 2021-05-10", s)
}

// reader checks a decoded ledger against the schema and the programme.
type reader struct {
	name    string
	ix      *keyIndex
	diags   *source.Diagnostics
	blanked map[int]string // line → its text before a syntax error blanked it
	p       *program.Programme
	ids     map[string]bool
	idList  []string
}

func (r *reader) errorAt(pos keyPos, key, format string, args ...any) {
	r.diags.Add(source.Pos{File: r.name, Line: pos.Line, Col: pos.Col}, source.Error, "ledger-"+key,
		"%s: %s", key, fmt.Sprintf(format, args...))
}

func (r *reader) warnAt(pos keyPos, key, format string, args ...any) {
	r.diags.Add(source.Pos{File: r.name, Line: pos.Line, Col: pos.Col}, source.Warning, "ledger-"+key,
		"%s: %s", key, fmt.Sprintf(format, args...))
}

func (r *reader) read(doc map[string]any, l *Ledger) {
	if r.p != nil {
		r.ids = make(map[string]bool, len(r.p.WorkItems))
		for _, w := range r.p.WorkItems {
			r.ids[w.ID] = true
			r.idList = append(r.idList, w.ID)
		}
	}
	for _, k := range sortedKeys(doc) {
		if !contains(topKeys, k) {
			r.errorAt(r.ix.Top[k], k, "unknown key%s (a ledger holds a [programme] table and [[update]] records)",
				didYouMean(nearest(k, topKeys, nil)))
		}
	}
	r.readHeader(doc["programme"], l)
	switch v := doc["update"].(type) {
	case nil:
	case []map[string]any:
		for i, rec := range v {
			if u, ok := r.readUpdate(i, rec); ok {
				l.Updates = append(l.Updates, u)
			}
		}
	default:
		r.errorAt(r.ix.Top["update"], "update", "expected [[update]] records (double brackets), got %s", describe(v))
	}
}

func (r *reader) readHeader(v any, l *Ledger) {
	var at keyPos
	if r.ix.Programme != nil {
		at = keyPos{Line: r.ix.Programme.Header, Col: 1}
	}
	want := ""
	if r.p != nil {
		want = fmt.Sprintf("\n[programme]\nnumber = %q", r.p.Number)
	}
	tbl, ok := v.(map[string]any)
	if !ok {
		if v == nil {
			r.errorAt(keyPos{}, "programme", "missing: the ledger starts with its programme's number, to guard against pairing it with another programme:%s", want)
		} else {
			r.errorAt(r.ix.Top["programme"], "programme", "expected a table [programme], got %s", describe(v))
		}
		return
	}
	pos := func(key string) keyPos {
		if r.ix.Programme != nil {
			if p, ok := r.ix.Programme.Keys[key]; ok {
				return p
			}
		}
		return at
	}
	for _, k := range sortedKeys(tbl) {
		if contains(topKeys, k) {
			r.errorAt(pos(k), k, "belongs at the top level, not in [programme]: write each record as its own [[update]] table")
			continue
		}
		if !contains(programmeKeys, k) {
			r.errorAt(pos(k), k, "unknown key in [programme]%s (expected %s)",
				didYouMean(nearest(k, programmeKeys, nil)), strings.Join(programmeKeys, ", "))
		}
	}
	if s, ok := r.str(tbl, "number", pos("number")); ok {
		l.Number = s
		if s == "" {
			r.errorAt(pos("number"), "number", "empty: expected the programme's number%s", want)
		} else if r.p != nil && !sameNumber(s, r.p.Number) {
			r.errorAt(pos("number"), "number", "%q does not match the programme %q (%s): this ledger belongs to another programme",
				s, r.p.Number, r.p.Source)
		}
	} else if _, present := tbl["number"]; !present && !r.blankedIn(r.ix.Programme) {
		r.errorAt(at, "number", "missing: the [programme] table needs the programme's number%s", want)
	}
	if d, ok := r.date(tbl, "date", pos("date")); ok && !d.IsZero() {
		l.ProgrammeDate = d
		if r.p != nil && !r.p.Date.IsZero() && d != r.p.Date {
			r.errorAt(pos("date"), "date", "%s does not match the programme's date %s: this ledger belongs to another programme", d, r.p.Date)
		}
	}
	if s, ok := r.str(tbl, "title", pos("title")); ok {
		l.Title = s
	}
}

// sameNumber compares programme numbers ignoring spaces and letter case.
func sameNumber(a, b string) bool {
	clean := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return strings.EqualFold(clean(a), clean(b))
}

func (r *reader) readUpdate(i int, rec map[string]any) (Update, bool) {
	var tl *tableLines
	if i < len(r.ix.Updates) {
		tl = r.ix.Updates[i]
	}
	at := r.ix.Top["update"]
	if tl != nil {
		at = keyPos{Line: tl.Header, Col: 1}
	}
	pos := func(key string) keyPos {
		if tl != nil {
			if p, ok := tl.Keys[key]; ok {
				return p
			}
		}
		return at
	}
	u := Update{Pos: source.Pos{File: r.name, Line: at.Line}}
	bad := map[string]bool{}
	nerr := r.diags.Count(source.Error)
	for _, k := range sortedKeys(rec) {
		if !contains(updateKeys, k) {
			r.errorAt(pos(k), k, "unknown key in [[update]]%s (expected %s)",
				didYouMean(nearest(k, updateKeys, nil)), strings.Join(updateKeys, ", "))
		}
	}
	strField := func(key string, dst *string) {
		if s, ok := r.str(rec, key, pos(key)); ok {
			*dst = s
		} else if _, present := rec[key]; present {
			bad[key] = true
		}
	}
	dateField := func(key string, dst *program.Date) {
		if d, ok := r.date(rec, key, pos(key)); ok {
			*dst = d
		} else if _, present := rec[key]; present {
			bad[key] = true
		}
	}
	strField("item", &u.Item)
	u.Item = strings.TrimSpace(u.Item)
	dateField("date", &u.Date)
	var st string
	strField("status", &st)
	u.State = State(strings.TrimSpace(st))
	dateField("completed", &u.Completed)
	strField("document", &u.Document)
	strField("note", &u.Note)
	dateField("new_deadline", &u.NewDeadline)
	strField("reason", &u.Reason)
	strField("source", &u.Source)

	if u.Item != "" && r.ids != nil && !r.ids[u.Item] {
		r.errorAt(pos("item"), "item", "unknown item %q%s", u.Item, didYouMean(nearest(u.Item, r.idList, closerItem(u.Item))))
	}
	damaged := r.blankedIn(tl)
	for _, pr := range u.problems() {
		if bad[pr.Key] || strings.HasPrefix(pr.Message, "missing") && r.lostKey(tl, pr.Key) {
			continue // already reported, or the key was on a line with a syntax error
		}
		if pr.Key == "update" {
			if !damaged {
				r.warnAt(at, pr.Key, "%s", pr.Message)
			}
			continue
		}
		r.errorAt(pos(pr.Key), pr.Key, "%s", pr.Message)
	}
	return u, r.diags.Count(source.Error) == nerr
}

// lostKey reports whether a line of the table that held key was blanked
// after a syntax error (its "missing" error would only repeat that one).
func (r *reader) lostKey(tl *tableLines, key string) bool {
	for ln, text := range r.blanked {
		if tl != nil && (ln < tl.Header || ln > tl.End) {
			continue
		}
		if k, _, _, ok := splitKey(text); ok && k == key {
			return true
		}
	}
	return false
}

// blankedIn reports whether a syntax error removed a line of the table.
func (r *reader) blankedIn(tl *tableLines) bool {
	if tl == nil {
		return len(r.blanked) > 0
	}
	for ln := range r.blanked {
		if ln >= tl.Header && ln <= tl.End {
			return true
		}
	}
	return false
}

// str reads an optional string; ok is false when absent or of another type
// (the type error is reported).
func (r *reader) str(tbl map[string]any, key string, pos keyPos) (string, bool) {
	v, present := tbl[key]
	if !present {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		hint := ""
		switch v.(type) {
		case int64, float64, time.Time:
			hint = fmt.Sprintf(" (put it in quotes: %s = \"%v\")", key, tomlText(v))
		}
		r.errorAt(pos, key, "expected a string in quotes, got %s%s", describe(v), hint)
		return "", false
	}
	return norm.NFC.String(strings.TrimSpace(s)), true
}

// date reads an optional TOML local date (2021-05-10, no quotes).
func (r *reader) date(tbl map[string]any, key string, pos keyPos) (program.Date, bool) {
	v, present := tbl[key]
	if !present {
		return program.Date{}, false
	}
	switch t := v.(type) {
	case time.Time:
		if t.Location().String() == "date-local" {
			return program.DateOf(t), true
		}
		r.errorAt(pos, key, "expected a date without time of day, got %s: write %s = %s", describe(v), key, program.DateOf(t))
	case string:
		hint := "e.g. " + key + " = 2021-05-10"
		if d, err := program.ParseISODate(strings.TrimSpace(t)); err == nil {
			hint = key + " = " + d.String()
		} else if d, ok := dottedDate(t); ok {
			hint = key + " = " + d.String()
		}
		r.errorAt(pos, key, "expected a date without quotes, got the string %q: write %s", t, hint)
	default:
		r.errorAt(pos, key, "expected a date such as 2021-05-10 (no quotes), got %s", describe(v))
	}
	return program.Date{}, false
}

// dottedDate reads the way Vietnamese documents write dates, 15-6-2021 or
// 15/6/2021, only to suggest the TOML form in an error message.
func dottedDate(s string) (program.Date, bool) {
	f := strings.FieldsFunc(strings.TrimSpace(s), func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(f) != 3 {
		return program.Date{}, false
	}
	d, e1 := strconv.Atoi(f[0])
	m, e2 := strconv.Atoi(f[1])
	y, e3 := strconv.Atoi(f[2])
	if e1 != nil || e2 != nil || e3 != nil || y < 1000 {
		return program.Date{}, false
	}
	v := program.Date{Year: y, Month: time.Month(m), Day: d}
	return v, v.Valid()
}

// describe names a decoded TOML value's type for an error message.
func describe(v any) string {
	switch t := v.(type) {
	case string:
		return fmt.Sprintf("the string %q", t)
	case int64:
		return fmt.Sprintf("the integer %d", t)
	case float64:
		return fmt.Sprintf("the number %v", t)
	case bool:
		return fmt.Sprintf("the boolean %v", t)
	case time.Time:
		switch t.Location().String() {
		case "date-local":
			return "the date " + program.DateOf(t).String()
		case "datetime-local":
			return "the date and time " + t.Format("2006-01-02T15:04:05")
		case "time-local":
			return "the time of day " + t.Format("15:04:05")
		}
		return "the date-time " + t.Format(time.RFC3339)
	case []map[string]any:
		return "an array of tables"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}

// tomlText is a value as the user probably meant it, for a quoting hint.
func tomlText(v any) string {
	if t, ok := v.(time.Time); ok {
		return program.DateOf(t).String()
	}
	return fmt.Sprint(v)
}

func sortedKeys(m map[string]any) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
