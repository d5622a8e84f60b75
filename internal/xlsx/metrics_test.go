package xlsx

import (
	"math"
	"testing"
)

func TestSerifMetrics(t *testing.T) {
	m, err := serifRegular()
	if err != nil {
		t.Fatal(err)
	}
	// Times New Roman (and so Liberation Serif) advances in 2048 units per em.
	for _, c := range []struct {
		r    rune
		want uint16
	}{{'0', 1024}, {' ', 512}, {'M', 1821}, {'i', 569}} {
		if got := m.advance(c.r); got != c.want {
			t.Errorf("advance(%q) = %d, want %d", c.r, got, c.want)
		}
	}
	// Vietnamese letters measure like their base letters or wider, never as .notdef.
	for _, r := range "ĐđƯưƠơẮặỸỹ" {
		if m.advance(r) == m.Missing() && m.Glyph(r) == 0 {
			t.Errorf("%q has no glyph", r)
		}
	}
	if w := m.width("00", 12); math.Abs(w-12) > 1e-9 {
		t.Errorf("width(00, 12pt) = %v, want 12", w)
	}
}

func TestCountLines(t *testing.T) {
	m, err := serifRegular()
	if err != nil {
		t.Fatal(err)
	}
	digit := m.width("0", 12) // 6 pt
	cases := []struct {
		text  string
		width float64
		want  int
	}{
		{"", 100, 1},
		{"00 00", 4*digit + 3, 1}, // a space is 512 units: 3 pt
		{"00 00", 4*digit + 2.99, 2},
		{"00\n00", 100, 2},
		{"0000000000", 4 * digit, 3}, // a word wider than the cell breaks at characters
		{"00 0000000000", 4 * digit, 4},
		{"Ban cán sự đảng Ủy ban nhân dân tỉnh", 1000, 1},
		// A line may break after a hyphen inside a word, keeping the hyphen.
		{"00-00", 4*digit + m.width("-", 12), 1},
		{"00-00", 3 * digit, 2},
		{"00 00-00 00", 4*digit + 3 + m.width("-", 12), 2}, // "00 00-" then "00 00"; 3 without the hyphen break
		{"-00 00", 2*digit + m.width("-", 12), 2},          // a leading minus is no break
		{"00- 00", 2*digit + m.width("-", 12), 2},
	}
	for _, c := range cases {
		if got := m.countLines(c.text, 12, c.width); got != c.want {
			t.Errorf("countLines(%q, %v) = %d, want %d", c.text, c.width, got, c.want)
		}
	}
	if h := m.rowHeight(string(make([]byte, 0)), 12, 100); h != m.lineHeightAt(12) {
		t.Errorf("one line = %v, want %v", h, m.lineHeightAt(12))
	}
	long := ""
	for i := 0; i < 200; i++ {
		long += "0000 "
	}
	if h := m.rowHeight(long, 12, 30); h != maxRowHeight {
		t.Errorf("very long text height = %v, want capped at %v", h, maxRowHeight)
	}
}

// Column widths are in digits of the Normal font: 8 px at 12 pt in Excel and
// LibreOffice alike; Excel keeps 5 px of each column for padding and grid.
func TestTextWidth(t *testing.T) {
	for _, c := range []struct{ size, px float64 }{{12, 8}, {11, 7}, {13, 8}, {14, 9}, {1, 1}} {
		if got := digitPixels(c.size); got != c.px {
			t.Errorf("digitPixels(%v) = %v, want %v", c.size, got, c.px)
		}
	}
	want := (62*8 - 5) * 0.75 * widthSafety
	if got := textWidth(12, 62); math.Abs(got-want) > 1e-9 {
		t.Errorf("textWidth(12, 62) = %v, want %v", got, want)
	}
	if got := textWidth(12, 30, 32); math.Abs(got-want) > 1e-9 {
		t.Errorf("a span measures as one column: textWidth(12, 30, 32) = %v, want %v", got, want)
	}
	if got := textWidth(12, 0.1); math.Abs(got-8*0.75*widthSafety) > 1e-9 {
		t.Errorf("a hair-thin column = %v, want one digit", got)
	}
}
