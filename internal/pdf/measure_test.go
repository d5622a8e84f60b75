package pdf

import (
	"strings"
	"testing"
	"time"

	"baocao/internal/program"
)

// TestMeasurerAgreesWithFpdf: the layout measures with the fonts' own
// metrics and must get fpdf's answer for every character of every face and
// break lines where SplitText breaks them, or the drawn text would not be
// the measured text.
func TestMeasurerAgreesWithFpdf(t *testing.T) {
	d, err := newDocument(DefaultPage(false), DefaultFonts(), docInfo{Title: "widths", Date: program.NewDate(2021, time.June, 30)})
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat(vietnamese+" ", 3) + "Sơ kết Chương trình hành động số 47-CTr/TU, ngày 21-02-2019 của Tỉnh ủy"
	f := d.paint()
	family := strings.ReplaceAll(d.fonts.Family, " ", "")
	for _, fc := range d.fonts.faces() {
		f.AddUTF8FontFromBytes(family, fc.style, fc.data)
		f.SetFont(family, fc.style, 13)
		d.m.setFont(fc.style, 13)
		for r := rune(1); r < 0xFFFF; r++ {
			if r >= 0xD800 && r < 0xE000 {
				continue // not a character
			}
			s := string(r)
			if got, want := d.m.symbolWidth(s), f.GetStringSymbolWidth(s); got != want {
				t.Fatalf("%s face: width of %U = %d, fpdf %d", fc.name, r, got, want)
			}
		}
		if got, want := d.m.width(text), f.GetStringWidth(text); got != want {
			t.Errorf("%s face: width %v, fpdf %v", fc.name, got, want)
		}
		for _, margin := range []float64{0, 1.5} {
			f.SetCellMargin(margin)
			d.m.margin = margin
			for _, w := range []float64{8, 31.7, 60, 155} {
				got, want := d.m.splitText(text, w), f.SplitText(text, w)
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Errorf("%s face, margin %v, width %v: lines\n%q\nfpdf\n%q", fc.name, margin, w, got, want)
				}
			}
		}
	}
}
