package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/progress"
	"baocao/internal/report"
)

// TestReportWordsComeFromTheModel: the status labels, column headings,
// titles and the report's text are the model's, not the workbook's own: a
// word changed in the model is the word the workbook writes, and the
// office's own text (an ordinary body block) reaches the "Báo cáo" sheet.
func TestReportWordsComeFromTheModel(t *testing.T) {
	m := reportModel(t, testReview())
	for i := range m.Statuses {
		if m.Statuses[i].Code == progress.OpenLate {
			m.Statuses[i].Label = "Trễ hạn"
		}
	}
	m.Headings["col.id"] = "Số hiệu"
	m.Headings["col.sum"] = "Cộng"
	m.Workbook.StatusTitle, m.Workbook.ByKind = "TIÊU ĐỀ TRANG TÌNH TRẠNG", "Theo loại"
	m.Body = append(m.Body, report.Block{Kind: report.Heading, Text: "IV- ĐÁNH GIÁ CHUNG", Source: "office"},
		report.Block{Kind: report.Paragraph, Text: "Các cơ quan   đã tích cực\ntriển khai.", Source: "office"})
	var b bytes.Buffer
	if err := Report(&b, m, ReportOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, "|") != SheetText+"|"+SheetStatus+"|"+SheetSummary {
		t.Errorf("sheets %q", got)
	}
	cell := func(sheet, ref string) string {
		v, err := f.GetCellValue(sheet, ref)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	if cell(SheetStatus, "A1") != "TIÊU ĐỀ TRANG TÌNH TRẠNG" || cell(SheetStatus, "A3") != "Số hiệu" {
		t.Errorf("status sheet: title %q, first heading %q", cell(SheetStatus, "A1"), cell(SheetStatus, "A3"))
	}
	dvs, err := f.GetDataValidations(SheetStatus)
	if err != nil || len(dvs) != 1 || !strings.Contains(dvs[0].Formula1, "Trễ hạn") {
		t.Errorf("the drop-down does not offer the model's label: %+v, %v", dvs, err)
	}
	cfs, err := f.GetConditionalFormats(SheetStatus)
	found := false
	for _, list := range cfs {
		for _, c := range list {
			found = found || strings.Contains(c.Criteria, `"Trễ hạn"`)
		}
	}
	if err != nil || !found {
		t.Errorf("the overdue highlight does not match the model's label: %+v, %v", cfs, err)
	}
	rows := sheetText(t, f, SheetText)
	for _, want := range []string{"IV- ĐÁNH GIÁ CHUNG", paraIndent + "Các cơ quan đã tích cực triển khai.", m.Header.PlaceDate, m.Signer.Name, "- Lưu Văn phòng Tỉnh ủy."} {
		if !strings.Contains(rows, "\n"+want+"\n") {
			t.Errorf("the Báo cáo sheet lacks the cell %q", want)
		}
	}
	summary := sheetText(t, f, SheetSummary)
	for _, want := range []string{"Theo loại", "Cộng", "Trễ hạn"} {
		if !strings.Contains(summary, "\n"+want+"\n") {
			t.Errorf("the summary lacks the cell %q", want)
		}
	}
}

// sheetText is every non-empty cell of a sheet, one a line, with a line
// break before the first.
func sheetText(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	b.WriteString("\n")
	for _, r := range rows {
		for _, c := range r {
			if c != "" {
				b.WriteString(c + "\n")
			}
		}
	}
	return b.String()
}

// TestReportChartSeriesHaveEdges: every series of the summary's chart has
// a hairline edge, so the light grey of "Không hạn" shows on white paper
// in the bars and the legend; the series are the model's chart's statuses.
func TestReportChartSeriesHaveEdges(t *testing.T) {
	r := testReview()
	if r.Total.Count(progress.NoDeadline) == 0 {
		t.Fatal("the fixture has no item without deadline: nothing to check")
	}
	data := reportBytes(t, r, ReportOptions{})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	charts := 0
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/charts/chart") {
			continue
		}
		charts++
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		series := strings.Count(string(b), "<ser>")
		if edges := strings.Count(string(b), seriesEdge); series == 0 || edges != series {
			t.Errorf("%s: %d series, %d with an edge", zf.Name, series, edges)
		}
		if want := len(areaChart(reportModel(t, r)).Statuses); series != want {
			t.Errorf("%s: %d series, the model's chart has %d statuses", zf.Name, series, want)
		}
		if !strings.Contains(string(b), `<a:srgbClr val="EBEBEB"></a:srgbClr></a:solidFill>`+seriesEdge) {
			t.Errorf("%s: the light grey series has no edge", zf.Name)
		}
	}
	if charts != 1 {
		t.Errorf("%d charts, want 1", charts)
	}
}

