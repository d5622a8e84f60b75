package xlsx

import (
	"fmt"
	"io"
	"testing"

	"baocao/internal/program"
)

// scaledProgramme repeats the fixture's annex rows and work items up to n
// rows with fresh TT numbers and IDs, standing in for a generated programme.
func scaledProgramme(n int) *program.Programme {
	base := testProgramme()
	p := *base
	p.Annex.Rows = nil
	p.WorkItems = nil
	byTT := map[string][]program.WorkItem{}
	for _, it := range base.WorkItems {
		byTT[it.TT] = append(byTT[it.TT], it)
	}
	for i := 0; i < n; i++ {
		r := base.Annex.Rows[i%len(base.Annex.Rows)]
		tt := fmt.Sprintf("%02d", i+1)
		items := byTT[r.TT]
		r.TT, r.Number, r.WorkItems = tt, i+1, nil
		for _, it := range items {
			it.TT = tt
			it.ID = fmt.Sprintf("%s.%d", tt, it.Seq)
			r.WorkItems = append(r.WorkItems, it.ID)
			p.WorkItems = append(p.WorkItems, it)
		}
		p.Annex.Rows = append(p.Annex.Rows, r)
	}
	return &p
}

func benchAnnex(b *testing.B, p *program.Programme) {
	b.ReportAllocs()
	for b.Loop() {
		if err := Annex(io.Discard, p, AnnexOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnnexWorkbookBundled is the workbook half of the bundled annex
// (target: PDF plus workbook under 50 ms).
func BenchmarkAnnexWorkbookBundled(b *testing.B) { benchAnnex(b, bundledProgramme(b)) }

func BenchmarkAnnexWorkbook1000Rows(b *testing.B) { benchAnnex(b, scaledProgramme(1000)) }

// BenchmarkAnnexWorkbook10000Rows: target under 600 ms and 250 MB allocated.
func BenchmarkAnnexWorkbook10000Rows(b *testing.B) { benchAnnex(b, scaledProgramme(10000)) }
