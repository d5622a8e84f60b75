package output

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
)

// staged is a file whose new bytes wait, synced to disk, in a temporary
// file beside it, to be renamed over it.
type staged struct {
	path, tmp string
}

// stage writes data to a hidden temporary file in path's folder and syncs
// it. It returns nil when path already holds exactly data: nothing to do.
// Only a plain file at path is read to compare (a FIFO or a device placed
// there would block or never end); anything else is replaced.
func stage(path string, data []byte) (*staged, error) {
	if same(path, data) {
		return nil, nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("creating folder %s: %w", dir, err)
	}
	tmp, err := createTemp(dir, filepath.Base(path))
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

// same reports whether path is a plain file holding exactly data.
func same(path string, data []byte) bool {
	st, err := os.Lstat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	old, err := io.ReadAll(io.LimitReader(f, int64(len(data))+1))
	return err == nil && bytes.Equal(old, data)
}

// tempInfix marks a temporary file: ".NAME.tmp-" and random digits.
const tempInfix = ".tmp-"

// createTemp creates a new temporary file for base in dir, named
// .base.tmp-<digits>: always a new file (O_EXCL), never through a link
// (O_NOFOLLOW), readable only by its owner until it is complete.
func createTemp(dir, base string) (*os.File, error) {
	for range 10000 {
		name := filepath.Join(dir, "."+base+tempInfix+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, 0o600)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("no free temporary name in %s", dir)
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
