package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Case 9 of issue 9: TOML error columns must count characters as an editor
// shows them, not bytes (nor the code points of a decomposed, NFD, file:
// "ệ" written as e and two combining marks is one character on screen).
func TestHostileTOMLColumnsCountCharacters(t *testing.T) {
	dir := t.TempDir()
	for _, form := range []norm.Form{norm.NFC, norm.NFD} {
		name := map[norm.Form]string{norm.NFC: "nfc", norm.NFD: "nfd"}[form]
		t.Run(name, func(t *testing.T) {
			// "Kiệt" and "Tỉnh ủy" before the error (the comma, character 23):
			// 8 bytes more than characters in NFC, 4 more code points in NFD.
			config := filepath.Join(dir, name+".toml")
			os.WriteFile(config, []byte(form.String("[signer]\nname = \"Kiệt, Tỉnh ủy\", 3\n")), 0o644)
			r := cli(t, "config", "--config", config)
			if want := config + ":2:23: TOML syntax error"; !strings.Contains(r.stderr, want) {
				t.Errorf("want %q:\n%s", want, r.stderr)
			}
			sample, _ := bundledLedger()
			ledger := filepath.Join(dir, name+".progress.toml")
			bad := form.String("\n[[update]]\nitem = \"04.1\"\ndate = 2021-05-01\nnote = \"Kiệt, Tỉnh ủy\", 3\n")
			os.WriteFile(ledger, append(sample, bad...), 0o644)
			r = cli(t, "report", "--ledger", ledger, "--date", "2021-06-30", "-o", filepath.Join(dir, "out"))
			line := strings.Count(string(sample), "\n") + 5
			if want := ledger + ":" + strconv.Itoa(line) + ":23: error: TOML syntax"; !strings.Contains(r.stderr, want) {
				t.Errorf("want %q:\n%s", want, r.stderr)
			}
		})
	}
}
