package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"baocao/internal/progress"
)

// TestReportTextPages prints the Báo cáo sheet's pages as the breaks we
// insert set them: no page is taller than a page's body, no table heading
// ends a page, and a table that runs on to the next page starts it with
// its heading again.
func TestReportTextPages(t *testing.T) {
	for name, r := range map[string]*progress.Review{"test": testReview(), "bundled": bundledReview(t)} {
		t.Run(name, func(t *testing.T) {
			data := reportBytes(t, r, ReportOptions{})
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
			tt := reportModel(t, r).Tables[0].Columns[0].Heading
			cellA := func(row int) string {
				v, err := f.GetCellValue(SheetText, ref(1, row))
				if err != nil {
					t.Fatal(err)
				}
				return v
			}
			bordered := func(row int) bool {
				id, err := f.GetCellStyle(SheetText, ref(1, row))
				if err != nil {
					t.Fatal(err)
				}
				st, err := f.GetStyle(id)
				if err != nil {
					t.Fatal(err)
				}
				return len(st.Border) > 0
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
