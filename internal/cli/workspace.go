package cli

import (
	"os"
	"path/filepath"

	"baocao/internal/progress"
)

// findConfig looks for baocao.toml in the current folder and each folder
// above it, as git finds its repository: every command run anywhere in a
// workspace then reads the same configuration, so import, report, forms and
// run agree on the programmes, the ledgers and the output folder. It returns
// the path relative to the current folder when it can (messages stay short),
// or "" when there is none.
func findConfig() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for dir := wd; ; {
		full := filepath.Join(dir, defaultConfigName)
		if st, err := os.Stat(full); err == nil && st.Mode().IsRegular() {
			if rel, err := filepath.Rel(wd, full); err == nil && len(rel) < len(full) {
				return rel
			}
			return full
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// configPath is the configuration a command reads: --config when given,
// else the workspace's baocao.toml, else "" for the built-in defaults.
func configPath(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	return findConfig()
}

// programmeInput reads the programme named on the command line or, without
// one, the programme of the workspace: in a workspace (paths.seeds set) the
// one programme of its folder, so that 'baocao report' in a workspace never
// silently reports on the programme bundled in the binary; elsewhere the
// bundled programme.
func (j *job) programmeInput() (inputFile, error) {
	if j.file != "" {
		return readProgramme(j.file)
	}
	cfg := j.cfg
	if cfg == nil { // parse and check read no configuration otherwise
		var err error
		if cfg, err = j.a.loadConfig(configPath(j.c.configPath)); err != nil {
			return inputFile{}, err
		}
	}
	if cfg.Paths.Seeds == "" {
		return readProgramme("")
	}
	dir := cfg.Resolve(cfg.Paths.Seeds)
	names, err := programmeFiles(dir)
	if err != nil {
		return inputFile{}, usageErrorf("paths.seeds %q: %v", dir, err)
	}
	switch len(names) {
	case 0:
		return inputFile{}, usageErrorf("%s", j.a.tr("no programme in %s: copy the programme's file (.txt, .docx, .pdf, …) there, or name a file: baocao %s FILE", dir, j.a.cmd))
	case 1:
		return readProgramme(names[0])
	}
	return inputFile{}, usageErrorf("%s", j.a.tr("%s holds %d programmes: name the one to use, for example baocao %s %s", dir, len(names), j.a.cmd, names[0]))
}

// noLedger tells the terminal (or cron's mail) that a programme has no
// progress ledger, and marks the review so the documents say it too:
// a report of deadlines alone must not pass for reported progress.
func (a *app) noLedger(rep *reporter, in inputFile, led inputFile, rv *progress.Review) {
	if led.data != nil {
		return
	}
	rv.Untracked = true
	rep.warnf(in.name, "%s: no progress ledger %s yet (chưa có số liệu theo dõi): every status comes from the deadlines alone, and the report says so. Send the forms (baocao forms) and import the returned ones (baocao import)", in.name, led.name)
}
