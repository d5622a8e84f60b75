// Package i18n is baocao's message catalogue: Vietnamese by default, English on request.
package i18n

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Lang is a language baocao speaks.
type Lang int

// The languages. Vietnamese is the default: baocao's users are clerks of
// Vietnamese offices.
const (
	Vietnamese Lang = iota
	English
)

// String is the language's code, as --lang and ui.language write it.
func (l Lang) String() string {
	if l == English {
		return "en"
	}
	return "vi"
}

// Parse reads a language code: "vi" or "en" (also "vi-VN", "en-US", any case).
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_."); i > 0 {
		s = s[:i]
	}
	switch s {
	case "vi":
		return Vietnamese, true
	case "en":
		return English, true
	}
	return Vietnamese, false
}

// cat holds the translations. Keys are the English texts as written in the
// code, so English needs no entry and a missing Vietnamese entry shows the
// English text (a test in each package that translates catches that).
// It is built on the first message printed: compiling its entries took a
// millisecond of every start-up, and a quiet command that succeeds (the
// cron job's usual run) prints none.
var cat = sync.OnceValue(func() *catalog.Builder {
	b := catalog.NewBuilder(catalog.Fallback(language.English))
	for _, m := range catalogues {
		for en, vi := range m {
			if err := b.SetString(language.Vietnamese, en, vi); err != nil {
				panic(fmt.Sprintf("i18n: catalogue entry %q: %v", en, err))
			}
		}
	}
	return b
})

// Printer formats messages in one language.
type Printer struct {
	lang Lang
	p    func() *message.Printer // made on first use, with cat
}

// New returns a Printer for l.
func New(l Lang) *Printer {
	tag := language.Vietnamese
	if l == English {
		tag = language.English
	}
	return &Printer{lang: l, p: sync.OnceValue(func() *message.Printer {
		return message.NewPrinter(tag, message.Catalog(cat()))
	})}
}

// Lang is the printer's language.
func (p *Printer) Lang() Lang { return p.lang }

// Sprintf looks format up in the catalogue (by its English text) and
// formats args with the translation's verbs. Integers are printed as fmt
// prints them, without the language's digit grouping: they are line
// numbers, process ids and counts in messages that name a file position
// ("x.txt:1234:") or a flag's value, and English must read as before.
//
// An argument that is itself a message kept for translation (source.Msg:
// a vocabulary error inside a diagnostic, a "did you mean" hint) is
// translated the same way, also when it is an error wrapping one.
func (p *Printer) Sprintf(format string, args ...any) string {
	args = append([]any(nil), args...) // the caller's slice stays as it was
	for i, v := range args {
		switch t := v.(type) {
		case int, int8, int16, int32, int64, uint, uint8, uint16, uint32, uint64:
			args[i] = plain{v}
		case translatable:
			args[i] = p.translate(t)
		case error:
			var inner translatableError
			if errors.As(t, &inner) {
				args[i] = strings.Replace(t.Error(), inner.Error(), p.translate(inner), 1)
			}
		}
	}
	return p.p().Sprintf(format, args...)
}

func (p *Printer) translate(t translatable) string {
	format, args := t.Translatable()
	return p.Sprintf(format, args...)
}

// translatable is a message kept as its English format and arguments
// (source.Msg): i18n does not import source, which stays below it.
type translatable interface {
	Translatable() (format string, args []any)
}

type translatableError interface {
	error
	translatable
}

// plain formats its value with fmt, bypassing the printer's number format.
type plain struct{ v any }

func (n plain) Format(f fmt.State, verb rune) { fmt.Fprintf(f, fmt.FormatString(f, verb), n.v) }

// Has reports whether the Vietnamese catalogue translates key.
func Has(key string) bool {
	for _, m := range catalogues {
		if _, ok := m[key]; ok {
			return true
		}
	}
	return false
}

// catalogues are the files of Vietnamese entries (vi.go, vi_messages.go,
// vi_diagnostics.go, vi_check.go, vi_readers.go, vi_config.go, vi_office.go).
var catalogues = []map[string]string{vietnamese, vietnameseMessages, vietnameseDiagnostics, vietnameseCheck, vietnameseReaders, vietnameseConfig, vietnameseOffice}
