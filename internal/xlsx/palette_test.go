package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"baocao/internal/palette"
	"baocao/internal/progress"
)

// TestReportChartUsesTheSharedPalette: the workbook's chart fills each
// status series with the PDF chart's fill (internal/palette), so the two
// read alike, on paper in black and white too.
func TestReportChartUsesTheSharedPalette(t *testing.T) {
	r := testReview()
	data := reportBytes(t, r, ReportOptions{})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var charts strings.Builder
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			charts.Write(b)
		}
	}
	if charts.Len() == 0 {
		t.Fatal("the report workbook has no chart")
	}
	for _, s := range progress.Statuses {
		if r.Total.Count(s) == 0 {
			continue
		}
		if want := `<a:srgbClr val="` + palette.Status(s).Hex() + `"`; !strings.Contains(charts.String(), want) {
			t.Errorf("status %s: the chart has no fill %s", s, want)
		}
	}
}

// TestReportChartTextAtTheDocumentSize: the chart's axes, legend and figures
// were 2 pt under the document size, 8,5 pt once the sheet was fitted to the
// page; every run of chart text is now 12 pt.
func TestReportChartTextAtTheDocumentSize(t *testing.T) {
	data := reportBytes(t, testReview(), ReportOptions{})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	sizes := regexp.MustCompile(`sz="(\d+)"`)
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/charts/chart") {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range sizes.FindAllStringSubmatch(string(b), -1) {
			if m[1] != "1200" {
				t.Errorf("%s: text at %s hundredths of a point, want 1200", zf.Name, m[1])
			}
		}
	}
}
