package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
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
	return &flagSet{FlagSet: fs, a: a, usage: usage, about: about, example: example}
}

// help writes the command's --help text.
func (f *flagSet) help(w io.Writer) {
	fmt.Fprintf(w, "Usage: %s\n\n%s\n", f.usage, strings.TrimSpace(f.about))
	var b bytes.Buffer
	f.SetOutput(&b)
	f.PrintDefaults()
	f.SetOutput(io.Discard)
	if b.Len() > 0 {
		fmt.Fprintf(w, "\nFlags:\n%s", b.String())
	}
	if f.example != "" {
		fmt.Fprintf(w, "\nExample:\n%s\n", f.example)
	}
	if f.exitHelp {
		fmt.Fprintf(w, "\n%s", exitCodesHelp)
	}
}

// parse reads flags and positional arguments in any order ("check FILE -q"
// as well as "check -q FILE"); "--" ends the flags.
func (f *flagSet) parse(args []string) ([]string, error) {
	var pos []string
	for {
		if err := f.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				f.help(f.a.stdout)
				return nil, silent(ExitOK)
			}
			return nil, usageErrorf("%s\nRun 'baocao %s --help' for the flags.", flagMessage(err), f.a.cmd)
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
func flagMessage(err error) string {
	s := err.Error()
	if name, ok := strings.CutPrefix(s, "flag provided but not defined: "); ok {
		return fmt.Sprintf("unknown flag %s", name)
	}
	if name, ok := strings.CutPrefix(s, "flag needs an argument: "); ok {
		return fmt.Sprintf("flag %s needs a value", name)
	}
	return s
}

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
