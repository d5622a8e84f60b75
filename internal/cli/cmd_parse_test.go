package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/config"
)

func TestParseBundledToStdoutAndFile(t *testing.T) {
	r := cli(t, "parse", "-q")
	if r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	var p struct {
		Number    string            `json:"number"`
		WorkItems []json.RawMessage `json:"work_items"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &p); err != nil {
		t.Fatalf("stdout is not JSON: %v", err)
	}
	if p.Number != "07-CTr/TU" || len(p.WorkItems) == 0 {
		t.Errorf("number %q, %d work items", p.Number, len(p.WorkItems))
	}
	out := filepath.Join(t.TempDir(), "new", "p.json")
	if r := cli(t, "parse", "-o", out, "-q"); r.code != ExitOK || r.stdout != "" {
		t.Fatalf("%s", r)
	}
	got, err := os.ReadFile(out)
	if err != nil || !bytes.Equal(got, []byte(r.stdout)) {
		t.Errorf("-o file differs from stdout (err %v)", err)
	}
}

// A bad input gives file:line: messages, exit 1, and leaves any earlier
// -o file exactly as it was (no partial or empty file).
func TestParseBadInputWritesNothing(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.txt":    {},
		"blank.txt":    []byte("\n  \n\t\n"),
		"binary.txt":   {0x7f, 'E', 'L', 'F', 0x00, 0x00, 0xff, 0xfe, 0x00},
		"no-annex.txt": []byte("CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nI- MỤC ĐÍCH, YÊU CẦU\n\n- Một đoạn văn.\n"),
	}
	want := map[string]string{
		"empty.txt":    "empty.txt:1: error: the file is empty",
		"blank.txt":    "blank.txt:1: error: the file is empty",
		"binary.txt":   "binary.txt:1: error: the file is binary",
		"no-annex.txt": "no-annex.txt:5: error: no annex table found",
	}
	for name, data := range files {
		t.Run(name, func(t *testing.T) {
			in := filepath.Join(dir, name)
			os.WriteFile(in, data, 0o644)
			out := filepath.Join(dir, name+".json")
			os.WriteFile(out, []byte("previous"), 0o644)
			r := cli(t, "parse", in, "-o", out)
			if r.code != ExitInvalid {
				t.Errorf("exit %d, want 1\n%s", r.code, r)
			}
			if !strings.Contains(r.stderr, filepath.Join(dir, want[name])) {
				t.Errorf("stderr lacks %q:\n%s", want[name], r.stderr)
			}
			if !strings.Contains(r.stderr, "nothing written") {
				t.Errorf("stderr does not say nothing was written:\n%s", r.stderr)
			}
			if b, _ := os.ReadFile(out); string(b) != "previous" {
				t.Errorf("output file changed to %q", b)
			}
			if r.stdout != "" {
				t.Errorf("stdout not empty: %q", r.stdout)
			}
		})
	}
}

func TestParseUnwritableOutputExitsThree(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	r := cli(t, "parse", "-q", "-o", filepath.Join(dir, "p.json"))
	if r.code != ExitWrite {
		t.Errorf("%s", r)
	}
}

func TestConfigPrintsEffectiveTOML(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "[issuer]\nplace = \"Phú Quốc\"\n")
	r := cli(t, "config", "--config", cfg)
	if r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	if !strings.Contains(r.stdout, `place = "Phú Quốc"`) || !strings.Contains(r.stdout, "# Effective configuration: "+cfg) {
		t.Errorf("stdout:\n%s", r.stdout)
	}
	// What it prints is itself a valid configuration.
	if _, err := config.Load("printed.toml", []byte(r.stdout)); err != nil {
		t.Errorf("printed configuration does not load: %v", err)
	}
}

func TestMisspeltConfigKeyNamesTheLine(t *testing.T) {
	dir := t.TempDir()
	cfg := writeConfig(t, dir, "# office settings\n[signer]\nauthority = \"T/L BAN THƯỜNG VỤ\"\nnmae = \"Nguyễn Văn A\"\n")
	for _, cmd := range []string{"config", "run", "annex", "report"} {
		r := cli(t, cmd, "--config", cfg)
		want := cfg + `:4: key "signer.nmae" is not known; did you mean "signer.name"?`
		if r.code != ExitUsage || !strings.Contains(r.stderr, want) {
			t.Errorf("%s: want exit 2 and %q, got %s", cmd, want, r)
		}
	}
}

func TestCheckBundledPrintsReconciliationAndExitsZero(t *testing.T) {
	r := cli(t, "check")
	if r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	if !strings.Contains(r.stdout, "seeds/07-CTr-TU-2021.txt:") || !strings.Contains(r.stdout, "07-CTr/TU") {
		t.Errorf("stdout lacks diagnostics or the report:\n%s", r.stdout)
	}
}

func TestCheckBadFileExitsOne(t *testing.T) {
	in := filepath.Join(t.TempDir(), "x.txt")
	os.WriteFile(in, []byte("TT\tNội dung\n01\n"), 0o644)
	r := cli(t, "check", in)
	if r.code != ExitInvalid || !strings.Contains(r.stdout, in+":") || !strings.Contains(r.stdout, ": error: ") {
		t.Errorf("%s", r)
	}
}

func TestGenOutputParsesAndRuns(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "gen.txt")
	if r := cli(t, "gen", "--rows", "40", "--seed", "3", "-o", prog); r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	r1 := cli(t, "gen", "--rows", "40", "--seed", "3")
	if r1.stdout != string(mustRead(t, prog)) {
		t.Errorf("gen to stdout and to a file differ")
	}
	if r := cli(t, "check", prog); r.code != ExitOK {
		t.Errorf("generated programme does not check cleanly: %s", r)
	}
	if r := cli(t, "annex", prog, "-o", filepath.Join(dir, "out"), "-q"); r.code != ExitOK {
		t.Errorf("annex of generated programme: %s", r)
	}
}

// The same failure as root, who ignores folder permissions: a path under a
// regular file can be written by nobody.
func TestParseOutputUnderAFileExitsThree(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "not-a-folder")
	if err := os.WriteFile(blocker, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "parse", "-q", "-o", filepath.Join(blocker, "p.json"))
	if r.code != ExitWrite {
		t.Errorf("%s", r)
	}
	if b, _ := os.ReadFile(blocker); string(b) != "x" {
		t.Errorf("the file in the way was changed to %q", b)
	}
}
