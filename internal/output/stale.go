package output

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// tempName matches the temporary files createTemp makes: ".NAME.tmp-" and
// digits. Nothing else is ever removed as stale.
var tempName = regexp.MustCompile(`^\..+\.tmp-[0-9]+$`)

// RemoveStale removes the temporary files of our own naming left in dir and
// in the folders below it down to depth levels (0: dir only) by a process
// that was killed while writing (SIGKILL, power loss). Call it holding the
// lock that guards those folders: no other baocao is writing there then.
// Only plain files are removed, never through a link. It returns the paths
// removed.
func RemoveStale(dir string, depth int) []string {
	var removed []string
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	for _, e := range ents {
		full := filepath.Join(dir, e.Name())
		switch {
		case e.Type().IsRegular() && tempName.MatchString(e.Name()):
			if os.Remove(full) == nil {
				removed = append(removed, full)
			}
		case e.IsDir() && depth > 0 && !strings.HasPrefix(e.Name(), "."):
			removed = append(removed, RemoveStale(full, depth-1)...)
		}
	}
	return removed
}

// RemoveStaleOf removes the temporary files left beside path by an
// interrupted WriteFile of path, or of a name that starts with path's
// (the ledger's dated backups): ".NAME.tmp-N", ".NAME.bak-….tmp-N".
func RemoveStaleOf(path string) []string {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	var removed []string
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	for _, e := range ents {
		if e.Type().IsRegular() && tempName.MatchString(e.Name()) && strings.HasPrefix(e.Name(), "."+base+".") {
			full := filepath.Join(dir, e.Name())
			if os.Remove(full) == nil {
				removed = append(removed, full)
			}
		}
	}
	return removed
}
