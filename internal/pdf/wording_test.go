package pdf

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/templates"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestReportWordingGolden keeps the built-in wording for the hand-built
// review in testdata/report-wording.txt, so a change of sentence or number
// shows up in review as a text diff. Run with -update to accept a change.
func TestReportWordingGolden(t *testing.T) {
	tt, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	r := handReview()
	o := handOptions()
	data := newReportData(r, o, r.Date)
	var b strings.Builder
	for _, name := range templates.Names {
		out, err := execute(tt, name, data)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("==== " + name + "\n" + strings.TrimSpace(out) + "\n")
	}
	golden := filepath.Join("testdata", "report-wording.txt")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if b.String() != string(want) {
		t.Errorf("wording differs from %s (go test -update to accept):\n%s", golden, b.String())
	}
}
