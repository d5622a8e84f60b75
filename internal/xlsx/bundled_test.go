package xlsx

import (
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/gen"
	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/seeds"
)

// bundledProgramme parses the bundled seed 07-CTr/TU.
func bundledProgramme(tb testing.TB) *program.Programme {
	tb.Helper()
	data, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		tb.Fatal(err)
	}
	p, diags := parse.Parse("seeds/"+seeds.Default, data)
	if diags.HasErrors() {
		tb.Fatalf("the seed does not parse:\n%v", diags.Err())
	}
	return p
}

// bundledReview is the seed's sample ledger reviewed at the end of quarter II-2021.
func bundledReview(tb testing.TB) *progress.Review {
	tb.Helper()
	p := bundledProgramme(tb)
	name := filepath.Join("..", "..", "seeds", "07-CTr-TU-2021.progress.toml")
	data, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	l, diags := progress.LoadLedger(name, data, p)
	if diags.HasErrors() {
		tb.Fatalf("the sample ledger does not load:\n%v", diags.Err())
	}
	q := program.Quarter{Year: 2021, Q: 2}
	return progress.BuildReview(p, l, q, q.Last(), progress.ReviewOptions{})
}

// generatedProgramme parses a synthetic programme of n annex rows.
func generatedProgramme(tb testing.TB, n int) *program.Programme {
	tb.Helper()
	p, diags := parse.Parse("generated.txt", gen.Programme(n, 1))
	if diags.HasErrors() {
		tb.Fatalf("the generated programme does not parse:\n%v", diags.Err())
	}
	return p
}
