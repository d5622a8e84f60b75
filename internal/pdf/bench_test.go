package pdf

import (
	"io"
	"testing"
)

func BenchmarkAnnexBundled(b *testing.B) {
	p := seedProgramme(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Annex(io.Discard, p, AnnexOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnnex1000Rows(b *testing.B) {
	p := generatedProgramme(b, 1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Annex(io.Discard, p, AnnexOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReportBundled: the report PDF for the bundled programme and its
// sample ledger at the end of 2021-Q2 (the PDF's share of the quarter).
func BenchmarkReportBundled(b *testing.B) {
	r := sampleReview(b)
	o := handOptions()
	b.ReportAllocs()
	for b.Loop() {
		if err := Report(io.Discard, r, o); err != nil {
			b.Fatal(err)
		}
	}
}
