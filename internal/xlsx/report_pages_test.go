package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/report"
)

// TestReportTextPages prints the Báo cáo sheet's pages as the breaks we
// insert set them: no page is taller than a page's body, no table heading
// or section heading ends a page, and a table that runs on to the next
// page starts it with its heading again.
func TestReportTextPages(t *testing.T) {
	// Many headings of short sections: one falls at a page's foot.
	sections := reportModel(t, testReview())
	for k := range 40 {
		sections.Body = append(sections.Body,
			report.Block{Kind: report.Heading, Text: fmt.Sprintf("%d. Mục thứ %d", k+1, k+1), Source: "office"},
			report.Block{Kind: report.Paragraph, Text: strings.Repeat("Các cơ quan đã tích cực triển khai. ", 1+k%7), Source: "office"})
	}
	for name, m := range map[string]*report.Report{
		"test": reportModel(t, testReview()), "bundled": reportModel(t, bundledReview(t)), "sections": sections,
	} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Report(&buf, m, ReportOptions{}); err != nil {
				t.Fatal(err)
			}
			data := buf.Bytes()
			breaks := textSheetBreaks(t, data)
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rows, err := f.GetRows(SheetText)
			if err != nil {
				t.Fatal(err)
			}
			tt := m.Tables[0].Columns[0].Heading
			cellA := func(row int) string {
				v, err := f.GetCellValue(SheetText, ref(1, row))
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			style := func(row int) *excelize.Style {
				id, err := f.GetCellStyle(SheetText, ref(1, row))
				if err != nil {
					t.Fatal(err)
				}
				st, err := f.GetStyle(id)
				if err != nil {
					t.Fatal(err)
				}
				return st
			}
			bordered := func(row int) bool { return len(style(row).Border) > 0 }
			heading := func(row int) bool {
				st := style(row)
				return len(st.Border) == 0 && st.Font != nil && st.Font.Bold && st.Alignment != nil && st.Alignment.Horizontal == "left"
			}
			page := pageBody(Margins{}, 12, textWidths)
			ends := append(breaks, len(rows))
			first, inTable := 1, 0
			for _, last := range ends {
				h := 0.0
				for row := first; row <= last; row++ {
					rh, err := f.GetRowHeight(SheetText, row)
					if err != nil {
						t.Fatal(err)
					}
					h += rh
				}
				if h > page && last > first {
					t.Errorf("rows %d-%d are %.1f pt high, more than a page's %.1f", first, last, h, page)
				}
				first = last + 1
			}
			for _, b := range breaks {
				if bordered(b) && cellA(b) == tt {
					t.Errorf("row %d, a table's heading, ends a page", b)
				}
				if heading(b) {
					t.Errorf("row %d, a heading, ends a page", b)
				}
				if bordered(b) && bordered(b+1) {
					inTable++
					if cellA(b+1) != tt {
						t.Errorf("row %d starts a page inside a table without its heading: %q", b+1, cellA(b+1))
					}
				}
			}
			if name == "bundled" && inTable == 0 {
				t.Errorf("no table of the bundled report runs over a page (breaks %v): the appendix should", breaks)
			}
		})
	}
}

var rowBreak = regexp.MustCompile(`<brk id="(\d+)"`)

// textSheetBreaks are the rows that end a page of the Báo cáo sheet (the
// first sheet), as the sheet's rowBreaks list them.
func textSheetBreaks(t *testing.T, data []byte) []int {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	xml, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, m := range rowBreak.FindAllSubmatch(xml, -1) {
		n, _ := strconv.Atoi(string(m[1]))
		out = append(out, n)
	}
	return out
}
