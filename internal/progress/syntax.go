package progress

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

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
		msg := syntaxMessage(se, lines[ln-1])
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
func syntaxMessage(pe *tomlfile.SyntaxError, line string) string {
	prefix := ""
	k := pe.LastKey
	if i := strings.LastIndex(k, "."); i >= 0 {
		k = k[i+1:]
	}
	if key, ok := tomlfile.LineKey(line); ok && k != "" && firstPart(key) == k {
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
