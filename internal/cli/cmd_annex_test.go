package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAnnexByAgencyNamesFilesAfterTheAgency(t *testing.T) {
	dir := t.TempDir()
	r := cli(t, "annex", "--by", "agency", "-o", dir, "-q")
	if r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	for _, name := range []string{"danh-muc.pdf", "danh-muc.xlsx", "danh-muc-ban-tuyen-giao-tinh-uy.pdf",
		"danh-muc-ban-tuyen-giao-tinh-uy.xlsx", "danh-muc-ban-thuong-vu-dang-uy-cong-an-tinh.pdf"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("missing %s", name)
		}
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		for _, c := range e.Name() {
			if c > 127 || c == ' ' {
				t.Errorf("file name %q is not ASCII-safe", e.Name())
				break
			}
		}
	}
	// Same programme, same date: same bytes, nothing rewritten.
	r = cli(t, "annex", "--by", "agency", "-o", dir)
	if r.code != ExitOK || strings.Contains(r.stdout, "wrote ") || !strings.Contains(r.stdout, "unchanged ") {
		t.Errorf("second annex run: %s", r)
	}
}

func TestMissingFontInConfigNamesTheLine(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "[fonts]\nregular = \"times.ttf\"\nbold = \"timesbd.ttf\"\nitalic = \"timesi.ttf\"\nbold_italic = \"timesbi.ttf\"\n")
	r := cli(t, "annex", "--config", cfg, "-o", dir)
	want := cfg + `:2: key "fonts.regular": font file "` + filepath.Join(dir, "times.ttf") + `" not found`
	if r.code != ExitUsage || !strings.Contains(r.stderr, want) {
		t.Errorf("want %q: %s", want, r)
	}
}
