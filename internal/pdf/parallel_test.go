package pdf

import (
	"bytes"
	"sync"
	"testing"

	"baocao/internal/program"
)

// Documents painted at once (baocao run renders programmes in parallel)
// share the process's caches of fonts, widths and tables: each must still
// be the bytes it is alone. Run with -race to check the caches' locking.
func TestDocumentsInParallelAreAsAlone(t *testing.T) {
	p := seedProgramme(t)
	var want bytes.Buffer
	if err := Annex(&want, p, AnnexOptions{}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 4 {
		wg.Go(func() {
			for range 2 {
				var got bytes.Buffer
				if err := Annex(&got, p, AnnexOptions{}); err != nil {
					errs <- err.Error()
					return
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					errs <- "an annex painted beside others differs from the annex painted alone"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// Long annexes painted at once go through the shared memo of column
// widths (widthsMemo), hitting, missing and evicting each other's tables
// (six tables for a memo of four): each is still the bytes it is alone.
func TestLongAnnexesInParallelAreAsAlone(t *testing.T) {
	if testing.Short() {
		t.Skip("renders 18 annexes of 210 to 300 rows")
	}
	forgetWidths()
	var progs []*program.Programme
	for _, n := range []int{210, 260, 300} {
		progs = append(progs, generatedProgramme(t, n))
	}
	pages := []Page{DefaultPage(true), DefaultPage(false)}
	type job struct {
		p    *program.Programme
		page Page
		want []byte
	}
	var jobs []job
	for _, p := range progs {
		for _, pg := range pages {
			var b bytes.Buffer
			if err := Annex(&b, p, AnnexOptions{Page: pg}); err != nil {
				t.Fatal(err)
			}
			jobs = append(jobs, job{p, pg, b.Bytes()})
		}
	}
	forgetWidths()
	var wg sync.WaitGroup
	errs := make(chan string, len(jobs)*2)
	for g := range 4 {
		wg.Go(func() {
			for k := range 2 * len(jobs) {
				j := jobs[(g+k)%len(jobs)]
				var got bytes.Buffer
				if err := Annex(&got, j.p, AnnexOptions{Page: j.page}); err != nil {
					errs <- err.Error()
					return
				}
				if !bytes.Equal(got.Bytes(), j.want) {
					errs <- "a long annex painted beside others differs from the annex painted alone"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
