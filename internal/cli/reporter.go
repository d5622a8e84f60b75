package cli

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"

	"baocao/internal/i18n"
	"baocao/internal/output"
	"baocao/internal/program"
)

// reporter tells people (or cron) what a command did: one line per file on
// a terminal or in a mail, nothing but errors with -q, JSON lines with
// --log-format json. Safe for concurrent use by the run's workers.
type reporter struct {
	mu       sync.Mutex
	out      io.Writer // per-file lines and the summary
	errw     io.Writer // errors and the progress line
	quiet    bool
	json     *slog.Logger
	terminal bool // errw is a terminal: show a progress line
	progress bool // a progress line is on screen and must be cleared
	// lang translates the lines for people; the JSON records stay in
	// English, their keys and messages are what log collectors match.
	lang *i18n.Printer
}

func (a *app) newReporter(c *common) *reporter {
	r := &reporter{out: a.stdout, errw: a.stderr, quiet: c.quiet, terminal: isTerminal(a.stderr), lang: a.lang()}
	if c.logFormat == "json" {
		r.json = slog.New(slog.NewJSONHandler(a.stdout, nil))
		r.terminal = false
	}
	return r
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// file reports one output file.
func (r *reporter) file(path string, e output.Entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.json != nil {
		msg := "wrote"
		if !e.Changed {
			msg = "unchanged"
		}
		r.json.Info(msg, "path", path, "size", e.Size, "sha256", e.SHA256)
		return
	}
	if r.quiet {
		return
	}
	r.clearProgress()
	if e.Changed {
		fmt.Fprintln(r.out, r.tr("wrote %s (%s)", path, humanSize(e.Size)))
	} else {
		fmt.Fprintln(r.out, r.tr("unchanged %s", path))
	}
}

// failed reports a programme or file that could not be processed.
func (r *reporter) failed(what string, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.json != nil {
		r.json.Error("failed", "input", what, "exit_code", codeOf(err), "error", err.Error())
		return
	}
	r.clearProgress()
	msg := localize(r.lang, err)
	if !strings.Contains(msg, what) {
		msg = what + ": " + msg
	}
	fmt.Fprintln(r.errw, msg)
}

// warn reports a warning-level note (diagnostic warnings, skipped items).
func (r *reporter) warn(what, msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.warnLocked(what, func() string { return msg })
}

// warnf is warn of a text of the catalogue, translated only when it is
// shown: with -q it is not, and a quiet command that succeeds (the cron
// job's usual run) then never builds the catalogue (a millisecond and half
// a megabyte of every start-up).
func (r *reporter) warnf(what, format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.warnLocked(what, func() string { return r.tr(format, args...) })
}

func (r *reporter) warnLocked(what string, msg func() string) {
	if r.json != nil {
		r.json.Warn(msg(), "input", what)
		return
	}
	if r.quiet {
		return
	}
	r.clearProgress()
	fmt.Fprintf(r.errw, "%s\n", msg())
}

// step shows "[3/100] programmes done" on a terminal while a run goes on.
func (r *reporter) step(done, total int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.terminal || r.quiet || total < 2 {
		return
	}
	fmt.Fprint(r.errw, "\r"+r.tr("[%d/%d] programmes done", done, total))
	r.progress = true
}

func (r *reporter) clearProgress() {
	if r.progress {
		fmt.Fprint(r.errw, "\r\033[K")
		r.progress = false
	}
}

// summary ends a run with one line for people and one record for cron.
func (r *reporter) summary(s runSummary) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.json != nil {
		r.json.Info("done", "programmes", s.programmes, "failed", s.failed, "written", s.written,
			"unchanged", s.unchanged, "date", s.date, "quarter", s.quarter, "exit_code", s.code)
		return
	}
	r.clearProgress()
	if r.quiet && s.code == ExitOK {
		return
	}
	w := r.out
	if s.code != ExitOK {
		w = r.errw
	}
	fmt.Fprintln(w, r.tr("%d programme(s) for %s at %s: %d file(s) written, %d unchanged, %d programme(s) failed",
		s.programmes, quarterName(r.lang, s.q), dateName(r.lang, s.d), s.written, s.unchanged, s.failed))
}

// tr translates a line for people.
func (r *reporter) tr(format string, args ...any) string {
	if r.lang == nil {
		return i18n.New(i18n.English).Sprintf(format, args...)
	}
	return r.lang.Sprintf(format, args...)
}

type runSummary struct {
	programmes, failed, written, unchanged int
	date, quarter                          string // for the JSON record
	d                                      program.Date
	q                                      program.Quarter
	code                                   int
}

// quarterName is a quarter as its reader writes it: "quý III-2021" in
// Vietnamese (the documents' wording), "2021-Q3" in English (the flag's).
func quarterName(p *i18n.Printer, q program.Quarter) string {
	if p != nil && p.Lang() == i18n.Vietnamese {
		return q.Label()
	}
	return q.String()
}

// dateName is a date as its reader writes it: 30/09/2021 in Vietnamese,
// 2021-09-30 in English (the flag's form).
func dateName(p *i18n.Printer, d program.Date) string {
	if p != nil && p.Lang() == i18n.Vietnamese {
		return dmy(d)
	}
	return d.String()
}

// dmy writes a date as the forms show it, 15/06/2021.
func dmy(d program.Date) string {
	return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year)
}

// humanSize prints 48 KB, 1.2 MB, 3.0 GB, 512 B.
func humanSize(n int64) string {
	switch {
	case n < 1024:
		return fmt.Sprintf("%d B", n)
	case n < 1024*1024:
		return fmt.Sprintf("%d KB", (n+512)/1024)
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1024*1024))
}
