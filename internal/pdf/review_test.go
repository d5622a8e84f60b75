package pdf

import (
	"io"
	"testing"

	"baocao/internal/progress"
	"baocao/internal/report"
	"baocao/internal/report/reporttest"
)

// handReview is the hand-built review shared with the report model's tests
// (reporttest.HandReview): 12 items at 2021-06-30, done 4/12 = 33,3%.
func handReview() *progress.Review { return reporttest.HandReview() }

// reviewOptions are what a report from a review takes: the model's options
// (wording, header, signer) and the page's.
type reviewOptions struct {
	report.Options
	ReportOptions
}

// handOptions are the report options of the spec's example header.
func handOptions() reviewOptions {
	return reviewOptions{Options: report.Options{
		Header: report.HeaderFields{ParentIssuer: "ĐẢNG BỘ TỈNH KIÊN GIANG", Issuer: "TỈNH ỦY", Number: "15-BC/TU", Place: "Rạch Giá"},
		Signer: report.SignerFields{Body: "Ban Thường vụ Tỉnh ủy", Authority: "T/M BAN THƯỜNG VỤ", Position: "BÍ THƯ", Name: "Đỗ Thanh Bình"},
		Recipients: []string{"Ban Thường vụ Tỉnh ủy", "Các đồng chí Tỉnh ủy viên", "Các ban của Tỉnh ủy",
			"Các cơ quan được phân công chủ trì", "Lưu Văn phòng Tỉnh ủy"},
	}}
}

// reportOf builds the model of r and draws it, as the command line does.
func reportOf(w io.Writer, r *progress.Review, o reviewOptions) error {
	m, err := report.Build(r, o.Options)
	if err != nil {
		return err
	}
	return Report(w, m, o.ReportOptions)
}

// modelTables are the tables of r's report, by name.
func modelTables(t testing.TB, r *progress.Review, o reviewOptions) map[string]*report.Table {
	t.Helper()
	m, err := report.Build(r, o.Options)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]*report.Table{}
	for _, tb := range m.Tables {
		tables[tb.Name] = tb
	}
	return tables
}
