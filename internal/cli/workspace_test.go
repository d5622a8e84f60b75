package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/output"
	"baocao/seeds"
)

// TestInitThenEveryCommandFindsTheWorkspace makes a workspace, adds the
// programme, and runs report from a folder below it: the workspace's
// configuration, programme, ledger folder and output folder are used, and a
// programme without a ledger is said to have none.
func TestInitThenEveryCommandFindsTheWorkspace(t *testing.T) {
	root := t.TempDir()
	ws := filepath.Join(root, "van-phong")
	r := cli(t, "init", ws)
	if r.code != ExitOK {
		t.Fatal(r)
	}
	for _, p := range []string{"baocao.toml", "chuong-trinh", "theo-doi", "output"} {
		if _, err := os.Stat(filepath.Join(ws, p)); err != nil {
			t.Errorf("init made no %s: %v", p, err)
		}
	}
	if r := cli(t, "init", ws); r.code != ExitUsage || !strings.Contains(r.stderr, "is a workspace already") {
		t.Errorf("a second init must refuse to overwrite baocao.toml:\n%s", r)
	}

	sub := filepath.Join(ws, "ghi-chep", "quy-3")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub)
	// No programme yet: say where to put it rather than report on the bundled one.
	if r := cli(t, "report", "--quarter", "2021-Q3"); r.code != ExitUsage || !strings.Contains(r.stderr, "no programme in") {
		t.Errorf("report in an empty workspace:\n%s", r)
	}
	if err := os.WriteFile(filepath.Join(ws, "chuong-trinh", seeds.Default), seedText(t), 0o644); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "report", "--quarter", "2021-Q3")
	if r.code != ExitOK {
		t.Fatal(r)
	}
	if !strings.Contains(r.stderr, "chưa có số liệu theo dõi") || !strings.Contains(r.stderr, filepath.Join("theo-doi", "07-CTr-TU-2021.progress.toml")) {
		t.Errorf("a report without a ledger must say so and name where the ledger goes:\n%s", r)
	}
	report := filepath.Join(ws, "output", "07-CTr-TU", "2021-Q3", "bao-cao-2021-Q3.xlsx")
	if _, err := os.Stat(report); err != nil {
		t.Errorf("the report is not in the workspace's output/<programme>/<YYYY-Qn>/: %v\n%s", err, r)
	}
	if r := cli(t, "config"); !strings.Contains(r.stdout, filepath.Join("..", "..", "baocao.toml")+" over the built-in defaults") {
		t.Errorf("config from a subfolder does not name the workspace's file:\n%s", r)
	}
}

// TestInitSampleCopiesTheBundledProgrammeAndLedger: --sample gives a
// workspace whose report has the sample ledger's progress.
func TestInitSampleCopiesTheBundledProgrammeAndLedger(t *testing.T) {
	ws := t.TempDir()
	t.Chdir(ws)
	if r := cli(t, "init", "--sample"); r.code != ExitOK {
		t.Fatal(r)
	}
	r := cli(t, "report", "--quarter", "2021-Q2", "-q")
	if r.code != ExitOK || r.stderr != "" {
		t.Fatalf("report of the sample workspace:\n%s", r)
	}
}

// TestQuarterFolderSaysWhenAnotherDateReplacesItsFiles: report and forms of
// one date share the quarter folder's manifest; a report for another date
// says which files it replaces and which are left from the first date.
func TestQuarterFolderSaysWhenAnotherDateReplacesItsFiles(t *testing.T) {
	ws := t.TempDir()
	t.Chdir(ws)
	if r := cli(t, "init", "--sample"); r.code != ExitOK {
		t.Fatal(r)
	}
	for _, cmd := range []string{"report", "forms"} {
		if r := cli(t, cmd, "--quarter", "2021-Q3", "--date", "2021-09-15", "-q"); r.code != ExitOK {
			t.Fatal(r)
		}
	}
	dir := filepath.Join("output", "07-CTr-TU", "2021-Q3")
	var m output.Manifest
	if err := json.Unmarshal(mustRead(t, filepath.Join(dir, output.ManifestName)), &m); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if m.Date != "2021-09-15" || len(m.Files) != len(entries)-1 {
		t.Errorf("manifest of report then forms: date %s, %d files for %d in the folder", m.Date, len(m.Files), len(entries)-1)
	}
	r := cli(t, "report", "--quarter", "2021-Q3", "--date", "2021-09-30")
	if r.code != ExitOK {
		t.Fatal(r)
	}
	for _, want := range []string{"bao-cao-2021-Q3.docx, bao-cao-2021-Q3.pdf, bao-cao-2021-Q3.xlsx were made for 2021-09-15 and are replaced by files for 2021-09-30",
		"phieu-ban-tuyen-giao-tinh-uy.xlsx", "made for 2021-09-15, are left as they were"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("a report for another date does not say %q:\n%s", want, r)
		}
	}
	m = output.Manifest{}
	if err := json.Unmarshal(mustRead(t, filepath.Join(dir, output.ManifestName)), &m); err != nil {
		t.Fatal(err)
	}
	if m.Date != "2021-09-30" || len(m.Files) != 3 {
		t.Errorf("the manifest for the new date must list only its three files (the report's PDF, workbook and Word document): %+v", m.Files)
	}
	// The same date again replaces nothing and says nothing.
	if r := cli(t, "report", "--quarter", "2021-Q3", "--date", "2021-09-30"); r.code != ExitOK || strings.Contains(r.stderr, "made for") {
		t.Errorf("a second report for the same date:\n%s", r)
	}
}
