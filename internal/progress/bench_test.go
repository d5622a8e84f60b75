package progress

import (
	"testing"

	"baocao/internal/program"
)

func BenchmarkLoadLedger(b *testing.B) {
	big := bigProgramme(10000)
	for _, c := range []struct {
		name string
		p    *program.Programme
		data []byte
	}{
		{"bundled", seedLike(), readSample(b)},
		{"10000-items", big, bigLedger(big)},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(c.data)))
			for b.Loop() {
				if _, diags := LoadLedger("x.toml", c.data, c.p); diags.HasErrors() {
					b.Fatal(diags.Err())
				}
			}
		})
	}
}

func BenchmarkBuildReview(b *testing.B) {
	big := bigProgramme(10000)
	for _, c := range []struct {
		name string
		p    *program.Programme
		data []byte
		d    program.Date
	}{
		{"bundled", seedLike(), readSample(b), day("2021-06-30")},
		{"10000-items", big, bigLedger(big), day("2022-06-30")},
	} {
		l, diags := LoadLedger("x.toml", c.data, c.p)
		if diags.HasErrors() {
			b.Fatal(diags.Err())
		}
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				BuildReview(c.p, l, program.QuarterOf(c.d), c.d, ReviewOptions{})
			}
		})
	}
}

func BenchmarkAppendUpdates(b *testing.B) {
	orig := readSample(b)
	ups := []Update{{Item: "14.1", Date: day("2021-07-02"), State: StateDone, Completed: day("2021-06-30"),
		Document: "Báo cáo số 150/BC-UBND ngày 30-6-2021", Source: "import: form.xlsx 2021-07-02"}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := AppendUpdates(orig, ups, "import"); err != nil {
			b.Fatal(err)
		}
	}
}
