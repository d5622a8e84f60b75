package pdf

import (
	"fmt"
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

// A table drawn as Word draws it: borders as thin filled rectangles, in a
// content stream scaled by cm; a cell merged down two rows (no border
// between them) is one cell with RowSpan 2, and a Symbol-font bullet
// (U+F0B7) reads as "•", after an empty line's gap.
func TestReadFilledRectTable(t *testing.T) {
	var b strings.Builder
	b.WriteString("q 0.5 0 0 0.5 0 0 cm\n")
	// columns at x = 200, 400, 600 (×0.5 → 100, 200, 300); rows at y = 1400, 1350, 1300, 1250
	for _, y := range []int{1400, 1350, 1300, 1250} {
		x0 := 200
		if y == 1300 {
			// no border under the first column's cell: merged down
			x0 = 400
		}
		fmt.Fprintf(&b, "%d %d %d 1 re f\n", x0, y, 600-x0)
	}
	for _, x := range []int{200, 400, 600} {
		fmt.Fprintf(&b, "%d 1250 1 150 re f\n", x)
	}
	b.WriteString("Q\n")
	text := func(x, y float64, s string) { fmt.Fprintf(&b, "BT /F1 10 Tf 1 0 0 1 %g %g Tm (%s) Tj ET\n", x, y, s) }
	text(105, 690, "TT")
	text(205, 690, "Noi dung")
	text(105, 665, "01")
	text(205, 665, "Mot")
	text(205, 640, "Hai")
	fmt.Fprintf(&b, "BT /F3 10 Tf 1 0 0 1 100 600 Tm <0011> Tj ET\n")
	uni := strings.Replace(cmapVI, "1 beginbfrange", "1 beginbfchar <0011> <F0B7> endbfchar\n1 beginbfrange", 1)
	doc, _, err := Read("word.pdf", onePage(b.String(), uni))
	if err != nil {
		t.Fatal(err)
	}
	got := dump(doc)
	want := `format pdf
table 2 cols [page 1, line 1]
  row [page 1, line 1] │0 TT │1 Noi dung
  row [page 1, line 2] │0{1x2} 01 │1 Mot
  row [page 1, line 3] │1 Hai

¶ [page 1, line 4] •
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// A page shown rotated (/Rotate 90) is read as it is shown, its text
// horizontal; a word overprinted a hair to the side (faked bold) reads
// once, in bold.
func TestReadRotatedPageAndOverprint(t *testing.T) {
	content := `BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Kinh) Tj ET
BT /F1 12 Tf 0 1 -1 0 300 130 Tm (te) Tj ET
BT /F1 12 Tf 0 1 -1 0 300.3 130 Tm (te) Tj ET`
	data := onePage(content, cmapVI)
	data = []byte(strings.Replace(string(data), "/MediaBox [0 0 595 842]", "/MediaBox [0 0 595 842] /Rotate 90", 1))
	data = fixXref(data)
	doc, _, err := Read("rotated.pdf", data)
	if err != nil {
		t.Fatal(err)
	}
	if got := dump(doc); got != "format pdf\n¶ [page 1, line 1] Kinh *te*\n" {
		t.Errorf("got\n%s", got)
	}
}

// Wrapped lines join their paragraph when the line before was full (the
// next word would not have fitted on it) and they start at the margin, or
// further right than the first line (a hanging indent); a line after a
// short one, or a first-line indent, starts a new paragraph.
func TestReadJoinsWrappedLines(t *testing.T) {
	var b strings.Builder
	y := 700
	line := func(x int, s string) {
		fmt.Fprintf(&b, "BT /F1 12 Tf 1 0 0 1 %d %d Tm (%s) Tj ET\n", x, y, s)
		y -= 14
	}
	line(100, "Aaaa bbbb cccc dddd eeee")
	line(100, "ffff gggg")
	line(130, "hhhh iiii jjjj kkkk")
	line(100, "llll")
	line(100, "- mmmm nnnn oooo pppp qq")
	line(112, "rrrr")
	doc, _, err := Read("wrap.pdf", onePage(b.String(), cmapVI))
	if err != nil {
		t.Fatal(err)
	}
	want := "format pdf\n¶ [page 1, line 1] Aaaa bbbb cccc dddd eeee ffff gggg\n¶ [page 1, line 3] hhhh iiii jjjj kkkk llll\n¶ [page 1, line 5] - mmmm nnnn oooo pppp qq rrrr\n"
	if got := dump(doc); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
