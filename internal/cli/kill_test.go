package cli

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"baocao/internal/output"
)

// helperEnv makes the test binary act as baocao: the kill test below runs
// it as a child process so that it can SIGKILL a real run.
const helperEnv = "BAOCAO_TEST_HELPER_ARGS"

// stallEnv makes the helper hang after writing its first file.
const stallEnv = "BAOCAO_TEST_STALL"

func TestMain(m *testing.M) {
	if args := os.Getenv(helperEnv); args != "" {
		var hook func(*app)
		if os.Getenv(stallEnv) != "" {
			// Stands for a command stuck where it does not check for a
			// signal: it hangs after its first file is written.
			hook = func(a *app) {
				a.afterWrite = func(string, output.Entry) error { select {} }
			}
		}
		os.Exit(mainWith(strings.Split(args, "\x1f"), os.Stdin, os.Stdout, os.Stderr, hook))
	}
	os.Exit(m.Run())
}

// A run killed with SIGKILL (no chance to clean up) right after it reported
// its first new file leaves every output whole: each file is either the
// previous run's or the complete new one.
func TestRunKilledLeavesWholeFiles(t *testing.T) {
	cfg, out := runSetup(t, 3, "[run]\nworkers = 1\n")
	if r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "--quarter", "2021-Q2", "-q"); r.code != ExitOK {
		t.Fatalf("first run: %s", r)
	}
	before := snapshot(t, out)
	cfgFull, outFull := runSetup(t, 3, "[run]\nworkers = 1\n")
	if r := cli(t, "run", "--config", cfgFull, "--date", "2021-06-15", "--quarter", "2021-Q2", "-q"); r.code != ExitOK {
		t.Fatalf("reference run: %s", r)
	}
	full := snapshot(t, outFull)

	args := []string{"run", "--config", cfg, "--date", "2021-06-15", "--quarter", "2021-Q2"}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"="+strings.Join(args, "\x1f"), langEnv+"=en") // the test reads English
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(stdout)
	killed := false
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "wrote ") {
			cmd.Process.Signal(syscall.SIGKILL)
			killed = true
			break
		}
	}
	cmd.Wait()
	if !killed {
		t.Fatal("the child run reported no file")
	}
	after := snapshot(t, out)
	replaced := 0
	for name, b := range after {
		if strings.Contains(filepath.Base(name), ".tmp-") || filepath.Base(name) == ".baocao.lock" {
			continue // hidden leftovers of a SIGKILL, documented in docs/operations.md
		}
		switch {
		case bytes.Equal(b, before[name]):
		case bytes.Equal(b, full[name]):
			replaced++
		default:
			t.Errorf("%s is partial: neither the previous file nor the complete new one", name)
		}
	}
	t.Logf("killed after %d of %d files were replaced", replaced, len(before))
	for name := range before {
		if _, ok := after[name]; !ok {
			t.Errorf("%s disappeared", name)
		}
	}
}
