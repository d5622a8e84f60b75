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
	p := bigProgramme(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Annex(io.Discard, p, AnnexOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}
