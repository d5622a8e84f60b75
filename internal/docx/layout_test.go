package docx

import (
	"strings"
	"testing"

	"baocao/internal/report"
)

// TestMissingTexts: the PDF text matcher finds a cell whose lines
// pdftotext interleaved with its neighbour's and a paragraph broken at a
// hyphen, and misses what is not there or is scattered far apart.
func TestMissingTexts(t *testing.T) {
	pdf := "Đề án phát triển các sản Ban cán sự đảng phẩm ngành nghề truyền Ủy ban nhân dân tỉnh thống gắn với du lịch " +
		"giai đoạn 2021-2025 và những năm tiếp theo kinh tế-\nxã hội"
	got := missingTexts(pdf, []modelText{
		{"cell", "Đề án phát triển các sản phẩm ngành nghề truyền thống gắn với du lịch"},
		{"cell", "Ban cán sự đảng Ủy ban nhân dân tỉnh"},
		{"block", "những năm tiếp theo kinh tế-xã hội"},
		{"block", "Đề án phát triển các sản phẩm"}, // a paragraph must be whole
		{"cell", "Sắp đến hạn"},
	})
	var names []string
	for _, m := range got {
		names = append(names, m.text)
	}
	if strings.Join(names, "|") != "Đề án phát triển các sản phẩm|Sắp đến hạn" {
		t.Errorf("missing = %q", names)
	}
}

// TestColumnWidths: the widths fill the text width exactly; TT and
// figures keep their words whole; running text gets the most room; a
// figure column with a long heading turns it.
func TestColumnWidths(t *testing.T) {
	r := sample()
	o := Options{}.withDefaults()
	for _, b := range append(append([]report.Block{}, r.Body...), r.Appendix...) {
		if b.Table == nil {
			continue
		}
		for _, landscape := range []bool{false, true} {
			width := o.textWidth(landscape)
			l := columnWidths(b.Table, width, o)
			sum := 0
			for i, w := range l.widths {
				sum += w
				if w < twips(6) {
					t.Errorf("%s column %q is %d twips wide", b.Table.Name, b.Table.Columns[i].Heading, w)
				}
			}
			if sum != width {
				t.Errorf("%s: widths add up to %d, want %d", b.Table.Name, sum, width)
			}
			widest := 0
			for i, w := range l.widths {
				if w > l.widths[widest] {
					widest = i
				}
			}
			if a := b.Table.Columns[widest].Align; a != report.Justify && a != report.Left {
				t.Errorf("%s: the widest column is %q", b.Table.Name, b.Table.Columns[widest].Heading)
			}
		}
	}
	areas := r.Body[9].Table
	l := columnWidths(areas, o.textWidth(false), o)
	if !l.vertical[3] || l.vertical[2] || l.headH == 0 {
		t.Errorf("areas: vertical headings %v (want the status columns turned, Tổng số not), header height %d", l.vertical, l.headH)
	}
}

// TestBalance: a trích yếu too long for one line breaks into two lines of
// about equal length, the first not shorter, before a word that opens a
// phrase rather than inside "hành động"; a short one stays whole.
func TestBalance(t *testing.T) {
	s := "tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý III-2021"
	got := balance(s, twips(140), 14.7)
	lines := strings.Split(got, "\n")
	if len(lines) != 2 || strings.ReplaceAll(got, "\n", " ") != s {
		t.Fatalf("balance = %q", got)
	}
	a, b := textTw(lines[0], 14.7), textTw(lines[1], 14.7)
	if a < b || a-b > textTw("Chương trình hành động", 14.7) {
		t.Errorf("lines %q (%d) and %q (%d) are not balanced", lines[0], a, lines[1], b)
	}
	if !strings.HasPrefix(lines[1], "số ") {
		t.Errorf("the break is not before the number: %q / %q", lines[0], lines[1])
	}
	if got := balance("tiến độ quý III-2021", twips(140), 14.7); got != "tiến độ quý III-2021" {
		t.Errorf("a short title was broken: %q", got)
	}
}
