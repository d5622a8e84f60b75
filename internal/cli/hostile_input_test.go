package cli

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// sparse makes a file of size bytes that takes no disk space.
func sparse(t *testing.T, path string, size int64) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(size); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// Case 5 of issue 9: a FIFO in the seeds folder hung 'run' for ever,
// holding the output lock; a link to /dev/zero grew to 13 GB; a folder and
// an oversized file named *.txt. Each is refused before it is read, the
// good programme is still processed, and the exit code is 1.
func TestHostileSeedsFolder(t *testing.T) {
	cfg, out := runSetup(t, 1, "[run]\nworkers = 2\n")
	seeds := filepath.Dir(mustGlob(t, filepath.Join(filepath.Dir(cfg), "..", "*", "101-*.txt")))
	if err := syscall.Mkfifo(filepath.Join(seeds, "fifo.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(seeds, "zero.txt")); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(seeds, "folder.txt"), 0o755)
	sparse(t, filepath.Join(seeds, "huge.txt"), maxProgrammeBytes+1)

	r := runBounded(t, 3072, 30*time.Second, "run", "--config", cfg, "--date", "2021-06-30", "--quarter", "2021-Q2", "-q")
	if r.timedOut || r.elapsed > 10*time.Second {
		t.Errorf("took %v, want under 10 s", r.elapsed)
	}
	if r.maxRSS > 400<<10 {
		t.Errorf("peak memory %d MB, want under 400 MB", r.maxRSS>>10)
	}
	if r.code != ExitInvalid {
		t.Errorf("exit %d, want 1\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"fifo.txt: not a regular file (a FIFO)", "zero.txt: not a regular file (a character device)",
		"folder.txt: not a regular file (a folder)", "huge.txt: 64.0 MB is larger than the 64.0 MB a programme may be"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "101-CTr-TU", "2021-Q2", "manifest.json")); err != nil {
		t.Errorf("the good programme was not processed: %v", err)
	}
}

func mustGlob(t *testing.T, pattern string) string {
	t.Helper()
	m, _ := filepath.Glob(pattern)
	if len(m) == 0 {
		t.Fatalf("nothing matches %s", pattern)
	}
	return m[0]
}

// A 3 GB form (sparse) was read whole before the 8 MB check.
func TestHostileHugeForm(t *testing.T) {
	dir := t.TempDir()
	form := filepath.Join(dir, "phieu.xlsx")
	sparse(t, form, 3<<30)
	ledger := sampleLedgerIn(t)
	r := importBounded(t, 3072, 30*time.Second, form, ledger)
	if r.elapsed > 10*time.Second || r.maxRSS > 300<<10 {
		t.Errorf("took %v and %d MB, want under 10 s and 300 MB", r.elapsed, r.maxRSS>>10)
	}
	want := form + ": error: 3.0 GB is larger than the 8.0 MB a form may be"
	if r.code != ExitInvalid || !strings.Contains(r.stderr, want) {
		t.Errorf("want exit 1 and %q:\nexit %d\n%s", want, r.code, r.stderr)
	}
	assertUnchanged(t, ledger)
}

// A FIFO or device given as a programme, ledger, configuration or form is
// refused at once, naming it.
func TestHostileSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	form, ledger := hostileForm(t)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"check", fifo}, ExitInvalid, "cannot read programme " + fifo + ": not a regular file (a FIFO)"},
		{[]string{"check", "/dev/zero"}, ExitInvalid, "/dev/zero: not a regular file (a character device)"},
		{[]string{"config", "--config", fifo}, ExitUsage, "configuration file " + fifo + ": not a regular file (a FIFO)"},
		{[]string{"report", "--ledger", fifo, "--date", "2021-06-30"}, ExitInvalid, "cannot read ledger " + fifo + ": not a regular file (a FIFO)"},
		{[]string{"import", fifo, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger}, ExitInvalid, fifo + ": error: not a regular file (a FIFO)"},
		{[]string{"import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", fifo}, ExitInvalid, "cannot read ledger " + fifo + ": not a regular file (a FIFO)"},
	} {
		t.Run(c.args[0], func(t *testing.T) {
			r := runBoundedIn(t, dir, 3072, 20*time.Second, nil, c.args...)
			if r.timedOut || r.code != c.code || !strings.Contains(r.stderr, c.want) {
				t.Errorf("%v: want exit %d and %q, got exit %d in %v\n%s", c.args, c.code, c.want, r.code, r.elapsed, r.stderr)
			}
		})
	}
}
