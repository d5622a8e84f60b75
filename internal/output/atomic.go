package output

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
)

// WriteFile puts data at path so that a reader (or a crash) only ever sees
// the old content or the new, never a partial file: the bytes go to a
// temporary file in the same folder, are synced to disk, and the temporary
// file is renamed over path. When path already holds exactly data, nothing
// is written and changed is false, so unchanged outputs keep their mtime.
func WriteFile(path string, data []byte) (changed bool, err error) {
	changed, err = writeFile(path, data)
	if changed {
		syncDir(filepath.Dir(path))
	}
	return changed, err
}

// writeFile is WriteFile without making the rename durable: a Writer syncs
// each folder once after all its files instead of once per file.
func writeFile(path string, data []byte) (changed bool, err error) {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, data) {
		return false, nil
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return false, fmt.Errorf("creating folder %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return false, fmt.Errorf("writing %s: %w", path, err)
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return false, fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return false, fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return false, fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return false, fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return false, fmt.Errorf("writing %s: %w", path, err)
	}
	done = true
	return true, nil
}

// syncDir makes the rename durable; some file systems refuse to sync a
// folder, which is not worth failing a run for.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// Sum is the hex SHA-256 of data, as the manifest records it.
func Sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])
}
