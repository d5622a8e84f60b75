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

func BenchmarkReportBundled(b *testing.B) {
	r := handReview()
	o := handOptions()
	b.ReportAllocs()
	for b.Loop() {
		if err := Report(io.Discard, r, o); err != nil {
			b.Fatal(err)
		}
	}
}
