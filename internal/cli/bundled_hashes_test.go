package cli

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"baocao/internal/golden"
)

// TestBundledOutputHashes writes every kind of output for the bundled
// programme (run, annex with --by agency and --portrait, reports, forms)
// and a generated 2,000-row annex, and compares the SHA-256 of each file
// with testdata/bundled-outputs.sha256. The list was first written by the
// binary before the fpdf patch and the workbook templates (issue 12), so a
// speed-up that changes a single byte fails here. A change meant to alter
// the output updates the list with go test -update and shows it in review.
// The list has the format of sha256sum; check a folder written by the
// binary with: cd DIR && sha256sum -c FILE.
func TestBundledOutputHashes(t *testing.T) {
	if testing.Short() {
		t.Skip("writes every output of the bundled programme")
	}
	dir := t.TempDir()
	at := func(s string) string { return filepath.Join(dir, s) }
	d := "--date=2021-06-30"
	runs := [][]string{
		{"run", "-q", "-o", at("run"), d},
		{"annex", "-q", "-o", at("annex"), d},
		{"annex", "-q", "--by", "agency", "-o", at("annex-by"), d},
		{"annex", "-q", "--portrait", "-o", at("annex-portrait"), d},
		{"report", "-q", "--quarter", "2021-Q2", "-o", at("report"), d},
		{"report", "-q", "--quarter", "2021-Q3", "-o", at("report-q3"), "--date=2021-09-30"},
		{"forms", "-q", "--quarter", "2021-Q2", "-o", at("forms"), d},
		{"gen", "--rows", "2000", "-o", at("gen2000.txt")},
		{"annex", "-q", "-o", at("annex2000"), d, at("gen2000.txt")},
	}
	for _, args := range runs {
		if r := cli(t, args...); r.code != ExitOK {
			t.Fatalf("baocao %s: %s", strings.Join(args, " "), r)
		}
	}
	var lines []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || e.Name() == ".baocao.lock" {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		lines = append(lines, fmt.Sprintf("%x  ./%s", sha256.Sum256(b), filepath.ToSlash(rel)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(lines, func(i, j int) bool { return lines[i][66:] < lines[j][66:] })
	golden.Check(t, "bundled-outputs.sha256", []byte(strings.Join(lines, "\n")+"\n"))
}
