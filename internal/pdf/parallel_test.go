package pdf

import (
	"bytes"
	"sync"
	"testing"
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
