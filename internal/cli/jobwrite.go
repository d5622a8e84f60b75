package cli

import (
	"path/filepath"

	"baocao/internal/output"
)

// outputRoot is the folder a command writes below and locks: -o, else
// paths.output of the configuration.
func (j *job) outputRoot() string {
	if j.c.outDir != "" {
		return j.c.outDir
	}
	return j.cfg.Resolve(j.cfg.Paths.Output)
}

// lock takes the output root's lock, waiting up to --lock-timeout (else
// run.lock_timeout), so that two commands never write one folder at once.
func (j *job) lock() (*output.Lock, error) {
	return j.a.lock(j.outputRoot(), j.c.timeout(j.cfg))
}

// write puts a programme's rendered documents, as one batch, into
// paths.output/<sub…> — or straight into -o, which names the folder itself.
// A render error is passed in rather than checked by each command: a
// programme that parsed but cannot be rendered is invalid input (exit 1).
func (j *job) write(docs []document, renderErr error, sub ...string) error {
	if renderErr != nil {
		return withCode(ExitInvalid, renderErr)
	}
	dir := j.outputRoot()
	if j.c.outDir == "" {
		dir = filepath.Join(append([]string{dir}, sub...)...)
	}
	l, err := j.lock()
	if err != nil {
		return err
	}
	defer l.Release()
	j.removeStale(dir, 0)
	_, err = j.a.writeDocs(j.rep, dir, docs)
	return err
}
