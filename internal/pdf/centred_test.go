package pdf

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// wordTops maps each word printed in a PDF to the tops (pt from its page's
// top) of its occurrences, in reading order, from pdftotext's word boxes.
func wordTops(t *testing.T, path string) map[string][]float64 {
	t.Helper()
	word := regexp.MustCompile(`<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>`)
	tops := map[string][]float64{}
	for _, m := range word.FindAllStringSubmatch(run(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-"), -1) {
		y, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			t.Fatal(err)
		}
		tops[m[2]] = append(tops[m[2]], y)
	}
	return tops
}

// TestCentredLinesEndWithParagraphGap: the chart's italic caption sat a
// bare line above the next heading; a run of centred lines ends with the
// paragraph gap, while its own lines stay a line apart.
func TestCentredLinesEndWithParagraphGap(t *testing.T) {
	needTool(t, "pdftotext")
	o := handOptions()
	var b strings.Builder
	if err := reportOf(&b, sampleReview(t), o); err != nil {
		t.Fatal(err)
	}
	tops := wordTops(t, writeTemp(t, "bao-cao.pdf", []byte(b.String())))
	pt := func(mm float64) float64 { return mm / PointsToMM(1) }
	pg := DefaultPage(false) // the report's default body page
	line, gap := pt(pg.LineHeight), pt(pg.ParagraphGap)
	one := func(word string) float64 {
		t.Helper()
		if len(tops[word]) == 0 {
			t.Fatalf("no word %q in the report", word)
		}
		return tops[word][0]
	}
	// "Biểu đồ: …" then "2. Theo lĩnh vực" (both 14 pt).
	if d := one("Theo") - one("Biểu"); d < line+gap-0.5 || d > line+gap+0.5 {
		t.Errorf("caption to heading: %.1f pt, want a line and the paragraph gap, %.1f pt", d, line+gap)
	}
	// The appendix's "PHỤ LỤC" and its title are one centred run.
	if d := one("TÌNH") - one("LỤC"); d < line-0.5 || d > line+0.5 {
		t.Errorf("PHỤ LỤC to its title: %.1f pt, want one line, %.1f pt", d, line)
	}
}

// TestCentredRunStaysTogether: a run of centred lines (PHỤ LỤC and its
// title) that reaches the foot of a page goes overleaf whole, instead of
// leaving its first line alone at the bottom; one that fits stays.
func TestCentredRunStaysTogether(t *testing.T) {
	run := []block{
		{kind: blockCentreBold, text: "PHỤ LỤC"},
		{kind: blockCentreBold, text: "TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ"},
		{kind: blockCentreItalic, text: "(Kèm theo Báo cáo số -BC/TU)"},
	}
	for room := 1; room <= 4; room++ {
		d := titleDoc(t, "", 14)
		pg := d.page
		// Leave room lines (and a little) below the cursor.
		d.moveTo(pg.MarginLeft, d.bottom()-float64(room)*pg.LineHeight-0.5)
		d.blocks(run)
		pages := map[string]int32{}
		d.boxes.each(func(b *box) {
			if b.kind == boxCell {
				pages[b.text] = b.page
			}
		})
		if len(pages) != 3 {
			t.Fatalf("room for %d lines: %d lines printed, want 3: %v", room, len(pages), pages)
		}
		want := int32(2)
		if room >= 3 {
			want = 1
		}
		for text, p := range pages {
			if p != want {
				t.Errorf("room for %d lines: %q on page %d, want page %d", room, text, p, want)
			}
		}
	}
}
