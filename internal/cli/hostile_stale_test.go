package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Case 9 of issue 9: temporary files of killed runs were never removed
// (107 after 50 kills). A run removes ours, and only ours, under its lock.
func TestHostileStaleTemporaryFiles(t *testing.T) {
	cfg, out := runSetup(t, 1, "")
	dir := filepath.Join(out, "101-CTr-TU", "2021-Q2")
	os.MkdirAll(dir, 0o755)
	victim := filepath.Join(t.TempDir(), "victim")
	os.WriteFile(victim, []byte("keep"), 0o644)
	ours := []string{".danh-muc.pdf.tmp-123456789", ".manifest.json.tmp-42", "../.x.tmp-7", "../../.y.tmp-1"}
	theirs := []string{".notes.tmp-abc", "keep.tmp-1", ".tmp-1", ".danh-muc.pdf.tmp-"}
	for _, n := range append(append([]string{}, ours...), theirs...) {
		os.WriteFile(filepath.Join(dir, n), []byte("partial"), 0o644)
	}
	os.Symlink(victim, filepath.Join(dir, ".link.tmp-5"))
	r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "--quarter", "2021-Q2")
	if r.code != ExitOK || !strings.Contains(r.stderr, "removed 4 temporary file(s) left by an interrupted run") {
		t.Errorf("run: %s", r)
	}
	for _, n := range ours {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
			t.Errorf("%s was not removed", n)
		}
	}
	for _, n := range append(theirs, ".link.tmp-5") {
		if _, err := os.Lstat(filepath.Join(dir, n)); err != nil {
			t.Errorf("%s is not ours but was removed", n)
		}
	}
	if b, _ := os.ReadFile(victim); string(b) != "keep" {
		t.Error("the link's target was touched")
	}

	// import removes what an interrupted import left beside the ledger.
	form, ledger := hostileForm(t)
	fillNote(t, form, "Đã xong")
	base := filepath.Base(ledger)
	left := []string{"." + base + ".tmp-99", "." + base + ".bak-20211231-100000.tmp-12"}
	for _, n := range left {
		os.WriteFile(filepath.Join(filepath.Dir(ledger), n), []byte("partial"), 0o644)
	}
	other := filepath.Join(filepath.Dir(ledger), ".other.toml.tmp-1")
	os.WriteFile(other, nil, 0o644)
	r = cli(t, "import", form, "--quarter", "2021-Q4", "--date", "2021-12-31", "--ledger", ledger)
	if r.code != ExitOK || !strings.Contains(r.stderr, "removed 2 temporary file(s) left by an interrupted import") {
		t.Errorf("import: %s", r)
	}
	for _, n := range left {
		if _, err := os.Lstat(filepath.Join(filepath.Dir(ledger), n)); err == nil {
			t.Errorf("%s was not removed", n)
		}
	}
	if _, err := os.Lstat(other); err != nil {
		t.Error("another file's temporary file was removed")
	}
}
