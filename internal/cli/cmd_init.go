package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"baocao/internal/config"
	"baocao/internal/output"
	"baocao/seeds"
)

func (a *app) cmdInit(args []string) error {
	var sample bool
	f := a.flags("baocao init [DIR] [--sample]",
		`Make a workspace in DIR (default: the current folder), as 'git init' does:
  baocao.toml     the configuration, every key commented
  chuong-trinh/   the programmes: copy each programme's file here
  theo-doi/       the progress ledgers, written by 'baocao import'
  output/         the documents: output/<programme>/ for the annex,
                  output/<programme>/<YYYY-Qn>/ for the quarter's report,
                  forms and manifest
Every command run in DIR or a folder below it finds baocao.toml, so import,
report, forms and run all use the same programmes, ledgers and output.
With --sample, the programme bundled in the binary and its sample ledger are
copied in, to try the quarterly cycle. An existing baocao.toml is never
overwritten.`,
		"  baocao init van-phong && cd van-phong && cp ~/Downloads/07-CTr-TU-2021.txt chuong-trinh/\n  baocao init --sample")
	f.exitHelp = true
	f.BoolVar(&sample, "sample", false, "also copy the bundled programme and its sample ledger into the workspace")
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	dir, err := f.atMostOne(pos)
	if err != nil {
		return err
	}
	if dir == "" {
		dir = "."
	}
	cfgPath := filepath.Join(dir, defaultConfigName)
	if _, err := os.Lstat(cfgPath); err == nil {
		return a.usagef("%s already exists: %s is a workspace already (nothing written)", cfgPath, dir)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return usageErrorf("cannot use %s", a.openErrorText(cfgPath, err))
	}
	text, err := config.WorkspaceTOML()
	if err != nil {
		return err
	}
	for _, sub := range []string{"", config.WorkspaceProgrammes, config.WorkspaceLedgers, config.WorkspaceOutput} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return withCode(ExitWrite, err)
		}
	}
	files := []struct{ path, from string }{}
	if sample {
		files = append(files,
			struct{ path, from string }{filepath.Join(dir, config.WorkspaceProgrammes, seeds.Default), seeds.Default},
			struct{ path, from string }{filepath.Join(dir, config.WorkspaceLedgers, ledgerName(seeds.Default)), ledgerName(seeds.Default)})
	}
	for _, fl := range files {
		data, err := seeds.FS.ReadFile(fl.from)
		if err != nil {
			return err
		}
		if _, err := os.Lstat(fl.path); err == nil {
			return a.usagef("%s already exists (nothing written)", fl.path)
		}
		if _, err := output.WriteFile(fl.path, data); err != nil {
			return withCode(ExitWrite, err)
		}
	}
	// The configuration last: a workspace with a baocao.toml is complete.
	if _, err := output.WriteFile(cfgPath, text); err != nil {
		return withCode(ExitWrite, err)
	}
	w := a.stdout
	fmt.Fprintln(w, a.tr("made the workspace %s:", dir))
	fmt.Fprintf(w, "  %s\n", cfgPath)
	for _, sub := range []string{config.WorkspaceProgrammes, config.WorkspaceLedgers, config.WorkspaceOutput} {
		fmt.Fprintf(w, "  %s%c\n", filepath.Join(dir, sub), filepath.Separator)
	}
	for _, fl := range files {
		fmt.Fprintf(w, "  %s\n", fl.path)
	}
	fmt.Fprintln(w, a.tr("Next:"))
	step := 1
	if dir != "." {
		fmt.Fprintf(w, "  %d. cd %s\n", step, dir)
		step++
	}
	if !sample {
		fmt.Fprintln(w, a.tr("  %d. copy the programme's file into %s", step, config.WorkspaceProgrammes+string(filepath.Separator)))
		step++
	}
	fmt.Fprintln(w, a.tr("  %d. baocao check, then baocao annex, then baocao forms --quarter YYYY-Qn", step))
	return nil
}
