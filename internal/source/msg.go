package source

import "fmt"

// Msg is a message kept as its English format and arguments rather than
// as formatted text, so that it can be printed in the reader's language
// (internal/i18n looks Format up in its catalogue, then formats Args,
// translating any Msg among them). String and Error give the English.
// A Msg is also an error, for the messages that travel as one (a deadline
// phrase vocab cannot read becomes part of a diagnostic).
type Msg struct {
	Format string
	Args   []any
}

// Msgf keeps format and args for printing later, in either language.
func Msgf(format string, args ...any) Msg { return Msg{Format: format, Args: args} }

// String is the message in English.
func (m Msg) String() string { return fmt.Sprintf(m.Format, m.Args...) }

// Error is the message in English.
func (m Msg) Error() string { return m.String() }

// Translatable gives internal/i18n the message's format and arguments.
func (m Msg) Translatable() (string, []any) { return m.Format, m.Args }
