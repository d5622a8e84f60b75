package cli

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"baocao/internal/i18n"
	"baocao/internal/output"
	"baocao/seeds"
)

// fixedNow is the clock of every test: 2021-06-30 10:00 in Rạch Giá.
var fixedNow = time.Date(2021, 6, 30, 3, 0, 0, 0, time.UTC)

type result struct {
	code           int
	stdout, stderr string
}

// cli runs the command line with buffers and the fixed clock.
func cli(t testing.TB, args ...string) result {
	t.Helper()
	return cliWith(t, nil, args...)
}

func cliWith(t testing.TB, afterWrite func(string, output.Entry) error, args ...string) result {
	t.Helper()
	return cliCtx(t, context.Background(), afterWrite, args...)
}

func cliCtx(t testing.TB, ctx context.Context, afterWrite func(string, output.Entry) error, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	// The tests read messages in English, the catalogue's keys; the
	// Vietnamese catalogue has its own tests (catalogue_test.go).
	a := &app{ctx: ctx, stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		now: func() time.Time { return fixedNow }, afterWrite: afterWrite, printer: i18n.New(i18n.English)}
	code := a.main(args)
	return result{code, out.String(), errb.String()}
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// seedText is the bundled programme's bytes.
func seedText(t testing.TB) []byte {
	t.Helper()
	b, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedsDir makes a folder of n programmes: copies of the bundled one with
// their number changed (07 → 101, 102, …) so their outputs do not collide.
func seedsDir(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	text := seedText(t)
	for i := range n {
		num := fmt.Sprintf("%03d", 101+i)
		b := bytes.ReplaceAll(text, []byte("số 07-CTr/TU"), []byte("số "+num+"-CTr/TU"))
		name := filepath.Join(dir, num+"-CTr-TU-2021.txt")
		if err := os.WriteFile(name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// writeConfig writes a baocao.toml with the given body in dir and returns its path.
func writeConfig(t testing.TB, dir, body string) string {
	t.Helper()
	p := filepath.Join(dir, "baocao.toml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// snapshot reads every file under dir: relative path → bytes.
func snapshot(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		b, _ := os.ReadFile(p)
		out[rel] = b
		return nil
	})
	return out
}

// mtimes reads every file's modification time under dir.
func mtimes(t testing.TB, dir string) map[string]time.Time {
	t.Helper()
	out := map[string]time.Time{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		st, _ := d.Info()
		out[p] = st.ModTime()
		return nil
	})
	return out
}

// bundledLedger is the sample ledger of the bundled programme.
func bundledLedger() ([]byte, error) { return seeds.FS.ReadFile("07-CTr-TU-2021.progress.toml") }
