package pdf

import (
	"io"
	"testing"

	"baocao/internal/cpuclock"
)

func BenchmarkAnnexBundled(b *testing.B) {
	p := seedProgramme(b)
	b.ReportAllocs()
	for b.Loop() {
		forgetWidths()
		if err := Annex(io.Discard, p, AnnexOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnnex1000Rows(b *testing.B)  { benchAnnexRows(b, 1000) }
func BenchmarkAnnex10000Rows(b *testing.B) { benchAnnexRows(b, 10000) }

// benchAnnexRows renders a generated programme's annex: with 1,000 and
// 10,000 rows it shows whether the cost grows linearly with the rows.
func benchAnnexRows(b *testing.B, rows int) {
	p := generatedProgramme(b, rows)
	b.ReportAllocs()
	cpu := cpuclock.Process()
	for b.Loop() {
		forgetWidths() // a process renders an annex once: no widths kept from the last run
		if err := Annex(io.Discard, p, AnnexOptions{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64((cpuclock.Process()-cpu).Microseconds())/1000/float64(b.N), "cpu-ms/op")
}

// BenchmarkReportBundled: the report PDF for the bundled programme and its
// sample ledger at the end of 2021-Q2 (the PDF's share of the quarter).
func BenchmarkReportBundled(b *testing.B) {
	r := sampleReview(b)
	o := handOptions()
	b.ReportAllocs()
	for b.Loop() {
		if err := reportOf(io.Discard, r, o); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProtectedSpans2000Rows: the protected-phrase search over the
// cells of a 2,000-row annex, the layout's hot spot before it searched
// lower-cased windows (issue 12).
func BenchmarkProtectedSpans2000Rows(b *testing.B) {
	p := generatedProgramme(b, 2000)
	var texts []string
	for _, r := range p.Annex.Rows {
		texts = append(texts, r.AgencyText, r.Title, r.Deadline.Text)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			protectedSpans(text)
		}
	}
}

// forgetWidths empties widthsMemo.
func forgetWidths() {
	widthsMemo.Lock()
	widthsMemo.entries = nil
	widthsMemo.Unlock()
}
