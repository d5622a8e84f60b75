package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"baocao/internal/output"
)

// The output layout, the same for every command, the README, 'make run' and
// the manifests:
//
//	<output>/<programme>/                 the annex (it does not change with the quarter)
//	<output>/<programme>/<YYYY-Qn>/       the quarter's report and forms, and manifest.json
//
// The quarter folder's manifest says which report date its files were made
// for. A command writing into a folder made for another date says which
// files it replaces and which are left from that date, so a report dated in
// one quarter never silently takes the place of another's.

// quarterDir is the folder of a programme's quarter files, and programmeDir
// the folder of its annex.
func (j *job) programmeDir(slug string) string { return filepath.Join(j.outputRoot(), slug) }

func (j *job) quarterDir(slug string) string {
	return filepath.Join(j.outputRoot(), slug, j.quarter.String())
}

// readManifest returns the manifest of dir, or nil when there is none (or
// it cannot be read: it is then written anew).
func readManifest(dir string) *output.Manifest {
	b, err := os.ReadFile(filepath.Join(dir, output.ManifestName))
	if err != nil {
		return nil
	}
	var m output.Manifest
	if json.Unmarshal(b, &m) != nil {
		return nil
	}
	return &m
}

// sayOtherDate warns, before anything is written, when dir holds files made
// for another report date: which of them the new files replace, and which
// stay as they were.
func (a *app) sayOtherDate(rep *reporter, dir string, old *output.Manifest, date string, names []string) {
	if old == nil || old.Date == date {
		return
	}
	writing := map[string]bool{}
	for _, n := range names {
		writing[n] = true
	}
	var replaced, left []string
	for _, f := range old.Files {
		switch {
		case writing[f.Path]:
			replaced = append(replaced, f.Path)
		case !strings.HasPrefix(f.Path, "../") && exists(filepath.Join(dir, filepath.FromSlash(f.Path))):
			left = append(left, f.Path)
		}
	}
	if len(replaced) > 0 {
		rep.warnf(dir, "%s: %s were made for %s and are replaced by files for %s", dir, strings.Join(replaced, ", "), old.Date, date)
	}
	if len(left) > 0 {
		rep.warnf(dir, "%s: %s, made for %s, are left as they were and are not in the manifest for %s; write them again for %s or remove them", dir, strings.Join(left, ", "), old.Date, date, date)
	}
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// mergeManifest adds to m what an earlier command wrote into the same
// folder for the same programme, quarter and date (report and forms are
// often written by separate commands): files still on disk with the bytes
// listed, and inputs m does not name. A manifest for another date is
// replaced, not merged: it describes files made for that date.
func mergeManifest(old *output.Manifest, m output.Manifest, dir string) output.Manifest {
	if old == nil || old.Date != m.Date || old.Quarter != m.Quarter || old.Programme != m.Programme {
		return m
	}
	have := map[string]bool{}
	for _, f := range m.Files {
		have[f.Path] = true
	}
	for _, f := range old.Files {
		if have[f.Path] {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil || output.Sum(b) != f.SHA256 {
			continue
		}
		m.Files = append(m.Files, f)
	}
	named := map[string]bool{}
	for _, in := range m.Inputs {
		named[in.Role+"\x00"+in.Path] = true
	}
	for _, in := range old.Inputs {
		if !named[in.Role+"\x00"+in.Path] {
			m.Inputs = append(m.Inputs, in)
		}
	}
	sort.Slice(m.Files, func(i, k int) bool { return m.Files[i].Path < m.Files[k].Path })
	return m
}

// docNames lists the file names of docs.
func docNames(docs []document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.name
	}
	return out
}

// inParent turns the entries written into a programme's folder into paths
// relative to its quarter folder, where the manifest lists them.
func inParent(entries []output.Entry) []output.Entry {
	out := make([]output.Entry, len(entries))
	for i, e := range entries {
		e.Path = "../" + e.Path
		out[i] = e
	}
	return out
}

// manifestInputs lists what a programme's files were made from.
func (j *job) manifestInputs(in, led inputFile) ([]output.Input, error) {
	var ins []output.Input
	ins = append(ins, output.InputOf("programme", in.name, in.data))
	if led.data != nil {
		ins = append(ins, output.InputOf("ledger", led.name, led.data))
	}
	if j.office.data != nil {
		ins = append(ins, output.InputOf("office", j.office.path, j.office.data))
	}
	cname, cdata := configInput(j.cfg)
	ins = append(ins, output.InputOf("config", cname, cdata))
	tmpl, err := templateInputs(j.cfg)
	if err != nil {
		return nil, err
	}
	return append(ins, tmpl...), nil
}

// writeQuarter writes the quarter files of report and forms into
// output/<programme>/<YYYY-Qn>/ (or -o) with the folder's manifest, saying
// so when the folder held files made for another date.
func (j *job) writeQuarter(docs []document, renderErr error) error {
	if renderErr != nil {
		return withCode(ExitInvalid, renderErr)
	}
	dir := j.c.outDir
	if dir == "" {
		dir = j.quarterDir(j.p.Slug())
	}
	inputs, err := j.manifestInputs(j.in, j.led)
	if err != nil {
		return err
	}
	l, err := j.lock()
	if err != nil {
		return err
	}
	defer l.Release()
	old := readManifest(dir)
	j.a.sayOtherDate(j.rep, dir, old, j.date.String(), docNames(docs))
	entries, err := j.a.writeDocs(j.rep, dir, docs)
	if err != nil {
		return err
	}
	m := output.Manifest{Tool: "baocao " + Version, Programme: j.p.Number, Date: j.date.String(), Quarter: j.quarter.String(),
		Files: output.FilesOf(entries), Inputs: inputs}
	_, err = j.a.writeManifest(j.rep, dir, mergeManifest(old, m, dir))
	return err
}
