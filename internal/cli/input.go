package cli

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"baocao/internal/config"
	"baocao/seeds"
)

// inputFile is a programme or ledger text with where it came from.
type inputFile struct {
	name    string // for messages and the manifest: the path given, or "seeds/…" when bundled
	path    string // the file on disk, "" when bundled
	data    []byte
	bundled bool
}

// bundledPrefix names embedded files in messages and manifests.
const bundledPrefix = "seeds/"

// readProgramme reads FILE, or the bundled programme when FILE is "".
// Every programme file is read here or by load, through readInput: only a
// regular file, at most maxProgrammeBytes.
func readProgramme(file string) (inputFile, error) {
	if file == "" {
		data, err := seeds.FS.ReadFile(seeds.Default)
		if err != nil {
			return inputFile{}, err
		}
		return inputFile{name: bundledPrefix + seeds.Default, data: data, bundled: true}, nil
	}
	data, err := readInput(file, programmeInput)
	if isRefused(err) {
		return inputFile{}, invalidErrorf("cannot read programme %v", err)
	}
	if err != nil {
		return inputFile{}, usageErrorf("cannot read programme %s", openError(file, err))
	}
	return inputFile{name: file, path: file, data: data}, nil
}

func describeOpenError(file string, err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return file + ": no such file"
	case errors.Is(err, fs.ErrPermission):
		return file + ": permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return file + ": " + pe.Err.Error()
	}
	return err.Error()
}

// programmes lists the programmes a run processes: every programme file of the
// configured seeds folder, or the bundled ones, in name order.
func programmes(cfg *config.Config) ([]inputFile, error) {
	if cfg.Paths.Seeds == "" {
		names, err := fs.Glob(seeds.FS, "*.txt")
		if err != nil {
			return nil, err
		}
		sort.Strings(names)
		out := make([]inputFile, 0, len(names))
		for _, n := range names {
			data, err := seeds.FS.ReadFile(n)
			if err != nil {
				return nil, err
			}
			out = append(out, inputFile{name: bundledPrefix + n, data: data, bundled: true})
		}
		return out, nil
	}
	dir := cfg.Resolve(cfg.Paths.Seeds)
	names, err := programmeFiles(dir)
	if err != nil {
		return nil, usageErrorf("paths.seeds %q: %v", dir, err)
	}
	if len(names) == 0 {
		return nil, usageErrorf("paths.seeds %q holds no programme (%s)", dir, strings.Join(programmeExts, " "))
	}
	out := make([]inputFile, 0, len(names))
	for _, n := range names {
		out = append(out, inputFile{name: n, path: n})
	}
	return out, nil
}

// load reads a programme listed by programmes (bundled ones are already in memory).
func (f *inputFile) load() error {
	if f.data != nil || f.bundled {
		return nil
	}
	data, err := readInput(f.path, programmeInput)
	if isRefused(err) {
		return invalidErrorf("cannot read programme %v", err)
	}
	if err != nil {
		return invalidErrorf("cannot read programme %s", openError(f.path, err))
	}
	f.data = data
	return nil
}

// ledgerName is the ledger's file name for a programme file name:
// "07-CTr-TU-2021.txt" → "07-CTr-TU-2021.progress.toml".
func ledgerName(programme string) string {
	base := path.Base(filepath.ToSlash(programme))
	return strings.TrimSuffix(base, path.Ext(base)) + ".progress.toml"
}

// ledgerFor finds the ledger of a programme: --ledger when given, else
// paths.ledgers/<name>, else beside the programme file; for the bundled
// programme, the bundled ledger when no file on disk has been made yet.
// A programme without any ledger gets an empty one (every item open).
// writePath is where an import would write it ("" if nowhere).
func ledgerFor(cfg *config.Config, prog inputFile, flagPath string) (led inputFile, writePath string, err error) {
	name := ledgerName(prog.name)
	writePath = ledgerWritePath(cfg, prog, flagPath)
	if writePath != "" {
		data, err := readInput(writePath, ledgerInput)
		switch {
		case err == nil:
			return inputFile{name: writePath, path: writePath, data: data}, writePath, nil
		case isRefused(err):
			return inputFile{}, "", invalidErrorf("cannot read ledger %v", err)
		case flagPath != "" && !errors.Is(err, fs.ErrNotExist):
			return inputFile{}, "", usageErrorf("cannot read ledger %s", openError(flagPath, err))
		case !errors.Is(err, fs.ErrNotExist):
			return inputFile{}, "", invalidErrorf("cannot read ledger %s", openError(writePath, err))
		}
	}
	if prog.bundled && flagPath == "" {
		if data, err := seeds.FS.ReadFile(name); err == nil {
			return inputFile{name: bundledPrefix + name, data: data, bundled: true}, writePath, nil
		}
	}
	if writePath != "" {
		name = writePath
	}
	return inputFile{name: name, data: nil}, writePath, nil
}

// ledgerWritePath is where a programme's ledger is on disk, or would be
// written: --ledger, else paths.ledgers/<name>, else beside the programme
// file; "" for the bundled programme outside a workspace. The office's own
// text of each quarter is kept beside it (officePath).
func ledgerWritePath(cfg *config.Config, prog inputFile, flagPath string) string {
	name := ledgerName(prog.name)
	switch {
	case flagPath != "":
		return flagPath
	case cfg.Paths.Ledgers != "":
		return filepath.Join(cfg.Resolve(cfg.Paths.Ledgers), name)
	case !prog.bundled:
		return filepath.Join(filepath.Dir(prog.path), name)
	}
	return ""
}

// existingLedger is ledgerFor for commands that only read the ledger
// (report, forms): a --ledger that names no file is an error, because a
// misspelt path would otherwise give a report with no progress at all.
func existingLedger(cfg *config.Config, prog inputFile, flagPath string) (inputFile, error) {
	led, _, err := ledgerFor(cfg, prog, flagPath)
	if err != nil {
		return inputFile{}, err
	}
	if flagPath != "" && led.data == nil {
		return inputFile{}, usageErrorf("ledger %s: no such file", flagPath)
	}
	return led, nil
}

// strayLedgers lists ledger files in the folders a run reads that belong to
// no programme there: most likely a misspelt name, which would otherwise
// leave a programme reported without its progress.
func strayLedgers(cfg *config.Config, progs []inputFile) []string {
	want := map[string]bool{}
	for _, p := range progs {
		want[ledgerName(p.name)] = true
	}
	dirs := []string{}
	if cfg.Paths.Seeds != "" {
		dirs = append(dirs, cfg.Resolve(cfg.Paths.Seeds))
	}
	if cfg.Paths.Ledgers != "" {
		dirs = append(dirs, cfg.Resolve(cfg.Paths.Ledgers))
	}
	var stray []string
	for _, d := range dirs {
		names, _ := filepath.Glob(filepath.Join(d, "*.toml"))
		sort.Strings(names)
		for _, n := range names {
			if b := filepath.Base(n); !want[b] && b != defaultConfigName {
				stray = append(stray, n)
			}
		}
	}
	return stray
}
