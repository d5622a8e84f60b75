package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// programmeExts are the file name endings of programmes, in every format
// internal/reader reads: a seeds folder or a workspace's chuong-trinh/
// holds the documents an office received, not only plain text. The reader
// chooses by content; the ending only picks which files are programmes
// (and keeps ledgers, configs and notes out).
var programmeExts = []string{".txt", ".md", ".docx", ".doc", ".odt", ".rtf", ".pdf"}

// isProgrammeFile reports whether a file name is a programme's: one of
// programmeExts in any case, and not the lock file Word ("~$x.docx") or
// LibreOffice (".~lock.x.odt#") leaves beside a document while it is open.
func isProgrammeFile(name string) bool {
	base := filepath.Base(name)
	if strings.HasPrefix(base, "~$") || strings.HasPrefix(base, ".") {
		return false
	}
	ext := strings.ToLower(filepath.Ext(base))
	for _, e := range programmeExts {
		if ext == e {
			return true
		}
	}
	return false
}

// programmeFiles lists the programme files of a folder in name order, as
// 'baocao run' reads them. Two files of one name in different formats
// ("ct.txt" and "ct.docx") would share one ledger (ct.progress.toml), so
// they are refused, naming both.
func programmeFiles(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, nil // as filepath.Glob: a missing folder holds nothing
		}
		return nil, err
	}
	var names []string
	stems := map[string]string{}
	for _, e := range entries {
		// A folder (or FIFO, device) named like a programme is listed, so
		// readProgramme refuses it by name instead of it vanishing.
		if !isProgrammeFile(e.Name()) {
			continue
		}
		stem := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name()))
		if other, ok := stems[stem]; ok {
			return nil, fmt.Errorf("%s and %s are one programme in two formats and would share the ledger %s: keep one", other, e.Name(), ledgerName(e.Name()))
		}
		stems[stem] = e.Name()
		names = append(names, filepath.Join(dir, e.Name()))
	}
	sort.Strings(names)
	return names, nil
}
