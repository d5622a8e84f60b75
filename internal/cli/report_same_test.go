package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/config"
	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/report"
	"baocao/internal/xlsx"
	"baocao/seeds"
)

// TestReportPDFAndWorkbookCarryTheSameWords renders the bundled programme's
// quarter as `baocao report` does, from one model, and reads both files
// back: every table the report shows (its headings and every cell, so every
// figure), every heading and paragraph, and every status label with items
// is in the PDF (pdftotext) and in the workbook (excelize), a table's row
// as one row of the workbook. The two used to word statuses, headings and
// titles each their own way.
func TestReportPDFAndWorkbookCarryTheSameWords(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed: the report PDF cannot be read back")
	}
	s, err := newStyle(config.Default())
	if err != nil {
		t.Fatal(err)
	}
	s.number = "15"
	rv := bundledReview(t)
	m, err := s.reportModel(rv, report.OfficeData{})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := s.reportDocs(rv, report.OfficeData{})
	if err != nil {
		t.Fatal(err)
	}
	pdfText, book := squeeze(pdfPages(t, docs[0].data)), workbookRows(t, docs[1].data)
	bookText := ""
	for _, r := range book {
		bookText += squeeze(strings.Join(r, " "))
	}

	checked := 0
	inBoth := func(what, s string) {
		t.Helper()
		checked++
		if !strings.Contains(pdfText, squeeze(s)) {
			t.Errorf("%s: the PDF lacks %q", what, s)
		}
		if !strings.Contains(bookText, squeeze(s)) {
			t.Errorf("%s: the workbook lacks %q", what, s)
		}
	}
	tables := 0
	for _, bs := range [][]report.Block{m.Body, m.Appendix} {
		for _, b := range bs {
			switch {
			case b.Table != nil && len(b.Table.Rows) > 0:
				tables++
				var heads []string
				for _, c := range b.Table.Columns {
					heads = append(heads, c.Heading)
				}
				inBoth("table "+b.Table.Name+" headings", strings.Join(heads, ""))
				if !hasRow(book, heads) {
					t.Errorf("table %s: no workbook row holds the headings %q", b.Table.Name, heads)
				}
				for _, r := range b.Table.Rows {
					inBoth("table "+b.Table.Name+" row", strings.Join(r.Cells, ""))
					if !hasRow(book, r.Cells) {
						t.Errorf("table %s: no workbook row holds %q", b.Table.Name, r.Cells)
					}
				}
			case b.Kind == report.Paragraph || b.Kind == report.Heading || b.Kind == report.CentreBold || b.Kind == report.CentreItalic:
				inBoth(b.Source, b.Text)
			}
		}
	}
	for _, st := range m.Data.Total.Statuses {
		inBoth("status", st.Label)
	}
	for _, w := range []string{m.Title, m.Subject, m.Header.Issuer, m.Header.PlaceDate, m.Header.Number, m.Signer.Authority, m.Signer.Name} {
		inBoth("header and signature", w)
	}
	if tables < 4 || checked < 80 {
		t.Fatalf("only %d tables and %d texts checked: the report lost its content", tables, checked)
	}
	// The summary's figures are the model's: its total row is the areas table's.
	areas := m.Tables[0]
	total := areas.Rows[len(areas.Rows)-1]
	if !total.Total || !hasRowStarting(book, append([]string{total.Cells[1], total.Cells[2]}, statusCounts(m)...)) {
		t.Errorf("the summary sheet has no total row %q with every status's count", total.Cells)
	}
}

// bundledReview is the bundled programme and its sample ledger at the end
// of 2021-Q2, as `baocao report --quarter 2021-Q2` computes it.
func bundledReview(t *testing.T) *progress.Review {
	t.Helper()
	p, _, err := parseProgramme(inputFile{name: bundledPrefix + seeds.Default, data: seedText(t), bundled: true})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := seeds.FS.ReadFile(ledgerName(seeds.Default))
	l, diags := progress.LoadLedger("sample", data, p)
	if diags.HasErrors() {
		t.Fatalf("sample ledger: %v", diags.Err())
	}
	q := program.Quarter{Year: 2021, Q: 2}
	return progress.BuildReview(p, l, q, q.Last(), progress.ReviewOptions{})
}

// statusCounts are the whole review's count of every status, in report
// order, as the summary's total row writes them.
func statusCounts(m *report.Report) []string {
	var out []string
	for _, s := range m.Data.Total.All {
		out = append(out, strconv.Itoa(s.Count))
	}
	return out
}

// squeeze drops every space, so a text matches across the PDF's line breaks.
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// pageNumber is a page's number line, which pdftotext prints first.
var pageNumber = regexp.MustCompile(`^\s*\d+\s*$`)

// pdfPages is the PDF's text in content order, page by page, without the
// page numbers (which would otherwise split a paragraph running over a page).
func pdfPages(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "bao-cao.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-raw", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for i, page := range strings.Split(string(out), "\f") {
		lines := strings.Split(strings.TrimLeft(page, "\n"), "\n")
		if i > 0 && len(lines) > 0 && pageNumber.MatchString(lines[0]) {
			lines = lines[1:]
		}
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
	return b.String()
}

// workbookRows is every row of every sheet, its non-empty cells in order.
func workbookRows(t *testing.T, data []byte) [][]string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if sheets := f.GetSheetList(); len(sheets) == 0 || sheets[0] != xlsx.SheetText {
		t.Fatalf("the workbook's sheets are %q; the report's text comes first", sheets)
	}
	var out [][]string
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			var cells []string
			for _, c := range r {
				if c != "" {
					cells = append(cells, c)
				}
			}
			out = append(out, cells)
		}
	}
	return out
}

// hasRow reports a workbook row whose non-empty cells are want's, in order.
func hasRow(rows [][]string, want []string) bool {
	var w []string
	for _, c := range want {
		if c != "" {
			w = append(w, c)
		}
	}
	for _, r := range rows {
		if strings.Join(r, "\x00") == strings.Join(w, "\x00") {
			return true
		}
	}
	return false
}

// hasRowStarting reports a workbook row whose first cells are want.
func hasRowStarting(rows [][]string, want []string) bool {
	for _, r := range rows {
		if len(r) >= len(want) && strings.Join(r[:len(want)], "\x00") == strings.Join(want, "\x00") {
			return true
		}
	}
	return false
}
