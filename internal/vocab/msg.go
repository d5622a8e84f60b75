package vocab

import "fmt"

// msg is an error kept as its English format and arguments, as source.Msg
// is (vocab may import only program and x/text, see internal/arch): the
// command line prints it in the reader's language through the method
// internal/i18n looks for, Translatable. Error gives the English.
type msg struct {
	format string
	args   []any
}

// msgf keeps format and args; TestEveryDiagnosticHasAVietnameseEntry
// (internal/i18n) finds its calls as it finds source.Msgf's.
func msgf(format string, args ...any) msg { return msg{format, args} }

func (m msg) Error() string { return fmt.Sprintf(m.format, m.args...) }

// Translatable gives internal/i18n the message's format and arguments.
func (m msg) Translatable() (string, []any) { return m.format, m.args }
