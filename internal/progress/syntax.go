package progress

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"baocao/internal/lazyre"
	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// decodeRecovering decodes the TOML; on a syntax error it reports it, blanks
// the offending line (keeping line numbers) and tries again, so one run lists
// several mistakes. It returns nil when no attempt decoded.
func decodeRecovering(name string, lines []string, diags *source.Diagnostics) (map[string]any, map[int]string) {
	blanked := map[int]string{}
	prevLine, prevMsg := -1, ""
	for range maxSyntaxErrors {
		doc, err := tomlfile.Parse(strings.Join(lines, "\n") + "\n")
		if err == nil {
			return doc, blanked
		}
		var se *tomlfile.SyntaxError
		if !errors.As(err, &se) {
			diags.Add(source.Pos{File: name}, source.Error, "ledger-toml", "%v", err)
			return nil, blanked
		}
		ln, col := se.Line, se.Col
		if ln < 1 || ln > len(lines) {
			// Past the end (an unclosed table at the last line): the last line.
			ln, col = len(lines), 0
		}
		m := syntaxMessage(se, lines[ln-1])
		msg := m.String()
		// An unclosed string or array makes every following line fail the
		// same way: report it once.
		if msg == prevMsg && (ln == prevLine+1 || ln == prevLine) {
			return nil, blanked
		}
		diags.Add(source.Pos{File: name, Line: ln, Col: col}, source.Error, "ledger-syntax", "%s", m)
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
	isoDateRE   = lazyre.New(`^(\d{4})-(\d{2})-(\d{2})$`)
	looseDateRE = lazyre.New(`^\d{4}-\d{1,2}-\d{1,2}$`)
	invalidDTRE = lazyre.New(`^invalid datetime: "(.*)"$`)
)

// syntaxMessage words a TOML syntax error for the person editing the file.
// The key is named only when it is the one written on the error's line
// (LastKey is the last key parsed, often the table's name).
// The message is a source.Msg, printed in the reader's language; the TOML
// library's own words stay as it wrote them.
func syntaxMessage(pe *tomlfile.SyntaxError, line string) source.Msg {
	k := pe.LastKey
	if i := strings.LastIndex(k, "."); i >= 0 {
		k = k[i+1:]
	}
	var msg source.Msg
	switch m := invalidDTRE().FindStringSubmatch(pe.Message); {
	case m != nil:
		msg = dateSyntaxMessage(m[1])
	case strings.Contains(pe.Message, "expected '.' or '='"):
		msg = source.Msgf(`TOML syntax: %s (keys are plain ASCII such as status = "done"; Vietnamese text goes inside quotes)`, pe.Message)
	default:
		msg = source.Msgf("TOML syntax: %s", pe.Message)
	}
	if key, ok := tomlfile.LineKey(line); ok && k != "" && firstPart(key) == k {
		return source.Msgf("%s: %s", k, msg)
	}
	return msg
}

// dateSyntaxMessage explains why a date literal was refused.
func dateSyntaxMessage(s string) source.Msg {
	if m := isoDateRE().FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo < 1 || mo > 12 {
			return source.Msgf("%s is not a date: month %d does not exist (expected YYYY-MM-DD)", s, mo)
		}
		last := program.LastOfMonth(y, time.Month(mo)).Day
		return source.Msgf("%s is not a day of the calendar: %s %d has %d days", s, monthName(time.Month(mo)), y, last)
	}
	if looseDateRE().MatchString(s) {
		return source.Msgf("%s: write dates as YYYY-MM-DD with two-digit month and day, e.g. 2021-05-10", s)
	}
	return source.Msgf("%q is not a date: expected YYYY-MM-DD, e.g. 2021-05-10", s)
}

// monthName is a month's name in a message, in the reader's language.
func monthName(m time.Month) source.Msg {
	switch m {
	case time.January:
		return source.Msgf("January")
	case time.February:
		return source.Msgf("February")
	case time.March:
		return source.Msgf("March")
	case time.April:
		return source.Msgf("April")
	case time.May:
		return source.Msgf("May")
	case time.June:
		return source.Msgf("June")
	case time.July:
		return source.Msgf("July")
	case time.August:
		return source.Msgf("August")
	case time.September:
		return source.Msgf("September")
	case time.October:
		return source.Msgf("October")
	case time.November:
		return source.Msgf("November")
	}
	return source.Msgf("December")
}
