package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"baocao/internal/gctune"
	"baocao/internal/i18n"
	"baocao/internal/lazyre"
	"baocao/internal/output"
)

// app is one invocation: its streams, its clock and test hooks.
type app struct {
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	now    func() time.Time
	// afterWrite, when set, is called after each output file is in place;
	// tests return an error from it to stop a run part-way.
	afterWrite func(full string, e output.Entry) error
	cmd        string        // the subcommand, for messages
	printer    *i18n.Printer // the language of messages, chosen on first use (lang.go)
}

// command is one subcommand.
type command struct {
	name    string
	summary string
	run     func(a *app, args []string) error
}

func commands() []command {
	return []command{
		{"init", "make a workspace: baocao.toml, chuong-trinh/, theo-doi/, output/", (*app).cmdInit},
		{"run", "write annex, quarterly report and forms for every programme (the cron job)", (*app).cmdRun},
		{"parse", "read a programme and print it as JSON", (*app).cmdParse},
		{"check", "read a programme and report problems and the Ghi chú reconciliation", (*app).cmdCheck},
		{"annex", "write the Danh mục annex as PDF and Excel", (*app).cmdAnnex},
		{"report", "write the quarterly progress report as PDF and Excel", (*app).cmdReport},
		{"forms", "write one progress form (Excel) per lead agency", (*app).cmdForms},
		{"import", "merge filled-in progress forms into the ledger", (*app).cmdImport},
		{"config", "print the configuration in effect, as commented TOML", (*app).cmdConfig},
		{"gen", "print a synthetic programme for tests and benchmarks", (*app).cmdGen},
		{"version", "print the version", (*app).cmdVersion},
	}
}

// Main runs the command line and returns the process exit code.
// An interrupt (Ctrl-C, or SIGTERM from cron's timeout or systemd stopping
// the service) cancels the command's context: every loop over input checks
// it, the files being written finish and no new ones start, so nothing is
// left half-written (every file is staged and renamed into place). Should
// the command still be running stopGrace later (stuck somewhere that does
// not check), or on a second signal, the process exits at once: a file
// being staged is then left as a hidden temporary file, which the next run
// removes, and the files in place are each whole.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return mainWith(args, stdin, stdout, stderr, nil)
}

// stopGrace is how long a signalled command has to stop by itself.
const stopGrace = 3 * time.Second

// mainWith is Main with a hook to adjust the app before it runs (tests).
func mainWith(args []string, stdin io.Reader, stdout, stderr io.Writer, hook func(*app)) int {
	// Each command starts with the collector held (gctune also holds it
	// from the process's start); tests run many commands in one process.
	gctune.Hold(100)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	a := &app{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}
	if hook != nil {
		hook(a)
	}
	// The line a signal prints speaks the command's language, chosen
	// before the command runs (a --lang among its flags included; a bad
	// one is the command's to report).
	a.takeLang(args)
	stopLang := a.lang()
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	go func() {
		sig := <-sigs
		cancel()
		select {
		case <-sigs:
		case <-time.After(stopGrace):
		}
		tr := stopLang.Sprintf
		name := sig.String()
		switch sig {
		case os.Interrupt:
			name = tr("interrupt")
		case syscall.SIGTERM:
			name = tr("terminated")
		}
		fmt.Fprintln(stderr, "baocao: "+tr("stopped by %v: %v", name, localize(stopLang, errInterrupted)))
		os.Exit(ExitWrite)
	}()
	return a.main(args)
}

func (a *app) main(args []string) int {
	if len(args) == 0 {
		a.topUsage(a.stderr)
		return ExitUsage
	}
	name := args[0]
	// 'baocao --lang en --help' and 'baocao --lang=en report': the
	// language given before the command (mainWith has read it).
	if strings.HasPrefix(name, "--lang") || strings.HasPrefix(name, "-lang") {
		if err := a.takeLang(args[:min(2, len(args))]); err != nil {
			fmt.Fprintln(a.stderr, "baocao: "+err.Error())
			return ExitUsage
		}
		if _, hasValue := strings.CutPrefix(strings.TrimLeft(name, "-"), "lang="); !hasValue && len(args) > 1 {
			args = args[1:]
		}
		return a.main(args[1:])
	}
	switch name {
	case "-h", "--help", "-help", "help":
		if len(args) > 1 && name == "help" {
			return a.main([]string{args[1], "--help"})
		}
		a.topUsage(a.stdout)
		return ExitOK
	case "--version", "-version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			a.cmd = name
			err := c.run(a, args[1:])
			a.printError(err)
			return codeOf(err)
		}
	}
	fmt.Fprintln(a.stderr, "baocao: "+a.tr("unknown command %q%s\nRun 'baocao --help' for the list of commands.", name, a.suggestCommand(name)))
	return ExitUsage
}

func (a *app) printError(err error) {
	if err == nil || errors.Is(err, errSilent) {
		return
	}
	msg := localize(a.lang(), err)
	// Messages that start with a position (file:line, file!sheet!cell) read
	// best as they are; others say which command speaks.
	if !positioned().MatchString(msg) {
		msg = "baocao " + a.cmd + ": " + msg
	}
	fmt.Fprintln(a.stderr, msg)
}

// positioned matches a message starting with "name:12" or "name.xlsx!".
var positioned = lazyre.New(`^[^\s:!]+(:\d|\.xlsx!)`)

func (a *app) topUsage(w io.Writer) {
	fmt.Fprint(w, a.tr(`baocao turns a Party action programme (chương trình hành động) into the
official-format annex, quarterly progress reports and agency forms.

Usage:
  baocao <command> [flags] [arguments]

Commands:
`))
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, a.tr(c.summary))
	}
	fmt.Fprint(w, "\n"+a.tr(`Without a FILE argument, commands use the programme of the workspace
(baocao.toml in the current folder or above it), outside a workspace the
programme bundled in the binary.
Run 'baocao <command> --help' for a command's flags and an example.
Messages are in Vietnamese; --lang en or BAOCAO_LANG=en gives English.`)+"\n\n"+a.tr(exitCodesHelp))
}

func (a *app) suggestCommand(name string) string {
	for _, c := range commands() {
		if strings.HasPrefix(c.name, name) || strings.HasPrefix(name, c.name) {
			return a.tr("; did you mean %q?", c.name)
		}
	}
	return ""
}
