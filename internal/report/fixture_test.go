package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/report/reporttest"
	"baocao/seeds"
)

// handReview is the hand-built review shared with the PDF's tests
// (reporttest.HandReview): 12 items at 2021-06-30, done 4/12 = 33,3%.
func handReview() *progress.Review { return reporttest.HandReview() }

// handOptions are the report options of the spec's example header.
func handOptions() Options {
	return Options{
		Header: HeaderFields{ParentIssuer: "ĐẢNG BỘ TỈNH KIÊN GIANG", Issuer: "TỈNH ỦY", Number: "15-BC/TU", Place: "Rạch Giá"},
		Signer: SignerFields{Body: "Ban Thường vụ Tỉnh ủy", Authority: "T/M BAN THƯỜNG VỤ", Position: "BÍ THƯ", Name: "Đỗ Thanh Bình"},
		Recipients: []string{"Ban Thường vụ Tỉnh ủy", "Các đồng chí Tỉnh ủy viên", "Các ban của Tỉnh ủy",
			"Các cơ quan được phân công chủ trì", "Lưu Văn phòng Tỉnh ủy"},
	}
}

// sampleReview is the bundled programme with its sample ledger at the end
// of 2021-Q2, as `baocao report --quarter 2021-Q2` computes it.
func sampleReview(t testing.TB) *progress.Review {
	t.Helper()
	data, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse("seeds/"+seeds.Default, data)
	if p == nil || diags.HasErrors() {
		t.Fatalf("bundled programme does not parse: %v", diags.Err())
	}
	name := filepath.Join("..", "..", "seeds", "07-CTr-TU-2021.progress.toml")
	ledger, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("no sample ledger: %v", err)
	}
	l, diags := progress.LoadLedger(name, ledger, p)
	if diags.HasErrors() {
		t.Fatalf("sample ledger: %v", diags.Err())
	}
	q := program.Quarter{Year: 2021, Q: 2}
	return progress.BuildReview(p, l, q, q.Last(), progress.ReviewOptions{})
}

// build is Build that fails the test on an error.
func build(t testing.TB, r *progress.Review, o Options) *Report {
	t.Helper()
	m, err := Build(r, o)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// allText is every word the report prints, in reading order, one block or
// table row a line: title, header, body, signature, appendix.
func allText(m *Report) string {
	var b strings.Builder
	line := func(s ...string) { b.WriteString(strings.Join(s, " ") + "\n") }
	line(m.Header.ParentIssuer, m.Header.Issuer, m.Header.Number, m.Header.Party, m.Header.PlaceDate)
	line(m.Title, m.Subject)
	blocks := func(bs []Block) {
		for _, bl := range bs {
			switch {
			case bl.Table != nil:
				var hs []string
				for _, c := range bl.Table.Columns {
					hs = append(hs, c.Heading)
				}
				line(hs...)
				for _, r := range bl.Table.Rows {
					line(r.Cells...)
				}
			case bl.Chart != nil:
				for _, br := range bl.Chart.Bars {
					line(br.Label)
				}
			default:
				line(bl.Text)
			}
		}
	}
	blocks(m.Body)
	line(m.Signer.Authority, m.Signer.Position, m.Signer.Name)
	line(m.Recipients...)
	blocks(m.Appendix)
	return b.String()
}
