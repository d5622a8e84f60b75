package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestProgrammeFiles lists every format the reader reads, in any case, and
// leaves out ledgers, configurations and editors' lock files. A folder
// named like a programme is listed, so that reading it refuses it by name
// (TestHostileSeedsFolder) rather than it vanishing from the run.
func TestProgrammeFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.md", "c.DOCX", "d.doc", "e.odt", "f.rtf", "g.pdf",
		"a.progress.toml", "baocao.toml", "~$c.docx", ".~lock.e.odt#", "notes.xlsx"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "h.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	got, err := programmeFiles(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		got[i] = filepath.Base(got[i])
	}
	want := []string{"a.txt", "b.md", "c.DOCX", "d.doc", "e.odt", "f.rtf", "g.pdf", "h.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("programmeFiles = %q, want %q", got, want)
	}
	if got, err := programmeFiles(filepath.Join(dir, "missing")); err != nil || len(got) != 0 {
		t.Errorf("a missing folder: %q, %v; want nothing and no error", got, err)
	}
}

// TestProgrammeFilesOneNameTwoFormats refuses ct.txt beside ct.docx: both
// would keep their progress in ct.progress.toml.
func TestProgrammeFilesOneNameTwoFormats(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"ct.txt", "ct.docx"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, err := programmeFiles(dir)
	if err == nil || !strings.Contains(err.Error(), "ct.progress.toml") {
		t.Errorf("programmeFiles: %v, want an error naming the shared ledger", err)
	}
}
