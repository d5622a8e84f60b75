package office

import (
	"os"
	"path/filepath"
	"strings"
)

// writerMissing reports whether the LibreOffice that soffice belongs to
// lacks Writer: Debian splits it out (libreoffice-calc-nogui installs
// soffice without it), and soffice then fails with only "source file could
// not be loaded". It looks for Writer's library (libswlo) beside
// soffice.bin; a layout it does not recognise counts as not missing.
func writerMissing(soffice string) bool {
	real, err := filepath.EvalSymlinks(soffice)
	if err != nil {
		return false
	}
	entries, err := os.ReadDir(filepath.Dir(real))
	if err != nil {
		return false
	}
	known := false
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, "libswlo") || strings.HasPrefix(n, "libswdlo") {
			return false
		}
		known = known || n == "soffice.bin" || strings.HasPrefix(n, "libmergedlo")
	}
	return known
}
