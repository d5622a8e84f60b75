package pdf

import (
	"strings"
	"testing"
)

const cmapVI = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
3 beginbfchar
<0001> <0065>
<0002> <0302>
<0003> <0301>
endbfchar
1 beginbfrange
<0010> <0012> <0074>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end end`

// Text from an Identity-H font through its ToUnicode CMap; a tone mark
// drawn as a glyph of its own is composed (NFC) with its letter; words
// drawn out of order and with a little baseline jitter make one line.
func TestReadComposesMarksAndOrdersGlyphs(t *testing.T) {
	// "tế" is t (0x10) e (1) ̂ (2) ́ (3): the marks have zero advance
	// here as LibreOffice positions them over the letter.
	content := `BT /F3 12 Tf 1 0 0 1 158 700.3 Tm <0010000100020003> Tj ET
BT /F1 12 Tf 1 0 0 1 100 700 Tm (Kinh) Tj ET
BT /F2 12 Tf 1 0 0 1 140 699.8 Tm (xa) Tj ET
BT /F1 12 Tf 1 0 0 1 290 40 Tm (- 2 -) Tj ET`
	doc, diags, err := Read("glyphs.pdf", onePage(content, cmapVI))
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) > 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	if len(doc.Blocks) != 1 || doc.Blocks[0].Para == nil {
		t.Fatalf("got %s, want one paragraph", dump(doc))
	}
	p := doc.Blocks[0].Para
	if got, want := runText(p.Runs), "Kinh *xa *tế"; got != want {
		t.Errorf("text %q, want %q (the page number footer dropped)", got, want)
	}
	if p.Pos.Where != "page 1, line 1" || p.Pos.Line != 1 {
		t.Errorf("position %+v", p.Pos)
	}
	if !strings.Contains(p.Text(), "tế") || strings.ContainsRune(p.Text(), '\u0301') {
		t.Errorf("marks not composed: %q", p.Text())
	}
}

// Bold and italic are read from the font names producers write.
func TestStyleFromFontNames(t *testing.T) {
	for name, want := range map[string][2]bool{
		"Times-Bold": {true, false}, "Arial-BoldMT": {true, false}, "Arial,Bold": {true, false},
		"TimesNewRomanPS-BoldItalicMT": {true, true}, "Helvetica-Oblique": {false, true},
		"LiberationSerif-Italic": {false, true}, "TimesNewRomanPSMT": {false, false}, "Helvetica": {false, false},
		"MinionPro-It": {false, true},
	} {
		var desc = zeroValue()
		b, i := styleOf(name, desc)
		if b != want[0] || i != want[1] {
			t.Errorf("%s: bold %v italic %v, want %v", name, b, i, want)
		}
	}
}

// A content stream cut inside a token ends; reading "<" or ">" or a
// backslash-CR at the end once looped forever.
func TestReadEndsOnContentCutInAToken(t *testing.T) {
	for _, tail := range []string{"<", ">", "(a\\\r", "<<", "[", "(", "/", "1 0 0 1 100 700 Tm"} {
		content := "BT /F1 12 Tf 1 0 0 1 100 700 Tm (Kinh) Tj " + tail
		doc, _, err := Read("cut.pdf", onePage(content, cmapVI))
		if err != nil {
			t.Errorf("%q: %v", tail, err)
			continue
		}
		if got := doc.Blocks[0].Para.Text(); got != "Kinh" {
			t.Errorf("%q: text %q", tail, got)
		}
	}
}
