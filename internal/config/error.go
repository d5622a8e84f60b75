package config

import (
	"fmt"
	"strings"

	"baocao/internal/source"
)

// Error is one problem in a configuration file, located by line and key.
type Error struct {
	File string
	Line int    // 0 when the key's line could not be found
	Col  int    // 0 when only the line is known
	Key  string // dotted key, "" for a syntax error
	Msg  string
	// Text is Msg kept for translation; the command line prints it in the
	// reader's language (Localized).
	Text source.Msg
}

// newError is an Error whose message can be printed in either language.
func newError(file string, line int, key string, m source.Msg) Error {
	return Error{File: file, Line: line, Key: key, Msg: m.String(), Text: m}
}

func (e Error) Error() string { return e.pos() + ": " + e.Msg }

// Localized is the error with its message translated by tr (as
// i18n.Printer.Sprintf does); the position stays as it is.
func (e Error) Localized(tr func(format string, args ...any) string) string {
	if e.Text.Format == "" {
		return e.Error()
	}
	return e.pos() + ": " + tr(e.Text.Format, e.Text.Args...)
}

func (e Error) pos() string {
	pos := e.File
	switch {
	case e.Line > 0 && e.Col > 0:
		pos = fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	case e.Line > 0:
		pos = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return pos
}

// Errors is every problem found in one file, in line order; the whole list
// is reported at once so a user fixes the file in one pass.
type Errors []Error

// Unwrap gives each error, so that the command line finds them to
// translate.
func (l Errors) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

func (l Errors) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}
