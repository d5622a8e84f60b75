package output

import (
	"crypto/sha256"
	"encoding/hex"
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
	st, err := stage(path, data)
	if err != nil || st == nil {
		return false, err
	}
	if err := st.commit(); err != nil {
		st.abandon()
		return false, err
	}
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
