package office

import (
	"baocao/internal/source"
	"bytes"
	"context"
	"errors"
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
		return nil, source.FileErrorf(name, "the Word document is encrypted with a password; open it in Word, remove the password (File → Info → Protect Document) and save it again")
	default:
		return nil, source.FileErrorf(name, "not a .doc, .odt or .rtf document, so LibreOffice is not asked to convert it")
	}
	soffice, err := findSoffice()
	if err != nil {
		return nil, source.FileErrorf(name, "reading this %s needs LibreOffice Writer, which is not installed: install it (apt-get install libreoffice-writer-nogui) or save the file as .docx in Word", formatName(format))
	}
	tmp, err := os.MkdirTemp("", "baocao-office-")
	if err != nil {
		return nil, source.FileErrorf(name, "cannot make a temporary directory for LibreOffice: %v", err)
	}
	defer os.RemoveAll(tmp)
	in := filepath.Join(tmp, "input"+ext)
	out := filepath.Join(tmp, "out")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, source.FileErrorf(name, "cannot write the temporary copy for LibreOffice: %v", err)
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
		return nil, source.FileErrorf(name, "LibreOffice did not finish converting the %s in the time allowed (%v)", formatName(format), ctx.Err())
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
			return nil, source.FileErrorf(name, "LibreOffice is installed without Writer, which converts this %s: install it (apt-get install libreoffice-writer-nogui) or save the file as .docx in Word", formatName(format))
		}
		if msg != "" {
			return nil, source.FileErrorf(name, "LibreOffice could not convert the %s (%v): %s", formatName(format), runErr, msg)
		}
		return nil, source.FileErrorf(name, "LibreOffice could not convert the %s (%v)", formatName(format), runErr)
	}
	if st.Size() > maxOutput {
		return nil, source.FileErrorf(name, "LibreOffice made a .docx of %d MiB from the %s, more than baocao reads", st.Size()>>20, formatName(format))
	}
	b, err := os.ReadFile(result)
	if err != nil {
		return nil, source.FileErrorf(name, "cannot read LibreOffice's .docx: %v", err)
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

// formatName is a format's name in a message, in the reader's language.
func formatName(f string) source.Msg {
	switch f {
	case DOC:
		return source.Msgf("Word 97–2003 document (.doc)")
	case ODT:
		return source.Msgf("OpenDocument text (.odt)")
	case RTF:
		return source.Msgf("Rich Text Format document (.rtf)")
	case Encrypted:
		return source.Msgf("password-protected Word document")
	}
	return source.Msgf("%s", f)
}
