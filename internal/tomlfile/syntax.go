package tomlfile

import (
	"errors"
	"strings"

	"github.com/BurntSushi/toml"
)

// SyntaxError is text that is not TOML, at the place the parser stopped.
type SyntaxError struct {
	Pos            // Col is 0 when the parser's offset is not on Line
	Message string // the parser's words, e.g. "expected '.' or '=', but got 'ú' instead"
	LastKey string // the last key parsed before the error, dotted; often the table's name
}

func (e *SyntaxError) Error() string { return e.Message }

// Parse reads text into a tree of map[string]any, []map[string]any (arrays
// of tables), []any, string, int64, float64, bool and time.Time (dates keep
// the library's "date-local", "datetime-local" and "time-local" locations).
// A syntax error, and nesting deeper than MaxDepth (checked before the
// library sees the text), is returned as *SyntaxError.
func Parse(text string) (map[string]any, error) {
	if err := checkDepth(text); err != nil {
		return nil, err
	}
	var doc map[string]any
	if _, err := toml.Decode(text, &doc); err != nil {
		return nil, syntaxError(text, err)
	}
	return doc, nil
}

// syntaxError positions a parse error with a rune column computed from the
// byte offset, because the library's Col counts bytes.
func syntaxError(text string, err error) error {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return err
	}
	se := &SyntaxError{Pos: Pos{Line: pe.Position.Line}, Message: pe.Message, LastKey: pe.LastKey}
	if start, line, ok := lineAt(text, pe.Position.Line); ok {
		if off := pe.Position.Start - start; off >= 0 && off <= len(line) {
			se.Col = runeCol(line, off)
		}
	}
	return se
}

// lineAt returns the byte offset where the n-th (1-based) line of text
// starts and that line without its newline.
func lineAt(text string, n int) (int, string, bool) {
	if n < 1 {
		return 0, "", false
	}
	start := 0
	for i := 1; i < n; i++ {
		j := strings.IndexByte(text[start:], '\n')
		if j < 0 {
			return 0, "", false
		}
		start += j + 1
	}
	line := text[start:]
	if j := strings.IndexByte(line, '\n'); j >= 0 {
		line = line[:j]
	}
	return start, line, true
}
