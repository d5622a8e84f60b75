package source

import (
	"fmt"
	"sort"
	"strings"
)

// Severity orders diagnostics: errors stop a command, warnings are reported only.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "info"
}

// MarshalText writes the severity's name so JSON carries "warning".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Pos is a place in an input file. Line and Col are 1-based; Col counts
// runes (characters a person sees), not bytes. Line 0 means the whole file.
// In a file without text lines (a Word document, a PDF) Line is the
// ordinal of the place in reading order, so diagnostics still sort, and
// Where says it the way a person finds it ("page 3, line 12", "table 1,
// row 4, cell 2"); String then prints Where instead of the line number.
type Pos struct {
	File  string `json:"file"`
	Line  int    `json:"line"`
	Col   int    `json:"col,omitempty"`
	Where string `json:"where,omitempty"`
}

func (p Pos) String() string {
	switch {
	case p.Where != "" && p.Col > 0:
		return fmt.Sprintf("%s:%s:%d", p.File, p.Where, p.Col)
	case p.Where != "":
		return fmt.Sprintf("%s:%s", p.File, p.Where)
	case p.Line <= 0:
		return p.File
	case p.Col <= 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Diagnostic is one finding about the input, in the form file:line:col: severity: message.
type Diagnostic struct {
	Pos      Pos      `json:"pos"`
	Severity Severity `json:"severity"`
	Code     string   `json:"code"`    // stable short name, e.g. "deadline-unknown"
	Message  string   `json:"message"` // in English: JSON output stays stable
	// Text is Message as its format and arguments, which the command line
	// prints in the reader's language (internal/i18n).
	Text Msg `json:"-"`
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Message)
}

// Translated is the diagnostic's line with the severity word and the
// message in another language: translate translates and formats a message (as
// i18n.Printer.Sprintf does). The position is not translated: it names
// the file as the reader saw it.
func (d Diagnostic) Translated(translate func(format string, args ...any) string) string {
	msg := d.Message
	if d.Text.Format != "" {
		msg = translate(d.Text.Format, d.Text.Args...)
	}
	return fmt.Sprintf("%s: %s: %s", d.Pos, translate(d.Severity.String()), msg)
}

// Diagnostics is a list collected over a whole input rather than stopping at
// the first problem (the go/scanner ErrorList pattern).
type Diagnostics []Diagnostic

// Add appends a diagnostic.
func (l *Diagnostics) Add(pos Pos, sev Severity, code, format string, args ...any) {
	m := Msgf(format, args...)
	*l = append(*l, Diagnostic{Pos: pos, Severity: sev, Code: code, Message: m.String(), Text: m})
}

// Sort orders by file, line, column, then severity (errors first), stably.
func (l Diagnostics) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Severity > b.Severity
	})
}

// Count returns how many diagnostics have the severity.
func (l Diagnostics) Count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// HasErrors reports whether any diagnostic is an error.
func (l Diagnostics) HasErrors() bool { return l.Count(Error) > 0 }

// Err returns nil when there are no errors, else an error listing them one per line.
func (l Diagnostics) Err() error {
	if !l.HasErrors() {
		return nil
	}
	return ErrorList(l)
}

// ErrorList is Diagnostics used as an error: its message lists the errors.
type ErrorList Diagnostics

func (e ErrorList) Error() string {
	var b strings.Builder
	n := 0
	for _, d := range e {
		if d.Severity != Error {
			continue
		}
		if n > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
		n++
	}
	return b.String()
}
