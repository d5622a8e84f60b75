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
// i18n.Printer.Sprintf does). The file name and numbers of the position are
// kept as the reader saw them; only the words of a Where are translated.
func (d Diagnostic) Translated(translate func(format string, args ...any) string) string {
	msg := d.Message
	if d.Text.Format != "" {
		args := WhereArgs(d.Text.Format, d.Text.Args, translate)
		msg = translate(d.Text.Format, args...)
	}
	pos := d.Pos
	pos.Where = translateWhere(pos.Where, translate)
	return fmt.Sprintf("%s: %s: %s", pos, translate(d.Severity.String()), msg)
}

// WhereArgs returns args with every position in words given to a %s verb
// ("joined with page 2, line 1") translated, so it reads like the position
// in front of the line; a quoted text (%q) is the document's own words and
// stays. args itself is never changed: a diagnostic keeps its English.
func WhereArgs(format string, args []any, translate func(format string, args ...any) string) []any {
	out, copied := args, false
	verbs := verbsOf(format)
	for i, a := range args {
		if w, ok := a.(string); ok && i < len(verbs) && verbs[i] == 's' && isWhere(w) {
			if !copied {
				out, copied = append([]any(nil), args...), true
			}
			out[i] = translateWhere(w, translate)
		}
	}
	return out
}

// whereWords are the words a reader uses in Pos.Where ("page 3, line 12",
// "table 1, row 4, cell 2", "after paragraph 7"); each piece "WORDS N" of a
// Where has its words translated, anything else (a part name) is kept.
var whereWords = map[string]bool{"page": true, "line": true, "table": true, "row": true, "cell": true,
	"paragraph": true, "after paragraph": true}

// verbsOf lists the verbs of a printf format in argument order ("%s and
// %q" gives s, q); "%%" takes no argument.
func verbsOf(format string) []byte {
	var out []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(format) && strings.IndexByte("+-# 0123456789.", format[j]) >= 0 {
			j++
		}
		if j < len(format) && format[j] != '%' {
			out = append(out, format[j])
		}
		i = j
	}
	return out
}

// isWhere reports whether s is a position in words, every piece of it "WORDS N".
func isWhere(s string) bool {
	if s == "" {
		return false
	}
	for _, piece := range strings.Split(s, ", ") {
		sp := strings.LastIndexByte(piece, ' ')
		if sp <= 0 || !whereWords[piece[:sp]] || strings.Trim(piece[sp+1:], "0123456789") != "" {
			return false
		}
	}
	return true
}

// translateWhere translates the words of a position like "page 3, line 12"
// and keeps its numbers, so a Vietnamese reader sees "trang 3, dòng 12".
func translateWhere(where string, translate func(format string, args ...any) string) string {
	if where == "" {
		return where
	}
	pieces := strings.Split(where, ", ")
	for i, piece := range pieces {
		sp := strings.LastIndexByte(piece, ' ')
		if sp <= 0 {
			continue
		}
		word, num := piece[:sp], piece[sp+1:]
		if !whereWords[word] || strings.Trim(num, "0123456789") != "" {
			continue
		}
		pieces[i] = translate(word) + " " + num
	}
	return strings.Join(pieces, ", ")
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
