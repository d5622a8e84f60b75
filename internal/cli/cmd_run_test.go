package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"baocao/internal/output"
)

// runSetup makes n programmes and a configuration pointing at them; it
// returns the configuration file and the output folder.
func runSetup(t testing.TB, n int, extra string) (cfg, out string) {
	t.Helper()
	seeds := seedsDir(t, n)
	dir := t.TempDir()
	out = filepath.Join(dir, "output")
	cfg = writeConfig(t, dir, "[paths]\nseeds = \""+seeds+"\"\noutput = \""+out+"\"\n"+extra)
	return cfg, out
}

func TestRunTwiceGivesIdenticalBytesAndRewritesNothing(t *testing.T) {
	cfg, out := runSetup(t, 3, "")
	r := cli(t, "run", "--config", cfg, "--date", "2021-06-30")
	if r.code != ExitOK {
		t.Fatalf("first run: %s", r)
	}
	first := snapshot(t, out)
	for _, want := range []string{"101-CTr-TU/danh-muc.pdf", "101-CTr-TU/danh-muc.xlsx",
		"101-CTr-TU/2021-Q2/bao-cao-2021-Q2.pdf", "101-CTr-TU/2021-Q2/bao-cao-2021-Q2.xlsx",
		"103-CTr-TU/2021-Q2/manifest.json"} {
		if _, ok := first[filepath.FromSlash(want)]; !ok {
			t.Errorf("first run did not write %s", want)
		}
	}
	if !strings.Contains(r.stdout, "wrote "+filepath.Join(out, "101-CTr-TU", "danh-muc.pdf")+" (") {
		t.Errorf("no 'wrote' line for the annex:\n%s", r.stdout)
	}
	// Age every file, so a rewrite would show as a new mtime.
	old := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for p := range mtimes(t, out) {
		os.Chtimes(p, old, old)
	}
	r2 := cli(t, "run", "--config", cfg, "--date", "2021-06-30")
	if r2.code != ExitOK {
		t.Fatalf("second run: %s", r2)
	}
	second := snapshot(t, out)
	if len(second) != len(first) {
		t.Errorf("first run made %d files, second %d", len(first), len(second))
	}
	for name, b := range first {
		if !bytes.Equal(second[name], b) {
			t.Errorf("%s differs between two runs", name)
		}
	}
	for p, m := range mtimes(t, out) {
		if !m.Equal(old) && filepath.Base(p) != output.LockName {
			t.Errorf("%s was rewritten by the second run", p)
		}
	}
	if strings.Contains(r2.stdout, "wrote ") || !strings.Contains(r2.stdout, "unchanged ") {
		t.Errorf("second run's report:\n%s", r2.stdout)
	}
}

// A run stopped after its first file (the hook stands for a kill or a full
// disk) leaves every earlier output whole: each file is the previous run's
// or the complete new one, and no temporary file remains.
func TestRunStoppedPartWayLeavesEarlierOutputsIntact(t *testing.T) {
	cfg, out := runSetup(t, 1, "")
	if r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "--quarter", "2021-Q2"); r.code != ExitOK {
		t.Fatalf("first run: %s", r)
	}
	before := snapshot(t, out)

	// What a complete run at the later date writes, for comparison.
	cfgFull, outFull := runSetup(t, 1, "")
	if r := cli(t, "run", "--config", cfgFull, "--date", "2021-06-15", "--quarter", "2021-Q2"); r.code != ExitOK {
		t.Fatalf("reference run: %s", r)
	}
	full := snapshot(t, outFull)

	var n atomic.Int32
	injected := errors.New("injected failure after the first file")
	r := cliWith(t, func(string, output.Entry) error {
		if n.Add(1) == 1 {
			return injected
		}
		return nil
	}, "run", "--config", cfg, "--date", "2021-06-15", "--quarter", "2021-Q2")
	if r.code != ExitWrite || !strings.Contains(r.stderr, injected.Error()) {
		t.Fatalf("interrupted run: %s", r)
	}
	after := snapshot(t, out)
	changed := 0
	for name, b := range before {
		got, ok := after[name]
		switch {
		case !ok:
			t.Errorf("%s disappeared", name)
		case bytes.Equal(got, b):
		case bytes.Equal(got, full[name]):
			changed++
		default:
			t.Errorf("%s is neither the old file nor the complete new one", name)
		}
	}
	if changed > 1 {
		t.Errorf("%d files replaced; the run was stopped after the first", changed)
	}
	for name := range after {
		if strings.Contains(name, ".tmp-") {
			t.Errorf("temporary file left: %s", name)
		}
	}
	// The manifest is written last, so it still describes the first run.
	m := filepath.Join("101-CTr-TU", "2021-Q2", output.ManifestName)
	if !bytes.Equal(after[m], before[m]) {
		t.Errorf("manifest was rewritten by the interrupted run")
	}
}

