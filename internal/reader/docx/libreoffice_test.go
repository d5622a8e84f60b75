package docx

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"baocao/internal/golden"
)

// TestReadLibreOfficeDocx reads a .docx LibreOffice Writer made from
// testdata/programme-lo.html: the numbering, bullets, header row, merged
// cells and line breaks as a real writer encodes them. The .docx is kept
// in testdata so the test runs without LibreOffice; go test -update makes
// it again when soffice is installed.
func TestReadLibreOfficeDocx(t *testing.T) {
	path := filepath.Join("testdata", "programme-lo.docx")
	if golden.Updating() {
		if soffice, err := exec.LookPath("soffice"); err == nil {
			tmp := t.TempDir()
			cmd := exec.Command(soffice, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(tmp, "profile")),
				"--headless", "--norestore", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, filepath.Join("testdata", "programme-lo.html"))
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("soffice: %v\n%s", err, out)
			}
			b, err := os.ReadFile(filepath.Join(tmp, "programme-lo.docx"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Log("soffice is not installed: testdata/programme-lo.docx is kept as it is")
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, diags, err := Read("programme-lo.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	out := dump(doc)
	for _, d := range diags {
		out += d.String() + "\n"
	}
	golden.Check(t, "programme-lo.golden", []byte(out))
}
