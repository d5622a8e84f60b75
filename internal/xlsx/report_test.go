package xlsx

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/golden"
	"baocao/internal/progress"
	"baocao/internal/report"
)

func reportBytes(t testing.TB, r *progress.Review, o ReportOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Report(&buf, reportModel(t, r), o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// reportModel builds the report's model of r with the built-in wording and
// the spec's example header and signature.
func reportModel(t testing.TB, r *progress.Review) *report.Report {
	t.Helper()
	m, err := report.Build(r, report.Options{
		Header:     report.HeaderFields{ParentIssuer: "ĐẢNG BỘ TỈNH KIÊN GIANG", Issuer: "TỈNH ỦY", Number: "15-BC/TU", Place: "Rạch Giá"},
		Signer:     report.SignerFields{Body: "Ban Thường vụ Tỉnh ủy", Authority: "T/M BAN THƯỜNG VỤ", Position: "BÍ THƯ", Name: "Đỗ Thanh Bình"},
		Recipients: []string{"Ban Thường vụ Tỉnh ủy", "Các ban của Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestReportGolden(t *testing.T) {
	data := reportBytes(t, testReview(), ReportOptions{})
	golden.Check(t, "report.golden", []byte(dumpWorkbook(t, data, "Times New Roman")))
}

func TestReportRepeatable(t *testing.T) {
	a := reportBytes(t, testReview(), ReportOptions{})
	for i := 0; i < 5; i++ {
		if b := reportBytes(t, testReview(), ReportOptions{}); !bytes.Equal(a, b) {
			t.Fatalf("run %d gave different bytes from run 1 on the same review", i+2)
		}
	}
}

// TestReportFormulasMatchCache recalculates every formula of the summary
// with excelize and compares it with the cached value we stored, and the
// totals with the review's own tallies: the formulas, the cache and
// progress's counting must all agree.
func TestReportFormulasMatchCache(t *testing.T) {
	r := testReview()
	f, err := excelize.OpenReader(bytes.NewReader(reportBytes(t, r, ReportOptions{})))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetSummary, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	formulas := 0
	for i, row := range rows {
		for j, cached := range row {
			cell := ref(j+1, i+1)
			formula, _ := f.GetCellFormula(SheetSummary, cell)
			if formula == "" {
				continue
			}
			formulas++
			got, err := f.CalcCellValue(SheetSummary, cell, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatalf("%s!%s =%s: %v", SheetSummary, cell, formula, err)
			}
			g, _ := strconv.ParseFloat(got, 64)
			c, err := strconv.ParseFloat(cached, 64)
			if err != nil || abs(g-c) > 1e-9 {
				t.Errorf("%s!%s =%s: calculated %s, cached %q", SheetSummary, cell, formula, got, cached)
			}
		}
	}
	if formulas == 0 {
		t.Fatal("the summary has no formulas")
	}
	// The first block's total row (per area) against the review's tally.
	for i, row := range rows {
		if len(row) > 1 && row[0] == "Tổng cộng" {
			if row[1] != strconv.Itoa(r.Total.Total) {
				t.Errorf("row %d total = %s, want %d", i+1, row[1], r.Total.Total)
			}
			for si, s := range progress.Statuses {
				if row[2+si] != strconv.Itoa(r.Total.Count(s)) {
					t.Errorf("row %d %s = %s, want %d", i+1, s, row[2+si], r.Total.Count(s))
				}
			}
		}
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func TestReportLibreOffice(t *testing.T) {
	t.Parallel()
	convertWithLibreOffice(t, "bao-cao", reportBytes(t, testReview(), ReportOptions{}))
}
