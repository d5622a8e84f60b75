package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Case 9 of issue 9: error output was unbounded (211,422 lines for one
// form). A ledger with 5,000 bad records prints 50 of them and a count of
// the rest; so would any file.
func TestHostileErrorFloodIsCapped(t *testing.T) {
	sample, _ := bundledLedger()
	var b strings.Builder
	b.Write(sample)
	for i := range 5000 {
		fmt.Fprintf(&b, "\n[[update]]\nitem = \"99.%d\"\ndate = 2021-05-01\nstatus = \"in_progress\"\n", i)
	}
	ledger := filepath.Join(t.TempDir(), "flood.progress.toml")
	os.WriteFile(ledger, []byte(b.String()), 0o644)
	r := cli(t, "report", "--ledger", ledger, "--date", "2021-06-30", "-o", t.TempDir())
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if r.code != ExitInvalid || len(lines) > 60 || !strings.Contains(r.stderr, ledger+": … and 4950 more") {
		t.Errorf("exit %d, %d lines, want at most 60 ending with a count:\n%s", r.code, len(lines), strings.Join(lines[max(0, len(lines)-3):], "\n"))
	}
}
