package xlsx

import (
	"bytes"
	"testing"

	"baocao/internal/report"
)

// TestKeptReportStylesMatch writes report workbooks one after another, the
// later ones taking their styles from the first opened from the base, and
// wants the bytes of workbooks that make their styles afresh, in two fonts.
func TestKeptReportStylesMatch(t *testing.T) {
	models := []*report.Report{reportModel(t, bundledReview(t)), reportModel(t, scaledReview(generatedProgramme(t, 30)))}
	write := func(m *report.Report, o ReportOptions) []byte {
		var b bytes.Buffer
		if err := Report(&b, m, o); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	for _, o := range []ReportOptions{{}, {Font: Font{Name: "Liberation Serif", Size: 13}}} {
		reportStylesOn = false
		var want [][]byte
		for _, m := range models {
			want = append(want, write(m, o))
		}
		reportStylesOn = true
		keptStyles.Lock()
		clear(keptStyles.m)
		keptStyles.Unlock()
		for round := range 3 {
			for i, m := range models {
				if got := write(m, o); !bytes.Equal(got, want[i]) {
					t.Errorf("font %v, round %d, model %d: the workbook differs from one with its styles made afresh", o.Font, round, i)
				}
			}
		}
		keptStyles.Lock()
		kept := len(keptStyles.m)
		keptStyles.Unlock()
		if kept != 1 {
			t.Errorf("font %v: %d styles parts kept, want 1", o.Font, kept)
		}
	}
}

// TestKeptReportStylesConcurrently writes report workbooks at once, as a
// run writes its programmes' reports, and wants each one's bytes to be
// those of a workbook whose styles are made afresh.
func TestKeptReportStylesConcurrently(t *testing.T) {
	m := reportModel(t, bundledReview(t))
	reportStylesOn = false
	var want bytes.Buffer
	err := Report(&want, m, ReportOptions{})
	reportStylesOn = true
	if err != nil {
		t.Fatal(err)
	}
	keptStyles.Lock()
	clear(keptStyles.m)
	keptStyles.Unlock()
	got := make([]bytes.Buffer, 8)
	errs := make(chan error, len(got))
	for i := range got {
		go func() { errs <- Report(&got[i], m, ReportOptions{}) }()
	}
	for range got {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i := range got {
		if !bytes.Equal(got[i].Bytes(), want.Bytes()) {
			t.Errorf("workbook %d differs from one with its styles made afresh", i)
		}
	}
}
