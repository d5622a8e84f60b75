package fontmetrics

import (
	"testing"

	"baocao/fonts"
)

// TestSerifMetrics: the embedded regular face's advances, in its 2048 units
// per em, and its width table for the PDF, in thousandths of an em.
func TestSerifMetrics(t *testing.T) {
	f, err := Parse(fonts.SerifRegular)
	if err != nil {
		t.Fatal(err)
	}
	if f.UnitsPerEm != 2048 {
		t.Fatalf("units per em %v, want 2048", f.UnitsPerEm)
	}
	cw, missing, err := f.PDFWidths()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		r       rune
		advance uint16
		pdf     uint16
	}{{'0', 1024, 500}, {' ', 512, 250}, {'M', 1821, 889}, {'i', 569, 278}} {
		if got := f.Advance(c.r); got != c.advance {
			t.Errorf("Advance(%q) = %d, want %d", c.r, got, c.advance)
		}
		if cw[c.r] != c.pdf {
			t.Errorf("PDFWidths[%q] = %d, want %d", c.r, cw[c.r], c.pdf)
		}
	}
	if missing == 0 {
		t.Error("no .notdef width")
	}
	if cw['ư'] == 0 || cw[0x0378] != 0 { // a Vietnamese letter has a width; an unassigned code point none
		t.Errorf("PDFWidths: ư %d, U+0378 %d", cw['ư'], cw[0x0378])
	}
}

// FuzzParse: a configured font file is user input, and the PDF and the
// workbook read its metrics; no bytes may panic.
func FuzzParse(f *testing.F) {
	f.Add(fonts.SerifRegular[:4096])
	f.Add(fonts.SerifBold)
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(data)
		if err != nil {
			return
		}
		m.Advance('A')
		m.Advance(0x1F600)
		m.Width("Việt Nam", 12)
		if m.CheckPDF() == nil {
			m.PDFWidths()
		}
	})
}
