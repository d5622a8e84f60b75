package cli

import (
	"context"
	"errors"
	"path/filepath"
	"time"

	"baocao/internal/output"
)

// errInterrupted ends a command stopped by a signal between two files.
var errInterrupted = trErrorf("interrupted: the files listed so far were written whole; the rest were not written")

// lockPoll is how often a waiting run retries the lock.
const lockPoll = 100 * time.Millisecond

// lock takes the output folder's lock, waiting up to timeout.
func (a *app) lock(root string, timeout time.Duration) (*output.Lock, error) {
	return a.lockWith(timeout, func(ctx context.Context) (*output.Lock, error) {
		return output.AcquireLock(ctx, root, lockPoll)
	})
}

// lockFile takes the lock guarding one file (a ledger being imported into).
func (a *app) lockFile(path string, timeout time.Duration) (*output.Lock, error) {
	return a.lockWith(timeout, func(ctx context.Context) (*output.Lock, error) {
		return output.AcquireLockFile(ctx, path, lockPoll)
	})
}

func (a *app) lockWith(timeout time.Duration, acquire func(context.Context) (*output.Lock, error)) (*output.Lock, error) {
	ctx, cancel := context.WithTimeout(a.ctx, timeout)
	defer cancel()
	l, err := acquire(ctx)
	if err != nil && a.ctx.Err() != nil {
		return nil, withCode(ExitWrite, errInterrupted)
	}
	var le *output.LockedError
	if errors.As(err, &le) {
		who := a.tr("another baocao run")
		if le.PID > 0 {
			who = a.tr("another baocao run (PID %d)", le.PID)
		}
		return nil, withCode(ExitWrite, errors.New(a.tr("%s is writing to this folder (lock file %s); gave up after waiting %s. Try again when it has finished, or wait longer with --lock-timeout 5m", who, le.Path, timeout)))
	}
	if err != nil {
		return nil, withCode(ExitWrite, err)
	}
	return l, nil
}

// writeDocs writes docs into dir as one batch (see output.Writer.WriteAll),
// reporting each file, and returns the writer's entries for a manifest. An
// interrupt stops it between two files.
func (a *app) writeDocs(rep *reporter, dir string, docs []document) ([]output.Entry, error) {
	w := output.NewWriter(dir, output.AfterWrite(func(full string, e output.Entry) error {
		rep.file(full, e)
		if a.afterWrite != nil {
			if err := a.afterWrite(full, e); err != nil {
				return err
			}
		}
		if a.ctx.Err() != nil {
			return errInterrupted
		}
		return nil
	}))
	if a.ctx.Err() != nil {
		return nil, withCode(ExitWrite, errInterrupted)
	}
	files := make([]output.Content, len(docs))
	for i, d := range docs {
		files[i] = output.Content{Path: d.name, Data: d.data}
	}
	if err := w.WriteAll(files); err != nil {
		return w.Entries(), withCode(ExitWrite, err)
	}
	return w.Entries(), nil
}

// writeManifest writes manifest.json last, once every listed file is in place.
func (a *app) writeManifest(rep *reporter, dir string, m output.Manifest) (output.Entry, error) {
	data := m.Bytes()
	full := filepath.Join(dir, output.ManifestName)
	changed, err := output.WriteFile(full, data)
	if err != nil {
		return output.Entry{}, withCode(ExitWrite, err)
	}
	e := output.Entry{Path: output.ManifestName, Size: int64(len(data)), SHA256: output.Sum(data), Changed: changed}
	rep.file(full, e)
	return e, nil
}

// writeTo writes data to the -o file, atomically so a reader never sees half
// of it, or to stdout when -o is not given (parse, gen).
func (a *app) writeTo(file string, data []byte) error {
	if file == "" {
		_, err := a.stdout.Write(data)
		return err
	}
	if _, err := output.WriteFile(file, data); err != nil {
		return withCode(ExitWrite, err)
	}
	return nil
}
