package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The commands take the job's steps in one order, so a command line with
// several mistakes is answered with the first of them in that order, in the
// same words by every command.
func TestJobStepsReportTheFirstMistakeAlike(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	badKey := writeConfig(t, dir, "[issuer]\nnmae = \"x\"\n")
	tests := []struct {
		cmds []string
		args []string
		code int
		want string
	}{
		{[]string{"annex", "report", "forms", "run"}, []string{"--log-format", "xml", "--bogus"}, ExitUsage, "unknown flag --bogus"},
		{[]string{"annex", "report", "forms"}, []string{"a.txt", "b.txt", "--log-format", "xml"}, ExitUsage, "expected at most one programme file, got 2"},
		{[]string{"run"}, []string{"a.txt", "--log-format", "xml"}, ExitUsage, `unexpected argument "a.txt"`},
		{[]string{"annex", "report", "forms", "run"}, []string{"--log-format", "xml", "--config", badKey}, ExitUsage, `--log-format "xml": expected text or json`},
		{[]string{"annex", "report", "forms", "run"}, []string{"--config", badKey, "--date", "30/6/2021"}, ExitUsage, `"issuer.nmae"`},
		{[]string{"report", "forms"}, []string{empty, "--date", "30/6/2021"}, ExitUsage, `--date "30/6/2021": expected a date`},
		// The annex falls back to the programme's own date, so it reads the
		// programme before it reads --date.
		{[]string{"annex"}, []string{empty, "--date", "30/6/2021"}, ExitInvalid, "the file is empty"},
		{[]string{"report", "forms"}, []string{empty, "--ledger", filepath.Join(dir, "none.toml")}, ExitInvalid, "the file is empty"},
	}
	for _, tt := range tests {
		for _, cmd := range tt.cmds {
			args := append([]string{cmd}, tt.args...)
			t.Run(strings.ReplaceAll(strings.Join(args, " "), dir, "DIR"), func(t *testing.T) {
				r := cli(t, args...)
				if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
					t.Errorf("want exit %d and %q in stderr, got %s", tt.code, tt.want, r)
				}
			})
		}
	}
}
