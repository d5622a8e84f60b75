package pdf

import (
	"bytes"
	"io"
	"testing"

	"baocao/internal/golden"
)

// layoutOf renders with render and returns its layout's boxes as dumped text.
func layoutOf(t *testing.T, render func(w io.Writer) error) []byte {
	t.Helper()
	var dump bytes.Buffer
	laidOut = func(d *document) { dumpBoxes(&dump, &d.boxes) }
	defer func() { laidOut = nil }()
	if err := render(io.Discard); err != nil {
		t.Fatal(err)
	}
	return dump.Bytes()
}

// TestLayoutGolden pins where every line, rule and cell of the bundled
// annex and the sample report lands (page, y, x, width, face, size, text):
// a layout change is reviewed as the diff of these files (go test -update).
func TestLayoutGolden(t *testing.T) {
	p := seedProgramme(t)
	golden.Check(t, "layout-annex.txt", layoutOf(t, func(w io.Writer) error { return Annex(w, p, AnnexOptions{}) }))
	r := sampleReview(t)
	golden.Check(t, "layout-report.txt", layoutOf(t, func(w io.Writer) error { return reportOf(w, r, handOptions()) }))
}
