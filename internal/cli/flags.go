package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"baocao/internal/lazyre"
)

// flagSet is a subcommand's flags with its help text.
type flagSet struct {
	*flag.FlagSet
	a        *app
	usage    string // "baocao annex [FILE] [flags]"
	about    string // what the command does
	example  string
	exitHelp bool // print the exit codes in --help
}

func (a *app) flags(usage, about, example string) *flagSet {
	fs := flag.NewFlagSet(a.cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := &flagSet{FlagSet: fs, a: a, usage: usage, about: about, example: example}
	// Read before the other flags by takeLang; declared so that it is
	// accepted anywhere on the line and listed in --help.
	fs.String("lang", "", "`language` of messages and --help: vi (tiếng Việt) or en (English) (default: BAOCAO_LANG, else ui.language of the configuration, else vi)")
	return f
}

// help writes the command's --help text in the chosen language: the about
// text, each flag's usage and the exit codes come from the catalogue.
func (f *flagSet) help(w io.Writer) {
	tr := f.a.tr
	fmt.Fprintf(w, "%s %s\n\n%s\n", tr("Usage:"), f.usage, strings.TrimSpace(tr(f.about)))
	f.VisitAll(func(fl *flag.Flag) { fl.Usage = tr(fl.Usage) })
	var b bytes.Buffer
	f.SetOutput(&b)
	f.PrintDefaults()
	f.SetOutput(io.Discard)
	if b.Len() > 0 {
		// The flag package writes the defaults it shows as (default "text").
		fmt.Fprintf(w, "\n%s\n%s", tr("Flags:"), strings.ReplaceAll(b.String(), "(default ", tr("(default ")))
	}
	if f.example != "" {
		// An example line's comment, "   (the cron job)", is translated.
		example := exampleNote().ReplaceAllStringFunc(f.example, func(s string) string {
			m := exampleNote().FindStringSubmatch(s)
			return m[1] + "(" + tr(m[2]) + ")"
		})
		fmt.Fprintf(w, "\n%s\n%s\n", tr("Example:"), example)
	}
	if f.exitHelp {
		fmt.Fprintf(w, "\n%s", tr(exitCodesHelp))
	}
}

// exampleNote matches the comment that ends an example line.
var exampleNote = lazyre.New(`(?m)(\s{2,})\(([^()\n]+)\)$`)

// parse reads flags and positional arguments in any order ("check FILE -q"
// as well as "check -q FILE"); "--" ends the flags.
func (f *flagSet) parse(args []string) ([]string, error) {
	if err := f.a.takeLang(args); err != nil {
		return nil, err
	}
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				f.help(f.a.stdout)
				return nil, silent(ExitOK)
			}
			return nil, usageErrorf("%s%s\nRun 'baocao %s --help' for the flags.", f.flagMessage(err), f.suggest(err), f.a.cmd)
		}
		rest := f.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// flagMessage rewords the flag package's errors for a reader.
func (f *flagSet) flagMessage(err error) string {
	s := err.Error()
	if name, ok := strings.CutPrefix(s, "flag provided but not defined: -"); ok {
		if len(name) > 1 {
			return f.a.tr("unknown flag --%s", name)
		}
		return f.a.tr("unknown flag -%s", name)
	}
	if name, ok := strings.CutPrefix(s, "flag needs an argument: "); ok {
		return f.a.tr("flag %s needs a value", name)
	}
	// The reason is a flag's Set error (trErrorf, in the catalogue) or
	// the flag package's "parse error" for a number.
	if m := invalidValue().FindStringSubmatch(s); m != nil {
		return f.a.tr("invalid value %s for flag -%s: %s", m[1], m[2], f.a.tr(m[3]))
	}
	return s
}

// invalidValue matches the flag package's error for a value Set refused.
var invalidValue = lazyre.New(`^invalid value (".*") for flag -(\S+): (.*)$`)

// atMostOne checks the number of positional arguments.
func (f *flagSet) atMostOne(pos []string) (string, error) {
	switch len(pos) {
	case 0:
		return "", nil
	case 1:
		return pos[0], nil
	}
	return "", usageErrorf("expected at most one programme file, got %d: %s\nUsage: %s", len(pos), strings.Join(pos, " "), f.usage)
}

// none checks there are no positional arguments.
func (f *flagSet) none(pos []string) error {
	if len(pos) > 0 {
		return usageErrorf("unexpected argument %q\nUsage: %s", pos[0], f.usage)
	}
	return nil
}

// suggest offers the nearest defined flag for an unknown one: --quater → --quarter.
func (f *flagSet) suggest(err error) string {
	name, ok := strings.CutPrefix(err.Error(), "flag provided but not defined: -")
	if !ok {
		return ""
	}
	name = strings.TrimLeft(name, "-")
	if len(name) < 3 {
		return ""
	}
	best, bestD := "", 3
	f.VisitAll(func(fl *flag.Flag) {
		if d := editDistance(name, fl.Name); d < bestD && len(fl.Name) > 1 {
			best, bestD = fl.Name, d
		}
	})
	if best == "" || bestD > 2 {
		return ""
	}
	return f.a.tr("; did you mean --%s?", best)
}

// editDistance is the Levenshtein distance over bytes (flag names are ASCII).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
