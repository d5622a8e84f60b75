package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"baocao/internal/golden"
)

// The bundled programme, parsed: the annex, report and every agency's form.

func TestSeedAnnex(t *testing.T) {
	p := bundledProgramme(t)
	data := annexBytes(t, p, AnnexOptions{})
	dump := dumpWorkbook(t, data, "Times New Roman")
	golden.Check(t, "annex-seed.golden", []byte(dump))
	// Every annex cell's text is in the workbook exactly (NFC as parsed).
	for _, r := range p.Annex.Rows {
		for _, s := range []string{r.TT, r.AgencyText, r.Title, r.Deadline.Text} {
			if !strings.Contains(dump, strconv.Quote(s)) {
				t.Errorf("row %s: %q is missing from the workbook", r.TT, s)
			}
		}
	}
}

func TestSeedReport(t *testing.T) {
	golden.Check(t, "report-seed.golden", []byte(dumpWorkbook(t, reportBytes(t, bundledReview(t), ReportOptions{}), "Times New Roman")))
}

// Every agency's untouched form reads back without a problem.
func TestSeedForms(t *testing.T) {
	r := bundledReview(t)
	agencies := FormAgencies(r)
	if len(agencies) == 0 {
		t.Fatal("no agencies")
	}
	for _, a := range agencies {
		_, diags := ReadForm(a.Key+".xlsx", formBytes(t, r, a.Key), r.Programme, r.Quarter)
		if len(diags) != 0 {
			t.Errorf("%s: %s", a.Name, diagList(diags))
		}
	}
}

func TestSeedLibreOffice(t *testing.T) {
	t.Parallel()
	r := bundledReview(t)
	convertWithLibreOffice(t, "seed-danh-muc", annexBytes(t, r.Programme, AnnexOptions{}))
	convertWithLibreOffice(t, "seed-bao-cao", reportBytes(t, r, ReportOptions{}))
	a := FormAgencies(r)[0]
	convertWithLibreOffice(t, "seed-phieu", formBytes(t, r, a.Key))
}
