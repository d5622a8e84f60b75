package pdf

import (
	"strings"
	"testing"

	"baocao/internal/golden"
	"baocao/templates"
)

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
	golden.Check(t, "report-wording.txt", []byte(b.String()))
}
