package pdf

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// sampleReview is the bundled programme with its sample ledger at the end
// of 2021-Q2, as `baocao report --quarter 2021-Q2` computes it.
func sampleReview(t testing.TB) *progress.Review {
	t.Helper()
	p := seedProgramme(t)
	name := filepath.Join("..", "..", "seeds", "07-CTr-TU-2021.progress.toml")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Skipf("no sample ledger: %v", err)
	}
	l, diags := progress.LoadLedger(name, data, p)
	if diags.HasErrors() {
		t.Fatalf("sample ledger: %v", diags.Err())
	}
	q := program.Quarter{Year: 2021, Q: 2}
	return progress.BuildReview(p, l, q, q.Last(), progress.ReviewOptions{})
}

func TestReportOfSampleLedger(t *testing.T) {
	needTool(t, "pdftotext")
	r := sampleReview(t)
	var b strings.Builder
	if err := reportOf(&b, r, handOptions()); err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, "sample.pdf", []byte(b.String()))
	text := flat(pageText(t, path, 0))
	// Every item of the appendix, and the total the review computed.
	for _, it := range r.Items {
		if !strings.Contains(text, it.Item.ID) {
			t.Errorf("appendix lacks item %s", it.Item.ID)
		}
	}
	// The Ghi chú declares 33, the annex lists 34: the report states both.
	for _, want := range []string{"đề ra " + pad(r.Programme.DeclaredTotal) + " phần việc", "theo dõi " + pad(r.Total.Total) + " phần việc"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, it := range r.Overdue {
		if !strings.Contains(text, it.Item.Lead.Name) {
			t.Errorf("overdue item %s: lead %q missing", it.Item.ID, it.Item.Lead.Name)
		}
	}
	assertFontsEmbedded(t, path)
}
