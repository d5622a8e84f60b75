package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// Case 8 of issue 9: 50,000 nested inline tables in a ledger or a
// configuration (a 300 KB file) took over 12 GB. They are refused before
// decoding, at the line and column where the nesting goes too deep.
func TestHostileDeepTOML(t *testing.T) {
	deep := "x = " + strings.Repeat("{a = ", 50000) + "1" + strings.Repeat("}", 50000) + "\n"
	dir := t.TempDir()
	ledger := filepath.Join(dir, "deep.progress.toml")
	sample, _ := bundledLedger()
	os.WriteFile(ledger, append(append(sample, "\n[[update]]\n"...), deep...), 0o644)
	config := filepath.Join(dir, "baocao.toml")
	os.WriteFile(config, []byte("[issuer]\n"+deep), 0o644)
	lines := strings.Count(string(sample), "\n") + 3

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"report", "--ledger", ledger, "--date", "2021-06-30", "-o", filepath.Join(dir, "out")},
			ledger + ":" + strconv.Itoa(lines) + ":55: error: TOML syntax: nested more than 10 deep"},
		{[]string{"config", "--config", config}, config + ":2:55: TOML syntax error: nested more than 10 deep"},
	} {
		t.Run(c.args[0], func(t *testing.T) {
			r := runBounded(t, 3072, 30*time.Second, c.args...)
			if r.timedOut || r.elapsed > 10*time.Second || r.maxRSS > 300<<10 {
				t.Errorf("took %v and %d MB, want under 10 s and 300 MB", r.elapsed, r.maxRSS>>10)
			}
			if r.code == ExitOK || !strings.Contains(r.stderr, c.want) {
				t.Errorf("want %q:\nexit %d\n%s", c.want, r.code, r.stderr)
			}
		})
	}
}
