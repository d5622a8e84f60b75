package config

import (
	"fmt"
	"strings"
)

// Error is one problem in a configuration file, located by line and key.
type Error struct {
	File string
	Line int    // 0 when the key's line could not be found
	Col  int    // 0 when only the line is known
	Key  string // dotted key, "" for a syntax error
	Msg  string
}

func (e Error) Error() string {
	pos := e.File
	switch {
	case e.Line > 0 && e.Col > 0:
		pos = fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	case e.Line > 0:
		pos = fmt.Sprintf("%s:%d", e.File, e.Line)
	}
	return pos + ": " + e.Msg
}

// Errors is every problem found in one file, in line order; the whole list
// is reported at once so a user fixes the file in one pass.
type Errors []Error

func (l Errors) Error() string {
	s := make([]string, len(l))
	for i, e := range l {
		s[i] = e.Error()
	}
	return strings.Join(s, "\n")
}
