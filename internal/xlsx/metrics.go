package xlsx

import (
	"sync"

	"baocao/fonts"
	"baocao/internal/fontmetrics"
)

// fontMetrics measures the text of a sheet: Excel does not fit row heights
// itself, so we measure with Liberation Serif, whose advances equal Times
// New Roman's by design (metric compatibility). The font is read by
// fontmetrics, which the PDF shares.
type fontMetrics struct {
	*fontmetrics.Font
	low []uint16 // the advances of the runes below lowRunes, read without a call
}

// lowRunes covers Basic Latin through Latin Extended Additional
// (U+1EA0-U+1EF9 hold Vietnamese): the runes a sheet's text is made of.
const lowRunes = 0x2000

// advance returns the advance width of r in font units.
func (m *fontMetrics) advance(r rune) uint16 {
	if uint(r) < uint(len(m.low)) {
		return m.low[r]
	}
	return m.Advance(r)
}

// width returns the width of s in points at the font size.
func (m *fontMetrics) width(s string, size float64) float64 { return m.Width(s, size) }

var (
	regularOnce, boldOnce       sync.Once
	regularMetrics, boldMetrics *fontMetrics
	regularErr, boldErr         error
)

// serifRegular returns the metrics of the embedded Liberation Serif Regular.
func serifRegular() (*fontMetrics, error) {
	regularOnce.Do(func() { regularMetrics, regularErr = parseFontMetrics(fonts.SerifRegular) })
	return regularMetrics, regularErr
}

// serifBold returns the metrics of the embedded Liberation Serif Bold.
func serifBold() (*fontMetrics, error) {
	boldOnce.Do(func() { boldMetrics, boldErr = parseFontMetrics(fonts.SerifBold) })
	return boldMetrics, boldErr
}

// parseFontMetrics reads a TrueType font's metrics.
func parseFontMetrics(data []byte) (*fontMetrics, error) {
	f, err := fontmetrics.Parse(data)
	if err != nil {
		return nil, err
	}
	m := &fontMetrics{Font: f, low: make([]uint16, lowRunes)}
	for r := range m.low {
		m.low[r] = f.Advance(rune(r))
	}
	return m, nil
}