// TestTableSpans: a table's columns cover the sheet's grid exactly, one
// after another; running text takes the spare columns.
func TestTableSpans(t *testing.T) {
	m := reportModel(t, testReview())
	mr, mb, err := serifMetrics()
	if err != nil {
		t.Fatal(err)
	}
	lines := (&textSheet{m: mr, mb: mb, size: 12, widths: textWidths}).lines
	for _, tb := range m.Tables {
		spans := tableSpans(tb, len(textWidths), lines)
		if len(spans) != len(tb.Columns) || spans[0] != [2]int{1, 1} || spans[len(spans)-1][1] != len(textWidths) {
			t.Errorf("table %s: spans %v", tb.Name, spans)
		}
		for i := 1; i < len(spans); i++ {
			if spans[i][0] != spans[i-1][1]+1 || spans[i][1] < spans[i][0] {
				t.Errorf("table %s: spans %v are not contiguous", tb.Name, spans)
			}
		}
	}
	items := m.Tables[5]
	spans := tableSpans(items, len(textWidths), lines)
	if w := spans[2][1] - spans[2][0] + 1; items.Name != "items" || w < 3 {
		t.Errorf("the items' titles take %d grid columns (%v)", w, spans)
	}
	one := &report.Table{Columns: []report.Column{{Heading: "A"}}}
	if got := tableSpans(one, 13, lines); len(got) != 1 || got[0] != [2]int{1, 13} {
		t.Errorf("one column: %v", got)
	}
	if got := tableSpans(&report.Table{}, 13, lines); got != nil {
		t.Errorf("no column: %v", got)
	}
	figures := &report.Table{Columns: []report.Column{{Heading: "TT"}, {Heading: "1", Align: report.Figure}, {Heading: "2", Align: report.Figure}}}
	if got := tableSpans(figures, 13, lines); got[2] != [2]int{3, 13} {
		t.Errorf("figures only: the last column should take the rest, got %v", got)
	}
}

// TestReportRefusesABrokenModel: no model, or a date that is not one, is
// an error and writes nothing.
func TestReportRefusesABrokenModel(t *testing.T) {
	var b bytes.Buffer
	if err := Report(&b, nil, ReportOptions{}); err == nil || b.Len() != 0 {
		t.Errorf("nil model: %v, %d bytes", err, b.Len())
	}
	m := reportModel(t, testReview())
	m.Info.Date = "30-6-2021"
	if err := Report(&b, m, ReportOptions{}); err == nil || b.Len() != 0 {
		t.Errorf("bad document date: %v, %d bytes", err, b.Len())
	}
	m = reportModel(t, testReview())
	m.Data.Items[0].Due = "31-2-2021"
	if err := Report(&b, m, ReportOptions{}); err == nil || !strings.Contains(err.Error(), m.Data.Items[0].ID) || b.Len() != 0 {
		t.Errorf("bad due date: %v, %d bytes", err, b.Len())
	}
	m = reportModel(t, testReview())
	m.Data.Items[0].Completed = "hôm qua"
	if err := Report(&b, m, ReportOptions{}); err == nil || b.Len() != 0 {
		t.Errorf("bad completion date: %v, %d bytes", err, b.Len())
	}
}

// TestReportTextSheetWidensForAWideTable: a table of more columns than the
// grid widens the sheet rather than losing a column.
func TestReportTextSheetWidensForAWideTable(t *testing.T) {
	m := reportModel(t, testReview())
	wide := &report.Table{Name: "wide"}
	row := report.Row{}
	for i := range 15 {
		wide.Columns = append(wide.Columns, report.Column{Heading: "Cột " + string(rune('A'+i)), Align: report.Figure})
		row.Cells = append(row.Cells, string(rune('a'+i)))
	}
	wide.Rows = []report.Row{row}
	m.Tables = append(m.Tables, wide)
	m.Body = append(m.Body, report.Block{Kind: report.TableBlock, Table: wide})
	var b bytes.Buffer
	if err := Report(&b, m, ReportOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	text := sheetText(t, f, SheetText)
	if !strings.Contains(text, "\nCột O\n") || !strings.Contains(text, "\no\n") {
		t.Error("the wide table's last column is missing")
	}
}

// TestSummaryCaptionNamesTheStatusSheet: the built-in caption tells the
// reader which sheet the formulas read; it must name this workbook's.
func TestSummaryCaptionNamesTheStatusSheet(t *testing.T) {
	if c := reportModel(t, testReview()).Workbook.SummaryCaption; !strings.Contains(c, "«"+SheetStatus+"»") {
		t.Errorf("the summary's caption %q does not name the sheet %q", c, SheetStatus)
	}
}
