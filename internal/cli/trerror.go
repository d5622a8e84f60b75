package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"baocao/internal/i18n"
)

// trError is an error made where no app is at hand (readInput, a signal
// between two files) whose message still reaches the reader in their
// language: Error() is the English text, the catalogue's key, and
// localize translates it wherever it is printed, wrapped or not.
type trError struct {
	format string
	args   []any
}

func trErrorf(format string, args ...any) *trError { return &trError{format, args} }

func (e *trError) Error() string { return fmt.Sprintf(e.format, e.args...) }

// in is the message in p's language; word and error arguments are
// translated too.
func (e *trError) in(p *i18n.Printer) string {
	args := make([]any, len(e.args))
	for i, v := range e.args {
		switch w := v.(type) {
		case word:
			v = p.Sprintf(string(w))
		case error:
			v = localize(p, w)
		}
		args[i] = v
	}
	return p.Sprintf(e.format, args...)
}

// localizer is an error of a package below cli that can say itself in
// another language, given the catalogue's Sprintf (config.Error).
type localizer interface {
	error
	Localized(tr func(format string, args ...any) string) string
}

// word is a word or phrase given to a trError's message ("programme", "a
// folder"), translated with it.
type word string

// localize is err's message in p's language: the English text of each
// trError in err's chain is replaced by its translation, so that
// "x.txt: read: <refusal>" keeps its prefix and translates the refusal.
func localize(p *i18n.Printer, err error) string {
	msg := err.Error()
	if p == nil || p.Lang() == i18n.English {
		return msg
	}
	var walk func(error)
	walk = func(e error) {
		for ; e != nil; e = errors.Unwrap(e) {
			switch te := e.(type) {
			case *trError:
				msg = strings.Replace(msg, te.Error(), te.in(p), 1)
			case diagLine:
				msg = strings.Replace(msg, te.Error(), te.in(p), 1)
			case localizer: // config.Error
				msg = strings.Replace(msg, te.Error(), te.Localized(p.Sprintf), 1)
			}
			if j, ok := e.(interface{ Unwrap() []error }); ok { // errors.Join
				for _, e := range j.Unwrap() {
					walk(e)
				}
				return
			}
		}
	}
	walk(err)
	return msg
}

// openErrorText is describeOpenError (input.go) in the reader's language:
// why a file named on the command line could not be opened.
func (a *app) openErrorText(file string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return a.tr("%s: no such file", file)
	case errors.Is(err, fs.ErrPermission):
		return a.tr("%s: permission denied", file)
	}
	return describeOpenError(file, err)
}

// openError is describeOpenError as an error whose words are translated
// where it is printed ("không có tệp này"), for messages made where no app
// is at hand.
func openError(file string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return trErrorf("%s: no such file", file)
	case errors.Is(err, fs.ErrPermission):
		return trErrorf("%s: permission denied", file)
	}
	return errors.New(describeOpenError(file, err))
}

// trWrapf is fmt.Errorf(format+": %w", args..., err) with the prefix
// translated where printed: err stays reachable by errors.Is and As.
func trWrapf(err error, format string, args ...any) error {
	return &trWrapped{trErrorf(format, args...), err}
}

type trWrapped struct {
	prefix *trError
	err    error
}

func (e *trWrapped) Error() string   { return e.prefix.Error() + ": " + e.err.Error() }
func (e *trWrapped) Unwrap() []error { return []error{e.prefix, e.err} }
