package cli

import (
	"os"
	"strings"

	"baocao/internal/config"
	"baocao/internal/i18n"
)

// langEnv names the environment variable that chooses the language.
const langEnv = "BAOCAO_LANG"

// tr translates a message through the catalogue (internal/i18n) and
// formats it: Vietnamese unless English was asked for.
func (a *app) tr(format string, args ...any) string {
	return a.lang().Sprintf(format, args...)
}

// lang is the printer of this invocation, chosen on first use: --lang (see
// takeLang), else BAOCAO_LANG, else ui.language of the workspace's
// configuration, else Vietnamese.
func (a *app) lang() *i18n.Printer {
	if a.printer == nil {
		a.printer = i18n.New(defaultLang())
	}
	return a.printer
}

func defaultLang() i18n.Lang {
	if l, ok := i18n.Parse(os.Getenv(langEnv)); ok {
		return l
	}
	// The configuration is read again, strictly, by the command; here a
	// file with errors just leaves the default.
	if path := findConfig(); path != "" {
		if data, err := os.ReadFile(path); err == nil {
			if c, err := config.Load(path, data); err == nil {
				if l, ok := i18n.Parse(c.UI.Language); ok {
					return l
				}
			}
		}
	}
	return i18n.Vietnamese
}

// takeLang reads --lang from a command's arguments before its flags are
// parsed, so that 'baocao report --help --lang en' is already in English.
func (a *app) takeLang(args []string) error {
	for i, arg := range args {
		if arg == "--" {
			return nil
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(arg, "-"), "=")
		if !strings.HasPrefix(arg, "-") || name != "lang" {
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return nil // the flag package says a value is missing
			}
			value = args[i+1]
		}
		l, ok := i18n.Parse(value)
		if !ok {
			return usageErrorf("--lang %q: expected vi (tiếng Việt) or en (English)", value)
		}
		a.printer = i18n.New(l)
	}
	return nil
}

// usagef and invalidf are usageErrorf and invalidErrorf with the message
// translated through the catalogue.
func (a *app) usagef(format string, args ...any) error {
	return usageErrorf("%s", a.tr(format, args...))
}

func (a *app) invalidf(format string, args ...any) error {
	return invalidErrorf("%s", a.tr(format, args...))
}
