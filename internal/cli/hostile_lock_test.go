package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/output"
)

// Case 4 of issue 9, through the command line: a lock file planted as a
// link to another file (out/.baocao.lock for run, <ledger>.lock for import)
// emptied that file. Now the command refuses the lock and changes nothing.
func TestHostileLockLinks(t *testing.T) {
	victimText := []byte("precious\n")
	t.Run("run", func(t *testing.T) {
		cfg, out := runSetup(t, 1, "")
		victim := filepath.Join(t.TempDir(), "victim")
		os.WriteFile(victim, victimText, 0o644)
		os.MkdirAll(out, 0o755)
		if err := os.Symlink(victim, filepath.Join(out, output.LockName)); err != nil {
			t.Fatal(err)
		}
		r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "-q")
		if r.code != ExitWrite || !strings.Contains(r.stderr, "refusing lock file") {
			t.Errorf("want exit 3 refusing the lock: %s", r)
		}
		if b, _ := os.ReadFile(victim); string(b) != string(victimText) {
			t.Errorf("victim changed: %q", b)
		}
	})
	t.Run("import", func(t *testing.T) {
		form, ledger := hostileForm(t)
		fillNote(t, form, "Đã xong")
		victim := filepath.Join(t.TempDir(), "victim")
		os.WriteFile(victim, victimText, 0o644)
		if err := os.Symlink(victim, ledger+".lock"); err != nil {
			t.Fatal(err)
		}
		r := cli(t, "import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
		if r.code != ExitWrite || !strings.Contains(r.stderr, "refusing lock file") {
			t.Errorf("want exit 3 refusing the lock: %s", r)
		}
		if b, _ := os.ReadFile(victim); string(b) != string(victimText) {
			t.Errorf("victim changed: %q", b)
		}
		assertUnchanged(t, ledger)
	})
}
