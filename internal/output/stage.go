package output

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
)

// staged is a file whose new bytes wait, synced to disk, in a temporary
// file beside it, to be renamed over it.
type staged struct {
	path, tmp string
}

// stage writes data to a hidden temporary file in path's folder and syncs
// it. It returns nil when path already holds exactly data: nothing to do.
func stage(path string, data []byte) (*staged, error) {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return nil, nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating folder %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	fail := func(err error) (*staged, error) {
		tmp.Close()
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return &staged{path: path, tmp: tmp.Name()}, nil
}

// commit renames the temporary file over the path: readers see the old
// file or the new one, never a mixture.
func (s *staged) commit() error {
	if err := os.Rename(s.tmp, s.path); err != nil {
		return fmt.Errorf("writing %s: %w", s.path, err)
	}
	return nil
}

// abandon removes the temporary file of a file that will not be committed.
func (s *staged) abandon() { os.Remove(s.tmp) }
