package office

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Timeout bounds one conversion when the caller's context sets no
// deadline: a first run builds a LibreOffice profile (seconds); a document
// that takes minutes is stuck, not long.
const Timeout = 3 * time.Minute

// maxOutput caps the .docx read back from LibreOffice.
const maxOutput = 256 << 20

// ToDocx converts a .doc, .odt or .rtf (told by content) to .docx with
// LibreOffice. Every call works in a private temporary directory with a
// private LibreOffice profile, so calls run concurrently, as root, and
// beside a LibreOffice the user has open; the directory is always removed.
func ToDocx(ctx context.Context, name string, data []byte) ([]byte, error) {
	format := Format(data)
	ext := ""
	switch format {
	case DOC:
		ext = ".doc"
	case ODT:
		ext = ".odt"
	case RTF:
		ext = ".rtf"
	case Encrypted:
		return nil, fmt.Errorf("%s: the Word document is encrypted with a password; open it in Word, remove the password (File → Info → Protect Document) and save it again", name)
	default:
		return nil, fmt.Errorf("%s: not a .doc, .odt or .rtf document, so LibreOffice is not asked to convert it", name)
	}
	soffice, err := findSoffice()
	if err != nil {
		return nil, fmt.Errorf("%s: reading this %s needs LibreOffice Writer, which is not installed: install it (apt-get install libreoffice-writer-nogui) or save the file as .docx in Word", name, format)
	}
	tmp, err := os.MkdirTemp("", "baocao-office-")
	if err != nil {
		return nil, fmt.Errorf("%s: cannot make a temporary directory for LibreOffice: %v", name, err)
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "input"+ext)
	out := filepath.Join(tmp, "out")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, fmt.Errorf("%s: cannot write the temporary copy for LibreOffice: %v", name, err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, Timeout)
		defer cancel()
	}
	profile := (&url.URL{Scheme: "file", Path: filepath.ToSlash(filepath.Join(tmp, "profile"))}).String()
	cmd := exec.CommandContext(ctx, soffice,
		"-env:UserInstallation="+profile,
		"--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
		"--convert-to", "docx:MS Word 2007 XML",
		"--outdir", out, in)
	// LibreOffice writes its profile and caches under HOME when it cannot
	// use the private profile; keep even that inside the temporary directory.
	cmd.Env = append(os.Environ(), "HOME="+tmp)
	var output bytes.Buffer
	cmd.Stdout, cmd.Stderr = &output, &output
	ownGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	if ctx.Err() != nil {
		return nil, fmt.Errorf("%s: LibreOffice did not finish converting the %s in the time allowed (%v)", name, format, ctx.Err())
	}
	result := filepath.Join(out, "input.docx")
	st, statErr := os.Stat(result)
	if runErr != nil || statErr != nil {
		msg := strings.TrimSpace(output.String())
		if len(msg) > 500 {
			msg = msg[:500] + "…"
		}
		if runErr == nil {
			runErr = errors.New("no .docx was written")
		}
		if writerMissing(soffice) {
			return nil, fmt.Errorf("%s: LibreOffice is installed without Writer, which converts this %s: install it (apt-get install libreoffice-writer-nogui) or save the file as .docx in Word", name, format)
		}
		if msg != "" {
			return nil, fmt.Errorf("%s: LibreOffice could not convert the %s (%v): %s", name, format, runErr, msg)
		}
		return nil, fmt.Errorf("%s: LibreOffice could not convert the %s (%v)", name, format, runErr)
	}
	if st.Size() > maxOutput {
		return nil, fmt.Errorf("%s: LibreOffice made a .docx of %d MiB from the %s, more than baocao reads", name, st.Size()>>20, format)
	}
	b, err := os.ReadFile(result)
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read LibreOffice's .docx: %v", name, err)
	}
	return b, nil
}

// findSoffice finds LibreOffice's command line program.
func findSoffice() (string, error) {
	for _, n := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(n); err == nil {
			return p, nil
		}
	}
	if runtime.GOOS == "darwin" {
		p := "/Applications/LibreOffice.app/Contents/MacOS/soffice"
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", exec.ErrNotFound
}
