package xlsx

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"

	"baocao/fonts"
)

// fontMetrics holds what row-height computation needs from a TrueType font:
// horizontal advances per character and the line height. Excel does not fit
// row heights itself, so we measure text with Liberation Serif, whose
// advances equal Times New Roman's by design (metric compatibility).
type fontMetrics struct {
	unitsPerEm float64
	lineHeight float64   // ascender - descender + lineGap, in font units
	low        []uint16  // advance per rune for runes below len(low) (Latin and Vietnamese)
	cmap       cmapTable // for the rest
	advances   []uint16  // per glyph
	missing    uint16    // advance of glyph 0 (.notdef)
}

// lowRunes covers Basic Latin through Latin Extended Additional (U+1EA0-U+1EF9 hold Vietnamese).
const lowRunes = 0x2000

// advance returns the advance width of r in font units.
func (m *fontMetrics) advance(r rune) uint16 {
	if r >= 0 && int(r) < len(m.low) {
		return m.low[r]
	}
	g := m.cmap.glyph(r)
	if g == 0 {
		return m.missing
	}
	if int(g) >= len(m.advances) {
		return m.advances[len(m.advances)-1] // glyphs past numberOfHMetrics share the last advance
	}
	return m.advances[g]
}

// width returns the width of s in points at the font size.
func (m *fontMetrics) width(s string, size float64) float64 {
	var units int
	for _, r := range s {
		units += int(m.advance(r))
	}
	return float64(units) * size / m.unitsPerEm
}

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

var errFont = errors.New("not a TrueType font with head, hhea, hmtx and cmap tables")

// parseFontMetrics reads the head, hhea, hmtx and cmap tables of a TrueType font.
func parseFontMetrics(data []byte) (*fontMetrics, error) {
	tables, err := fontTables(data)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || hmtx == nil || cmap == nil {
		return nil, errFont
	}
	m := &fontMetrics{unitsPerEm: float64(binary.BigEndian.Uint16(head[18:]))}
	if m.unitsPerEm == 0 {
		return nil, errFont
	}
	asc := int16(binary.BigEndian.Uint16(hhea[4:]))
	desc := int16(binary.BigEndian.Uint16(hhea[6:]))
	gap := int16(binary.BigEndian.Uint16(hhea[8:]))
	m.lineHeight = float64(int(asc) - int(desc) + int(gap))
	n := int(binary.BigEndian.Uint16(hhea[34:]))
	if n == 0 || len(hmtx) < 4*n {
		return nil, errFont
	}
	m.advances = make([]uint16, n)
	for i := range m.advances {
		m.advances[i] = binary.BigEndian.Uint16(hmtx[4*i:])
	}
	m.missing = m.advances[0]
	if m.cmap, err = parseCmap(cmap); err != nil {
		return nil, err
	}
	m.low = make([]uint16, lowRunes)
	for r := range m.low {
		g := m.cmap.glyph(rune(r))
		if int(g) >= n {
			g = uint16(n - 1) // glyphs past numberOfHMetrics share the last advance
		}
		m.low[r] = m.advances[g]
	}
	return m, nil
}

// fontTables maps table tags to their bytes.
func fontTables(data []byte) (map[string][]byte, error) {
	if len(data) < 12 {
		return nil, errFont
	}
	num := int(binary.BigEndian.Uint16(data[4:]))
	if len(data) < 12+16*num {
		return nil, errFont
	}
	tables := make(map[string][]byte, num)
	for i := 0; i < num; i++ {
		rec := data[12+16*i:]
		off := binary.BigEndian.Uint32(rec[8:])
		length := binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(data)) {
			return nil, fmt.Errorf("table %q out of bounds: %w", rec[:4], errFont)
		}
		tables[string(rec[:4])] = data[off : off+length]
	}
	return tables, nil
}
