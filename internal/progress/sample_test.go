package progress

import (
	"fmt"
	"testing"

	"baocao/internal/gen"
	"baocao/internal/golden"
	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/seeds"
)

// parsedSeed parses the bundled programme with the real parser.
func parsedSeed(t testing.TB) *program.Programme {
	t.Helper()
	data, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse("seeds/"+seeds.Default, data)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	return p
}

// TestSampleLedgerAgainstParsedSeed: the embedded sample ledger loads
// without a single diagnostic against the parsed programme, the fixture the
// status tests use has the parser's IDs, kinds, leads, areas and due dates,
// and the parsed programme gives the same reviews as the goldens.
func TestSampleLedgerAgainstParsedSeed(t *testing.T) {
	p := parsedSeed(t)
	data, err := seeds.FS.ReadFile("07-CTr-TU-2021.progress.toml")
	if err != nil {
		t.Fatalf("sample ledger not embedded: %v", err)
	}
	l, diags := LoadLedger("seeds/07-CTr-TU-2021.progress.toml", data, p)
	for _, d := range diags {
		t.Errorf("%s", d)
	}
	fx := seedLike()
	if len(p.WorkItems) != len(fx.WorkItems) {
		t.Fatalf("parser gives %d work items, fixture %d", len(p.WorkItems), len(fx.WorkItems))
	}
	for i, w := range p.WorkItems {
		f := fx.WorkItems[i]
		got := fmt.Sprintf("%s %s area=%d lead=%s due=%s milestones=%d", w.ID, w.Kind, w.Area, w.Lead.Key, ds(w.Deadline.Due), len(w.Deadline.Milestones))
		want := fmt.Sprintf("%s %s area=%d lead=%s due=%s milestones=%d", f.ID, f.Kind, f.Area, f.Lead.Key, ds(f.Deadline.Due), len(f.Deadline.Milestones))
		if got != want {
			t.Errorf("parser: %s\nfixture: %s", got, want)
		}
	}
	for _, c := range []struct {
		golden string
		q      program.Quarter
	}{{"review-2021-Q2.golden", program.Quarter{Year: 2021, Q: 2}}, {"review-2021-Q3.golden", program.Quarter{Year: 2021, Q: 3}}} {
		golden.Check(t, c.golden, reviewText(BuildReview(p, l, c.q, c.q.Last(), ReviewOptions{})))
	}
}

func BenchmarkLoadParsedSeedLedger(b *testing.B) {
	p := parsedSeed(b)
	data := readSample(b)
	b.ReportAllocs()
	for b.Loop() {
		l, _ := LoadLedger("x.toml", data, p)
		BuildReview(p, l, program.Quarter{Year: 2021, Q: 2}, day("2021-06-30"), ReviewOptions{})
	}
}

// BenchmarkGeneratedProgramme loads a ledger of one or two records per
// item and builds the review for a programme from the generator with about
// 10,000 work items, parsed once outside the loop.
func BenchmarkGeneratedProgramme(b *testing.B) {
	p, diags := parse.Parse("gen.txt", gen.Programme(8400, 1))
	if diags.HasErrors() {
		b.Fatal(diags.Err())
	}
	data := bigLedger(p)
	b.Logf("%d work items, %d ledger bytes", len(p.WorkItems), len(data))
	d := day("2021-09-30")
	b.Run("LoadLedger", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, diags := LoadLedger("x.toml", data, p); diags.HasErrors() {
				b.Fatal(diags.Err())
			}
		}
	})
	l, _ := LoadLedger("x.toml", data, p)
	b.Run("BuildReview", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			BuildReview(p, l, program.QuarterOf(d), d, ReviewOptions{})
		}
	})
}
