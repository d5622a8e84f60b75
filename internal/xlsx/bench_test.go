package xlsx

import (
	"io"
	"testing"

	"baocao/internal/program"
	"baocao/internal/progress"
)

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

func BenchmarkAnnexWorkbook1000Rows(b *testing.B) { benchAnnex(b, generatedProgramme(b, 1000)) }

// BenchmarkAnnexWorkbook10000Rows: target under 600 ms and 250 MB allocated.
func BenchmarkAnnexWorkbook10000Rows(b *testing.B) { benchAnnex(b, generatedProgramme(b, 10000)) }

// scaledReview gives the items of a scaled programme statuses in turn.
func scaledReview(p *program.Programme) *progress.Review {
	r := &progress.Review{Programme: p, Quarter: program.Quarter{Year: 2021, Q: 2}, Date: program.NewDate(2021, 7, 5), DueSoonDays: 30}
	for i, it := range p.WorkItems {
		s := progress.Statuses[i%len(progress.Statuses)]
		is := progress.ItemStatus{Item: it, Status: s, Due: it.Deadline.Due}
		if s.Done() {
			is.Completed, is.Document = it.Deadline.Due, "Văn bản số "+it.ID+"-KH/TU"
		}
		if s == progress.OpenLate && it.Deadline.Due != nil {
			is.DaysOverdue = r.Date.DaysSince(*it.Deadline.Due)
		}
		r.Items = append(r.Items, is)
	}
	r.Total, r.ByArea, r.ByAgency, r.ByKind = tallies(r)
	return r
}

func BenchmarkReportWorkbook(b *testing.B) {
	m := reportModel(b, bundledReview(b))
	b.ReportAllocs()
	for b.Loop() {
		if err := Report(io.Discard, m, ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReportWorkbook10000Rows(b *testing.B) {
	m := reportModel(b, scaledReview(generatedProgramme(b, 10000)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Report(io.Discard, m, ReportOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkForms writes every agency's form for the bundled programme.
func BenchmarkForms(b *testing.B) {
	r := bundledReview(b)
	agencies := FormAgencies(r)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range agencies {
			if err := Form(io.Discard, r, a.Key, FormOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadForm reads one returned form of the bundled programme.
func BenchmarkReadForm(b *testing.B) {
	r := bundledReview(b)
	a := FormAgencies(r)[0]
	data := formBytes(b, r, a.Key)
	b.ReportAllocs()
	for b.Loop() {
		if _, diags := ReadForm("x.xlsx", data, r.Programme, r.Quarter); diags.HasErrors() {
			b.Fatal(diags.Err())
		}
	}
}