func TestSecondConcurrentRunWaitsThenGivesUp(t *testing.T) {
	cfg, out := runSetup(t, 1, "")
	held, err := output.AcquireLock(context.Background(), out, time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "--lock-timeout", "50ms")
	if r.code != ExitWrite {
		t.Errorf("run while locked: %s", r)
	}
	for _, w := range []string{"another baocao run (PID", "gave up after waiting 50ms", "--lock-timeout"} {
		if !strings.Contains(r.stderr, w) {
			t.Errorf("message lacks %q:\n%s", w, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "101-CTr-TU")); err == nil {
		t.Errorf("the refused run wrote output")
	}
	// A run that may wait gets in once the holder is done.
	go func() {
		time.Sleep(100 * time.Millisecond)
		held.Release()
	}()
	if r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "--lock-timeout", "1m", "-q"); r.code != ExitOK {
		t.Errorf("waiting run: %s", r)
	}
}

func TestOneInvalidProgrammeAmongValidOnes(t *testing.T) {
	cfg, out := runSetup(t, 2, "")
	var seeds string
	for _, l := range strings.Split(string(mustRead(t, cfg)), "\n") {
		if v, ok := strings.CutPrefix(l, "seeds = "); ok {
			seeds = strings.Trim(v, `"`)
		}
	}
	bad := filepath.Join(seeds, "000-broken.txt")
	os.WriteFile(bad, []byte("\x7fELF\x00\x00binary"), 0o644)
	r := cli(t, "run", "--config", cfg, "--date", "2021-06-30")
	if r.code != ExitInvalid {
		t.Fatalf("want exit 1: %s", r)
	}
	if !strings.Contains(r.stderr, bad+":1: error: the file is binary") {
		t.Errorf("stderr does not name the bad file:\n%s", r.stderr)
	}
	if !strings.Contains(r.stderr, "1 programme(s) failed") {
		t.Errorf("summary:\n%s", r.stderr)
	}
	for _, p := range []string{"101-CTr-TU", "102-CTr-TU"} {
		if _, err := os.Stat(filepath.Join(out, p, "2021-Q2", output.ManifestName)); err != nil {
			t.Errorf("valid programme %s not written: %v", p, err)
		}
	}
}

func TestRunJSONLogAndQuiet(t *testing.T) {
	cfg, _ := runSetup(t, 1, "")
	r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "--log-format", "json")
	if r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	var last map[string]any
	for _, l := range lines {
		last = nil
		if err := json.Unmarshal([]byte(l), &last); err != nil {
			t.Fatalf("not a JSON line: %q", l)
		}
		if last["msg"] == "wrote" && (last["path"] == nil || last["sha256"] == nil) {
			t.Errorf("file record lacks path or sha256: %s", l)
		}
	}
	if last["msg"] != "done" || last["exit_code"] != float64(0) || last["programmes"] != float64(1) {
		t.Errorf("last record: %v", last)
	}
	if r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "-q"); r.code != ExitOK || r.stdout != "" || r.stderr != "" {
		t.Errorf("quiet run printed: %s", r)
	}
}

func TestRunManifestListsFilesAndInputs(t *testing.T) {
	cfg, out := runSetup(t, 1, "")
	if r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "-q"); r.code != ExitOK {
		t.Fatalf("%s", r)
	}
	dir := filepath.Join(out, "101-CTr-TU", "2021-Q2")
	var m output.Manifest
	if err := json.Unmarshal(mustRead(t, filepath.Join(dir, output.ManifestName)), &m); err != nil {
		t.Fatal(err)
	}
	if m.Programme != "101-CTr/TU" || m.Date != "2021-06-30" || m.Quarter != "2021-Q2" {
		t.Errorf("manifest header: %+v", m)
	}
	roles := map[string]bool{}
	for _, in := range m.Inputs {
		roles[in.Role] = true
		if len(in.SHA256) != 64 {
			t.Errorf("input %s has no SHA-256", in.Path)
		}
	}
	if !roles["programme"] || !roles["config"] {
		t.Errorf("inputs: %+v", m.Inputs)
	}
	// The quarter's files are in its folder, the annex in the programme's
	// folder above it, listed as ../danh-muc.pdf.
	entries, _ := os.ReadDir(dir)
	annex := 0
	for _, f := range m.Files {
		if strings.HasPrefix(f.Path, "../") {
			annex++
		}
	}
	if annex != 2 || len(m.Files)-annex != len(entries)-1 {
		t.Errorf("manifest lists %d files (%d of the annex), the quarter folder holds %d besides the manifest", len(m.Files), annex, len(entries)-1)
	}
	for _, f := range m.Files {
		if got := output.Sum(mustRead(t, filepath.Join(dir, f.Path))); got != f.SHA256 {
			t.Errorf("%s: SHA-256 in manifest does not match the file", f.Path)
		}
	}
}

