package pdf

import (
	"io"
	"runtime"
	"testing"
)

// annexAlloc is the bytes allocated while rendering p's annex.
func annexAlloc(t *testing.T, rows int) uint64 {
	t.Helper()
	p := generatedProgramme(t, rows)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	if err := Annex(io.Discard, p, AnnexOptions{}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// The annex's allocation grows linearly with its rows and stays within
// 300 MB for 10,000 rows (issue 12; fpdf once allocated a ~1 MB zlib
// writer per page stream, 1.4 GB for 10,000 rows): 4,000 rows may cost
// at most 30 KB a row and at most 4.6 times 1,000 rows.
func TestAnnexAllocationLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 5,000 rows")
	}
	annexAlloc(t, 10) // fonts parsed and cached, pools filled
	a1 := annexAlloc(t, 1000)
	a4 := annexAlloc(t, 4000)
	t.Logf("allocated: 1,000 rows %.1f MB, 4,000 rows %.1f MB", float64(a1)/1e6, float64(a4)/1e6)
	if perRow := a4 / 4000; perRow > 30_000 {
		t.Errorf("4,000 rows allocate %d bytes a row, over 30 KB (300 MB per 10,000 rows)", perRow)
	}
	if float64(a4) > 4.6*float64(a1) {
		t.Errorf("4,000 rows allocate %.1f times as much as 1,000 rows: not linear", float64(a4)/float64(a1))
	}
}
