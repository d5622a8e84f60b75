package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Case 3 of issue 9: SIGTERM was caught and then ignored until the command
// ended by itself: 'timeout 60 baocao import …' did not stop. An import of
// many forms is signalled after 300 ms: it stops within a few seconds, exit 3,
// the ledger untouched and no temporary file left.
func TestHostileSIGTERMStopsImport(t *testing.T) {
	form, ledger := hostileForm(t)
	fillNote(t, form, "Đã trình Thường trực Tỉnh ủy")
	args := []string{"import"}
	for range 600 {
		args = append(args, form)
	}
	args = append(args, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
	var signalled time.Time
	r := runBoundedIn(t, "", 3072, 60*time.Second, func(cmd *exec.Cmd) {
		time.Sleep(300 * time.Millisecond)
		signalled = time.Now()
		cmd.Process.Signal(syscall.SIGTERM)
	}, args...)
	if stop := time.Since(signalled); stop > 3*time.Second {
		t.Errorf("stopped %v after SIGTERM, want within 3 s", stop.Round(time.Millisecond))
	}
	if r.code != ExitWrite || !strings.Contains(r.stderr, "interrupted") {
		t.Errorf("want exit 3, interrupted: exit %d\n%s", r.code, r.stderr)
	}
	assertUnchanged(t, ledger)
	assertNoTemps(t, filepath.Dir(ledger))
}

// A command stuck where it does not look at the signal (the test hangs it
// after its first file) is stopped stopGrace after SIGTERM; the files in
// place are whole.
func TestHostileSIGTERMStopsAStuckRun(t *testing.T) {
	cfg, out := runSetup(t, 1, "")
	t.Setenv(stallEnv, "1")
	var signalled time.Time
	r := runBoundedIn(t, "", 3072, 60*time.Second, func(cmd *exec.Cmd) {
		// The first file is written within a second or two.
		deadline := time.Now().Add(20 * time.Second)
		for time.Now().Before(deadline) {
			if m, _ := filepath.Glob(filepath.Join(out, "*", "*", "danh-muc.pdf")); len(m) > 0 {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		signalled = time.Now()
		cmd.Process.Signal(syscall.SIGTERM)
	}, "run", "--config", cfg, "--date", "2021-06-30", "--quarter", "2021-Q2")
	if stop := time.Since(signalled); stop > stopGrace+2*time.Second {
		t.Errorf("stopped %v after SIGTERM, want within %v", stop.Round(time.Millisecond), stopGrace+2*time.Second)
	}
	if r.code != ExitWrite || !strings.Contains(r.stderr, "stopped by terminated") {
		t.Errorf("want exit 3, stopped: exit %d\n%s", r.code, r.stderr)
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "*", "*", "danh-muc.pdf"))
	for _, p := range pdfs {
		if b, _ := os.ReadFile(p); !strings.HasSuffix(strings.TrimSpace(string(b)), "%%EOF") {
			t.Errorf("%s is not whole", p)
		}
	}
}

// assertNoTemps fails when dir holds a temporary file of ours.
func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