func mustRead(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// An interrupt (SIGINT/SIGTERM cancel the context) stops the run between
// files: what was written is whole, nothing else is started.
func TestRunInterruptedStopsBetweenFiles(t *testing.T) {
	cfg, out := runSetup(t, 3, "[run]\nworkers = 1\n")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r := cliCtx(t, ctx, func(string, output.Entry) error { cancel(); return nil },
		"run", "--config", cfg, "--date", "2021-06-30")
	if r.code != ExitWrite || !strings.Contains(r.stderr, "interrupted") {
		t.Fatalf("%s", r)
	}
	files := snapshot(t, out)
	delete(files, output.LockName)
	if len(files) != 1 {
		t.Errorf("want exactly the one file written before the interrupt, got %d", len(files))
	}
	for name := range files {
		if strings.Contains(name, ".tmp-") {
			t.Errorf("temporary file left: %s", name)
		}
	}
}

// A programme with its ledger beside it: the report reads it and the
// manifest records it.
func TestRunReadsTheLedgerBesideTheProgramme(t *testing.T) {
	seeds := t.TempDir()
	os.WriteFile(filepath.Join(seeds, "07-CTr-TU-2021.txt"), seedText(t), 0o644)
	led, _ := bundledLedger()
	os.WriteFile(filepath.Join(seeds, "07-CTr-TU-2021.progress.toml"), led, 0o644)
	dir := t.TempDir()
	out := filepath.Join(dir, "output")
	cfg := writeConfig(t, dir, "[paths]\nseeds = \""+seeds+"\"\noutput = \""+out+"\"\n")
	r := cli(t, "run", "--config", cfg, "--date", "2021-06-30")
	if r.code != ExitOK || strings.Contains(r.stderr, "no progress ledger") {
		t.Fatalf("%s", r)
	}
	var m output.Manifest
	json.Unmarshal(mustRead(t, filepath.Join(out, "07-CTr-TU", "2021-Q2", output.ManifestName)), &m)
	found := false
	for _, in := range m.Inputs {
		if in.Role == "ledger" && in.SHA256 == output.Sum(led) && strings.HasSuffix(in.Path, "07-CTr-TU-2021.progress.toml") {
			found = true
		}
	}
	if !found {
		t.Errorf("manifest inputs lack the ledger: %+v", m.Inputs)
	}
}

// A ledger whose name matches no programme (a typo) would leave that
// programme reported without progress: the run says so and exits 1.
func TestRunReportsAStrayLedger(t *testing.T) {
	cfg, _ := runSetup(t, 1, "")
	var seeds string
	for _, l := range strings.Split(string(mustRead(t, cfg)), "\n") {
		if v, ok := strings.CutPrefix(l, "seeds = "); ok {
			seeds = strings.Trim(v, `"`)
		}
	}
	stray := filepath.Join(seeds, "101-CTr-TU-2021.progres.toml")
	os.WriteFile(stray, []byte("[programme]\nnumber = \"101-CTr/TU\"\n"), 0o644)
	r := cli(t, "run", "--config", cfg, "--date", "2021-06-30", "-q")
	if r.code != ExitInvalid || !strings.Contains(r.stderr, stray+": this ledger belongs to no programme") {
		t.Errorf("%s", r)
	}
}

func TestReportWithAMissingLedgerFileIsAnError(t *testing.T) {
	r := cli(t, "report", "--ledger", filepath.Join(t.TempDir(), "typo.toml"), "-o", t.TempDir())
	if r.code != ExitUsage || !strings.Contains(r.stderr, "typo.toml: no such file") {
		t.Errorf("%s", r)
	}
}
