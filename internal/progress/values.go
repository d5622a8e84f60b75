package progress

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// str reads an optional string; ok is false when absent or of another type
// (the type error is reported).
func (r *reader) str(tbl map[string]any, key string, pos tomlfile.Pos) (string, bool) {
	v, present := tbl[key]
	if !present {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		hint := source.Msg{}
		switch v.(type) {
		case int64, float64, time.Time:
			hint = source.Msgf(" (put it in quotes: %s = \"%v\")", key, tomlText(v))
		}
		r.errorAt(pos, key, "expected a string in quotes, got %s%s", tomlfile.Describe(v), hint)
		return "", false
	}
	return norm.NFC.String(strings.TrimSpace(s)), true
}

// date reads an optional TOML local date (2021-05-10, no quotes).
func (r *reader) date(tbl map[string]any, key string, pos tomlfile.Pos) (program.Date, bool) {
	v, present := tbl[key]
	if !present {
		return program.Date{}, false
	}
	switch t := v.(type) {
	case time.Time:
		if t.Location().String() == "date-local" {
			return program.DateOf(t), true
		}
		r.errorAt(pos, key, "expected a date without time of day, got %s: write %s = %s", tomlfile.Describe(v), key, program.DateOf(t))
	case string:
		hint := any(source.Msgf("e.g. %s = 2021-05-10", key))
		if d, err := program.ParseISODate(strings.TrimSpace(t)); err == nil {
			hint = key + " = " + d.String()
		} else if d, ok := dottedDate(t); ok {
			hint = key + " = " + d.String()
		}
		r.errorAt(pos, key, "expected a date without quotes, got the string %q: write %s", t, hint)
	default:
		r.errorAt(pos, key, "expected a date such as 2021-05-10 (no quotes), got %s", tomlfile.Describe(v))
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
