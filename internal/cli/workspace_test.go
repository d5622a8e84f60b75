package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	report := filepath.Join(ws, "output", "07-CTr-TU", "bao-cao-2021-Q3.xlsx")
	if _, err := os.Stat(report); err != nil {
		t.Errorf("the report is not in the workspace's output folder: %v\n%s", err, r)
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
