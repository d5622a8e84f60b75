package cli

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpus is the parser's corpus of programmes in other layouts (issue 8).
const corpus = "../parse/testdata/corpus"

// An unreadable deadline does not cost the programme: parse prints the JSON
// with that deadline unknown, its words kept, an error naming the line, and
// exits 1.
func TestParseUnreadableDeadlineStillPrintsJSON(t *testing.T) {
	in := filepath.Join(corpus, "loi-o-han.txt")
	r := cli(t, "parse", in)
	if r.code != ExitInvalid {
		t.Fatalf("exit %d, want 1\n%s", r.code, r)
	}
	want := in + `:70: error: annex row 03: deadline phrase "Theo tiến độ dự án"`
	if !strings.Contains(r.stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
	}
	var p struct {
		WorkItems []struct {
			ID       string `json:"id"`
			Deadline struct {
				Text string `json:"text"`
				Kind string `json:"kind"`
			} `json:"deadline"`
		} `json:"work_items"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &p); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, r)
	}
	found := false
	for _, w := range p.WorkItems {
		if w.Deadline.Text == "Theo tiến độ dự án" {
			found = true
			if w.Deadline.Kind != "unknown" {
				t.Errorf("item %s: deadline kind %q, want unknown", w.ID, w.Deadline.Kind)
			}
		}
	}
	if !found || len(p.WorkItems) < 5 {
		t.Errorf("%d work items, none with the deadline as written", len(p.WorkItems))
	}
}

// annex writes the annex of the same programme, the deadline printed as
// written, and says so in a warning instead of refusing.
func TestAnnexPrintsUnreadableDeadlineAsWritten(t *testing.T) {
	in := filepath.Join(corpus, "loi-o-han.txt")
	out := t.TempDir()
	r := cli(t, "annex", in, "-o", out)
	if r.code != ExitOK {
		t.Fatalf("exit %d, want 0\n%s", r.code, r)
	}
	want := in + `:70: warning: annex row 03: deadline phrase "Theo tiến độ dự án"`
	if !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "(the annex prints the cell as written)") {
		t.Errorf("stderr lacks the warning %q:\n%s", want, r.stderr)
	}
	for _, f := range []string{"danh-muc.pdf", "danh-muc.xlsx"} {
		if st, err := os.Stat(filepath.Join(out, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	// A document with no programme in it still writes nothing.
	bad := filepath.Join(t.TempDir(), "no-annex.txt")
	os.WriteFile(bad, []byte("CHƯƠNG TRÌNH HÀNH ĐỘNG\n\n- Một đoạn văn.\n"), 0o644)
	if r := cli(t, "annex", bad, "-o", t.TempDir()); r.code != ExitInvalid {
		t.Errorf("no annex table: exit %d, want 1\n%s", r.code, r)
	}
}

// A Word document's diagnostics name the table and row, not a line number
// the user cannot find in Word.
func TestParseDocxDiagnosticNamesTableAndRow(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(corpus, "tinh-uy-merged.docx"))
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(t.TempDir(), "hong.docx")
	if err := os.WriteFile(in, rewriteDocx(t, src, "<w:t>Quý III/2022</w:t>", "<w:t>Theo tiến độ dự án</w:t>"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "parse", in)
	if r.code != ExitInvalid {
		t.Fatalf("exit %d, want 1\n%s", r.code, r)
	}
	want := in + `:table 3, row `
	var line string
	for _, l := range strings.Split(r.stderr, "\n") {
		if strings.Contains(l, "error:") && strings.Contains(l, "Theo tiến độ dự án") {
			line = l
		}
	}
	if !strings.HasPrefix(line, want) {
		t.Errorf("the deadline error %q does not start with %q:\n%s", line, want, r.stderr)
	}
	if !strings.Contains(r.stdout, `"text": "Theo tiến độ dự án"`) {
		t.Errorf("the JSON lacks the deadline as written:\n%s", r.stdout)
	}
}

// rewriteDocx returns a copy of a .docx with old replaced by new in its
// word/document.xml, which must contain old once.
func rewriteDocx(t *testing.T, src []byte, old, new string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == "word/document.xml" {
			if n := bytes.Count(b, []byte(old)); n != 1 {
				t.Fatalf("document.xml holds %q %d times, want once", old, n)
			}
			b = bytes.Replace(b, []byte(old), []byte(new), 1)
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(b)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
