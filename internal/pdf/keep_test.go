package pdf

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	"baocao/internal/program"
	"baocao/internal/report"
)

// headingLine is how the report's headings begin ("II- CÁC PHẦN VIỆC…",
// "2. Theo lĩnh vực").
var headingLine = regexp.MustCompile(`^([IVX]+-|[0-9]+\.) `)

// pageLines is the non-empty lines of page n as pdftotext prints them, the
// page number (the first line) left out.
func pageLines(t *testing.T, path string, n int) []string {
	t.Helper()
	var lines []string
	for _, l := range strings.Split(pageText(t, path, n), "\n") {
		if l = strings.TrimSpace(strings.Trim(l, "\f")); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) > 0 && regexp.MustCompile(`^[0-9]+$`).MatchString(lines[0]) {
		lines = lines[1:]
	}
	return lines
}

// TestSeedReportKeepsHeadingsAndLeadsWithWhatFollows: page 3 ended with
// "II- CÁC PHẦN VIỆC QUÁ HẠN…" and its "…, cụ thể:" while the table they
// introduce began on page 4. No page may end with a heading, nor with a
// paragraph ending in ':' when the next page starts with its table.
func TestSeedReportKeepsHeadingsAndLeadsWithWhatFollows(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "pdfinfo")
	var b bytes.Buffer
	if err := reportOf(&b, sampleReview(t), handOptions()); err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, "bao-cao.pdf", b.Bytes())
	n := pageCount(t, path)
	pages := make([][]string, n+1)
	for p := 1; p <= n; p++ {
		pages[p] = pageLines(t, path, p)
	}
	checked := 0
	for p := 1; p < n; p++ {
		if len(pages[p]) == 0 || len(pages[p+1]) == 0 {
			continue
		}
		last, next := pages[p][len(pages[p])-1], pages[p+1][0]
		if headingLine.MatchString(last) {
			t.Errorf("page %d ends with the heading %q; page %d goes on with %q", p, last, p+1, next)
		}
		if strings.HasSuffix(last, ":") && strings.HasPrefix(next, "TT ") {
			t.Errorf("page %d ends with %q and its table starts page %d (%q)", p, last, p+1, next)
		}
		checked++
	}
	if checked < 3 {
		t.Fatalf("only %d page breaks checked in a %d-page report", checked, n)
	}
}

// keepCase lays out blocks (a table named "t" is hand-built) after moving
// the cursor so that room millimetres are left on the first page, and
// returns each page's lines.
func keepCase(t *testing.T, bs []block, room float64) [][]string {
	t.Helper()
	pg := DefaultPage(false)
	d, err := newDocument(pg, DefaultFonts(), docInfo{Title: "keep", Date: program.NewDate(2021, time.June, 30)})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.section(pg); err != nil {
		t.Fatal(err)
	}
	d.setFont("", pg.BodySize)
	d.place(piece{boxes: []box{d.measureCell(pg.MarginLeft, 0, pg.textWidth(), pg.LineHeight, "Phần đầu trang", "L")}, h: pg.LineHeight})
	d.moveTo(pg.MarginLeft, d.bottom()-room)
	table := &report.Table{Name: "t",
		Columns: []report.Column{{Heading: "TT", Align: report.Centre}, {Heading: "Phần việc", Align: report.Justify}, {Heading: "Số ngày quá hạn", Align: report.Centre}},
		Rows:    []report.Row{{Cells: []string{"1", "Kế hoạch chỉ đạo thực hiện các giải pháp phòng ngừa tham nhũng, lãng phí", "30"}}, {Cells: []string{"2", "Đề án", "5"}}}}
	for i := range bs {
		if bs[i].kind == blockTable {
			bs[i].table = table
		}
	}
	d.blocks(bs)
	var b bytes.Buffer
	if err := d.output(&b); err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, "keep.pdf", b.Bytes())
	var pages [][]string
	for p := 1; p <= pageCount(t, path); p++ {
		pages = append(pages, pageLines(t, path, p))
	}
	return pages
}

// TestKeepWithNextMovesHeadingAndLeadToTheTable forces the seed's case: the
// heading and the paragraph that introduces a table fit at the foot of the
// page, the table's header and first row do not. Both move to the next
// page; with room for them all, nothing moves.
func TestKeepWithNextMovesHeadingAndLeadToTheTable(t *testing.T) {
	needTool(t, "pdftotext")
	needTool(t, "pdfinfo")
	const heading, lead = "II- CÁC PHẦN VIỆC QUÁ HẠN", "Còn 01 phần việc quá hạn, cụ thể:"
	bs := []block{
		{kind: blockHeading, text: heading},
		{kind: blockParagraph, text: lead},
		{kind: blockTable, text: "t"},
		{kind: blockParagraph, text: "Đề nghị khẩn trương hoàn thành."},
	}
	pg := DefaultPage(false)
	text := 2*pg.LineHeight + 2*pg.ParagraphGap // heading and lead, one line each

	pages := keepCase(t, bs, text+pg.LineHeight) // room for text, not the table
	if len(pages) != 2 {
		t.Fatalf("%d pages, want 2: %q", len(pages), pages)
	}
	if got := strings.Join(pages[0], "\n"); got != "Phần đầu trang" {
		t.Errorf("page 1 holds %q, want only what was there", got)
	}
	if len(pages[1]) < 3 || pages[1][0] != heading || pages[1][1] != lead || !strings.HasPrefix(pages[1][2], "TT ") {
		t.Errorf("page 2 should start with the heading, the lead and the table header, got %q", pages[1])
	}

	pages = keepCase(t, bs, 80) // room for everything
	if len(pages) != 1 {
		t.Errorf("with room for all, %d pages: %q", len(pages), pages)
	}

	// Two headings in a row stay together with the paragraph.
	two := []block{
		{kind: blockHeading, text: "I- KẾT QUẢ THỰC HIỆN"},
		{kind: blockHeading, text: "1. Kết quả chung"},
		{kind: blockParagraph, text: "Chương trình đề ra 34 phần việc, nội dung đủ dài để chiếm hai dòng trên trang giấy khổ A4 đứng theo thể thức văn bản của Đảng."},
	}
	pages = keepCase(t, two, 3*pg.LineHeight+2*pg.ParagraphGap) // both headings and one line
	if len(pages) != 2 || len(pages[0]) != 1 || pages[1][0] != "I- KẾT QUẢ THỰC HIỆN" {
		t.Errorf("headings should move together with two lines of their paragraph, got %q", pages)
	}
}
