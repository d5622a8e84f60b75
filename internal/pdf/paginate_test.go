package pdf

import (
	"fmt"
	"io"
	"strings"
	"testing"
)

// textsByPage lists the text of each page's cell and text boxes.
func textsByPage(d *document) map[int32][]string {
	out := map[int32][]string{}
	d.boxes.each(func(b *box) {
		if b.kind == boxCell || b.kind == boxText {
			out[b.page] = append(out[b.page], b.text)
		}
	})
	return out
}

// TestPaginatorKeepsTheTotalWithItsRow lays out tables that end at every
// height on the page: the total never stands alone under a repeated
// header, every page of the table starts with the header, and nothing
// lands below the bottom margin.
func TestPaginatorKeepsTheTotalWithItsRow(t *testing.T) {
	cols := []column{{"TT", "C"}, {"Lĩnh vực", "L"}, {"Tổng số", "C"}}
	moved := 0 // layouts where the last row went overleaf with the total
	for lead := 0; lead < 40; lead++ {
		d := titleDoc(t, "", 14)
		for range lead {
			d.paragraph("Một đoạn văn bản mở đầu đủ dài để chiếm đúng một dòng của trang.", "", true)
		}
		var rows [][]string
		for i := 1; i <= 12; i++ {
			rows = append(rows, []string{fmt.Sprint(i), fmt.Sprintf("Lĩnh vực thứ %d", i), fmt.Sprint(i)})
		}
		rows = append(rows, []string{"", "Tổng cộng", "78"})
		d.drawTable(d.layoutTable(cols, rows), true)

		pages := textsByPage(d)
		for p, texts := range pages {
			if indexOf(texts, "Tổng cộng") >= 0 && indexOf(texts, "Lĩnh vực thứ 12") < 0 {
				t.Errorf("%d lines before: page %d has the total without row 12: %q", lead, p, texts)
			}
			if p > 1 && indexOf(texts, "Tổng cộng") >= 0 {
				if indexOf(texts, "TT") < 0 {
					t.Errorf("%d lines before: page %d continues the table without its header", lead, p)
				}
				if indexOf(pages[p-1], "Lĩnh vực thứ 11") >= 0 {
					moved++
				}
			}
		}
		bottom := d.bottom() + 0.01
		d.boxes.each(func(b *box) {
			if (b.kind == boxCell || b.kind == boxRect) && b.y+b.h > bottom {
				t.Errorf("%d lines before: page %d: %q reaches %.2f, below %.2f", lead, b.page, b.text, b.y+b.h, bottom)
			}
		})
	}
	if moved == 0 {
		t.Error("no layout put row 12 overleaf with the total: the test checks too little")
	}
}

// indexOf is the index of s in list, -1 without.
func indexOf(list []string, s string) int {
	for i, l := range list {
		if l == s {
			return i
		}
	}
	return -1
}

// TestLaidOutBoxesStayInTheTextBlock: in the bundled annex and the sample
// report every cell and rectangle lies between the page's top and bottom
// margins, and every page after a section's first has its number.
func TestLaidOutBoxesStayInTheTextBlock(t *testing.T) {
	p := seedProgramme(t)
	r := sampleReview(t)
	for name, render := range map[string]func(io.Writer) error{
		"annex":  func(w io.Writer) error { return Annex(w, p, AnnexOptions{}) },
		"report": func(w io.Writer) error { return reportOf(w, r, handOptions()) },
	} {
		var boxes []box
		var first Page
		laidOut = func(d *document) { // the painter releases the boxes it draws
			first = d.first
			d.boxes.each(func(b *box) { boxes = append(boxes, *b) })
		}
		err := render(io.Discard)
		laidOut = nil
		if err != nil {
			t.Fatal(err)
		}
		pg := first
		numbered := 0
		for i := range boxes {
			b := &boxes[i]
			if b.kind == boxPage {
				if b.sect != nil {
					pg = *b.sect
				} else if b.text == "" {
					t.Errorf("%s: page %d has no number", name, b.page)
				} else {
					numbered++
				}
				continue
			}
			_, h := pg.sheet()
			if b.kind == boxCell || b.kind == boxRect {
				if b.y < pg.MarginTop-0.01 || b.y+b.h > h-pg.MarginBottom+0.01 {
					t.Errorf("%s: page %d: %q at %.2f-%.2f leaves the text block", name, b.page, strings.TrimSpace(b.text), b.y, b.y+b.h)
				}
			}
		}
		if numbered == 0 {
			t.Errorf("%s: no numbered page", name)
		}
	}
}

// TestCollapseSpaces: collapseSpaces is strings.Join(strings.Fields(s), " ").
func TestCollapseSpaces(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "Việt Nam", "số\u00a007", "a\u2003b", "quý II-2021\n", "Tỉnh  ủy"} {
		if got, want := collapseSpaces(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", s, got, want)
		}
	}
}
