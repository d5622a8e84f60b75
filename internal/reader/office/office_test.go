package office

import (
	"archive/zip"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"baocao/internal/document"
	"baocao/internal/golden"
	"baocao/internal/reader/docx"
)

func ole(stream string) []byte {
	b := append(append([]byte(nil), oleMagic...), make([]byte, 504)...)
	for _, c := range stream {
		b = append(b, byte(c), 0)
	}
	return b
}

func odf(mimetype string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	w.Write([]byte(mimetype))
	w, _ = zw.Create("content.xml")
	w.Write([]byte("<office:document-content/>"))
	zw.Close()
	return buf.Bytes()
}

func TestFormat(t *testing.T) {
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"doc", ole("WordDocument"), DOC},
		{"encrypted docx", ole("EncryptedPackage"), Encrypted},
		{"xls", ole("Workbook"), ""},
		{"odt", odf("application/vnd.oasis.opendocument.text"), ODT},
		{"ods", odf("application/vnd.oasis.opendocument.spreadsheet"), ""},
		{"rtf", []byte(`{\rtf1\ansi x}`), RTF},
		{"rtf after a BOM", []byte("\xEF\xBB\xBF\r\n{\\rtf1 x}"), RTF},
		{"docx", odf("not odf"), ""},
		{"text", []byte("CHƯƠNG TRÌNH"), ""},
		{"empty", nil, ""},
	} {
		if got := Format(c.data); got != c.want {
			t.Errorf("%s: Format = %q; want %q", c.name, got, c.want)
		}
	}
}

func TestToDocxRefusesWithoutRunningLibreOffice(t *testing.T) {
	for _, c := range []struct {
		data []byte
		want string
	}{
		{[]byte("plain text"), "x: not a .doc, .odt or .rtf document"},
		{ole("EncryptedPackage"), "x: the Word document is encrypted with a password"},
	} {
		if _, err := ToDocx(context.Background(), "x", c.data); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("ToDocx = %v; want %q", err, c.want)
		}
	}
}

func TestToDocxSaysWhatToInstall(t *testing.T) {
	if runtime.GOOS == "darwin" {
		t.Skip("on macOS LibreOffice is also looked for in /Applications")
	}
	t.Setenv("PATH", t.TempDir())
	_, err := ToDocx(context.Background(), "kh.rtf", []byte(`{\rtf1 x}`))
	if err == nil {
		t.Fatal("no error without soffice")
	}
	for _, want := range []string{"kh.rtf: ", RTF, "apt-get install libreoffice-writer-nogui", "save the file as .docx in Word"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

// needSoffice skips a test only when LibreOffice Writer is absent, saying so.
func needSoffice(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice is not installed (Debian: libreoffice-writer-nogui): the conversion is not tested")
	}
	if writerMissing(p) {
		t.Skip("LibreOffice Writer is not installed (Debian: libreoffice-writer-nogui): the conversion is not tested")
	}
	return p
}

// TestToDocxConverts converts an .rtf and an .odt of the same kind of
// programme at once, each with its private profile, and reads the .docx
// back: merged cells and the line break in a cell survive the trip. The
// temporary directories are gone afterwards.
func TestWriterMissing(t *testing.T) {
	dir := t.TempDir()
	prog := filepath.Join(dir, "soffice")
	for _, f := range []string{"soffice", "soffice.bin", "libmergedlo.so", "libsclo.so"} {
		os.WriteFile(filepath.Join(dir, f), nil, 0o755)
	}
	if !writerMissing(prog) {
		t.Error("a program directory with Calc and no Writer: Writer not reported missing")
	}
	os.WriteFile(filepath.Join(dir, "libswlo.so"), nil, 0o644)
	if writerMissing(prog) {
		t.Error("Writer reported missing beside libswlo.so")
	}
	if writerMissing(filepath.Join(t.TempDir(), "soffice")) {
		t.Error("an unknown layout counts as Writer missing")
	}
}

func TestToDocxConverts(t *testing.T) {
	soffice := needSoffice(t)
	rtf, err := os.ReadFile(filepath.Join("testdata", "programme.rtf"))
	if err != nil {
		t.Fatal(err)
	}
	// The .odt is made from the .docx reader's LibreOffice fixture.
	tmp := t.TempDir()
	cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(tmp, "profile")),
		"--headless", "--norestore", "--convert-to", "odt", "--outdir", tmp, filepath.Join("..", "docx", "testdata", "programme-lo.html"))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("making the .odt: %v\n%s", err, out)
	}
	odt, err := os.ReadFile(filepath.Join(tmp, "programme-lo.odt"))
	if err != nil {
		t.Fatal(err)
	}
	if Format(odt) != ODT {
		t.Fatalf("LibreOffice's .odt sniffed as %q", Format(odt))
	}
	work := t.TempDir()
	t.Setenv("TMPDIR", work)
	inputs := map[string][]byte{"programme.rtf": rtf, "programme-lo.odt": odt}
	got := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for name, data := range inputs {
		wg.Go(func() {
			out, err := ToDocx(context.Background(), name, data)
			var s string
			if err != nil {
				s = "error: " + err.Error()
			} else if doc, _, err := docx.Read(name, out); err != nil {
				s = "error: " + err.Error()
			} else {
				s = cells(doc)
			}
			mu.Lock()
			got[name] = s
			mu.Unlock()
		})
	}
	wg.Wait()
	for name := range inputs {
		golden.Check(t, strings.TrimSuffix(name, filepath.Ext(name))+"-"+strings.TrimPrefix(filepath.Ext(name), ".")+".golden", []byte(got[name]))
	}
	if left, _ := os.ReadDir(work); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// cells writes the paragraphs and each table row's cells with their grid
// places: what must survive a conversion.
func cells(doc *document.Document) string {
	var b strings.Builder
	for _, bl := range doc.Blocks {
		if bl.Para != nil {
			fmt.Fprintf(&b, "%s\n", bl.Para.Text())
			continue
		}
		for _, row := range bl.Table.Rows {
			var cs []string
			for _, c := range row.Cells {
				cs = append(cs, fmt.Sprintf("[%d %dx%d] %s", c.Col, c.ColSpan, c.RowSpan, strings.Join(c.Lines(), " / ")))
			}
			fmt.Fprintf(&b, "| %s\n", strings.Join(cs, " | "))
		}
	}
	return b.String()
}
