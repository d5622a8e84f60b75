package cli

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"

	"baocao/internal/output"
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
}

func (a *app) newReporter(c *common) *reporter {
	r := &reporter{out: a.stdout, errw: a.stderr, quiet: c.quiet, terminal: isTerminal(a.stderr)}
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
		fmt.Fprintf(r.out, "wrote %s (%s)\n", path, humanSize(e.Size))
	} else {
		fmt.Fprintf(r.out, "unchanged %s\n", path)
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
	msg := err.Error()
	if !strings.Contains(msg, what) {
		msg = what + ": " + msg
	}
	fmt.Fprintln(r.errw, msg)
}

// info reports a warning-level note (diagnostic warnings, skipped items).
func (r *reporter) warn(what, msg string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.json != nil {
		r.json.Warn(msg, "input", what)
		return
	}
	if r.quiet {
		return
	}
	r.clearProgress()
	fmt.Fprintf(r.errw, "%s\n", msg)
}

// step shows "[3/100] programmes done" on a terminal while a run goes on.
func (r *reporter) step(done, total int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if !r.terminal || r.quiet || total < 2 {
		return
	}
	fmt.Fprintf(r.errw, "\r[%d/%d] programmes done", done, total)
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
	fmt.Fprintf(w, "%d programme(s) for %s at %s: %d file(s) written, %d unchanged, %d programme(s) failed\n",
		s.programmes, s.quarter, s.date, s.written, s.unchanged, s.failed)
}

type runSummary struct {
	programmes, failed, written, unchanged int
	date, quarter                          string
	code                                   int
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
