package pdf

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"baocao/internal/palette"
	"baocao/internal/progress"
)

// wordBox is one word pdftotext found, in points from its page's top left.
type wordBox struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

// wordBoxes lists every word of a PDF with its page and box, in reading order.
func wordBoxes(t *testing.T, path string) []wordBox {
	t.Helper()
	tag := regexp.MustCompile(`<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	var out []wordBox
	page := 0
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	for _, m := range tag.FindAllStringSubmatch(run(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-"), -1) {
		if m[0] == "<page " {
			page++
			continue
		}
		out = append(out, wordBox{page, num(m[1]), num(m[2]), num(m[3]), num(m[4]), m[5]})
	}
	return out
}

// TestAppendixLeavesTheHeadersRoomForTheNumber: with no number given, the
// header leaves blank room to write it by hand ("Số      -BC/TU"); the
// appendix's "(Kèm theo Báo cáo số -BC/TU …)" collapsed that room to one
// space, 1,2 mm. Both now leave the same room.
func TestAppendixLeavesTheHeadersRoomForTheNumber(t *testing.T) {
	needTool(t, "pdftotext")
	o := handOptions()
	o.Header.Number = "     -BC/TU" // config.ReportNumber without --number
	boxes := wordBoxes(t, writeTemp(t, "bao-cao.pdf", renderReport(t, o)))
	var rooms []float64
	for i := 1; i < len(boxes); i++ {
		prev, w := boxes[i-1], boxes[i]
		if strings.HasSuffix(w.text, "-BC/TU") || strings.HasSuffix(w.text, "-BC/TU,") {
			if !strings.EqualFold(prev.text, "số") || prev.page != w.page {
				t.Fatalf("page %d: %q follows %q, want it after \"Số\"", w.page, w.text, prev.text)
			}
			start := w.xMin
			if lead := strings.IndexFunc(w.text, func(r rune) bool { return r != '\u00a0' && r != ' ' }); lead > 0 {
				// pdftotext kept the no-break spaces in the word: measure from its text.
				start += (w.xMax - w.xMin) * float64(len([]rune(w.text[:lead]))) / float64(len([]rune(w.text)))
			}
			rooms = append(rooms, start-prev.xMax)
		}
	}
	if len(rooms) != 2 {
		t.Fatalf("found the blank number %d times, want the header's and the appendix's", len(rooms))
	}
	if rooms[0] < 5/PointsToMM(1) || math.Abs(rooms[0]-rooms[1]) > 1 {
		t.Errorf("room for the number: header %.1f mm, appendix %.1f mm; want the same, at least 5 mm",
			rooms[0]*PointsToMM(1), rooms[1]*PointsToMM(1))
	}
}

// TestAppendixInND30Order: an appendix reads "PHỤ LỤC", its title, then
// "(Kèm theo Báo cáo …)", which named the report before the title.
func TestAppendixInND30Order(t *testing.T) {
	needTool(t, "pdftotext")
	boxes := wordBoxes(t, writeTemp(t, "bao-cao.pdf", renderReport(t, handOptions())))
	top := map[string]wordBox{}
	for _, b := range boxes {
		if _, ok := top[b.text]; !ok && (b.text == "LỤC" || b.text == "TÌNH" || b.text == "(Kèm" || b.text == "(kèm") {
			top[b.text] = b
		}
	}
	lục, title, kèm := top["LỤC"], top["TÌNH"], top["(Kèm"]
	if kèm.text == "" {
		kèm = top["(kèm"]
	}
	if lục.page == 0 || lục.page != title.page || title.page != kèm.page || !(lục.yMin < title.yMin && title.yMin < kèm.yMin) {
		t.Errorf("appendix order: PHỤ LỤC %+v, title %+v, Kèm theo %+v; want them in that order on one page", lục, title, kèm)
	}
}

// TestPageNumbersCentredOnTheTextBlock: page numbers sat on the paper's
// centre line, 7,5 mm left of the text's with margins 30 and 15.
func TestPageNumbersCentredOnTheTextBlock(t *testing.T) {
	needTool(t, "pdftotext")
	path := writeTemp(t, "bao-cao.pdf", renderReport(t, handOptions()))
	boxes := wordBoxes(t, path)
	pg := DefaultPage(false)
	want := (pg.MarginLeft + pg.textWidth()/2) / PointsToMM(1)
	seen := 0
	for i, b := range boxes {
		if b.page == 2 && (i == 0 || boxes[i-1].page != 2) { // the page's first word: its number
			if b.text != "2" {
				t.Fatalf("page 2 starts with %q, want its number", b.text)
			}
			if c := (b.xMin + b.xMax) / 2; math.Abs(c-want) > 1 {
				t.Errorf("page number centred at %.1f pt, want the text block's centre %.1f pt", c, want)
			}
			seen++
		}
	}
	if seen != 1 {
		t.Fatalf("no page 2 in the report")
	}
}

// TestChartUsesTheSharedPalette: the PDF chart's fills are the palette's,
// the workbook's too; the old greens, blue and red printed as one grey.
func TestChartUsesTheSharedPalette(t *testing.T) {
	for _, landscape := range []bool{false, true} {
		cs := DefaultPage(landscape).StatusColors
		for _, s := range progress.Statuses {
			if got, want := palette.RGB(cs[s]), palette.Status(s); got != want {
				t.Errorf("status %s: PDF fill %v, palette %v", s, got, want)
			}
		}
	}
}
