package fontmetrics

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
)

// Font holds what text measurement needs from a TrueType font: horizontal
// advances per character and the line height. The workbook measures with it
// (Excel does not fit row heights itself), and the PDF lays out with it
// through PDFWidths, so neither needs fpdf or excelize to know how wide a
// line is.
type Font struct {
	UnitsPerEm float64
	LineHeight float64  // ascender - descender + lineGap, in font units
	low        []uint16 // advance per rune for runes below len(low) (Latin and Vietnamese), built on first use
	lowOnce    sync.Once
	cmap       cmapTable // for the rest
	advances   []uint16  // per glyph, numberOfHMetrics of them
	missing    uint16    // advance of glyph 0 (.notdef)
	numGlyphs  int       // maxp's count, 0 when the font has no maxp
	raw        []byte    // the cmap table, for PDFWidths
}

// lowRunes covers Basic Latin through Latin Extended Additional (U+1EA0-U+1EF9 hold Vietnamese).
const lowRunes = 0x2000

// Advance returns the advance width of r in font units; a character the font
// lacks measures as .notdef.
func (m *Font) Advance(r rune) uint16 {
	m.lowOnce.Do(m.buildLow)
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

// Glyph returns the glyph index of r, 0 (.notdef) when the font lacks it.
func (m *Font) Glyph(r rune) uint16 { return m.cmap.glyph(r) }

// Missing is the advance of .notdef, in font units.
func (m *Font) Missing() uint16 { return m.missing }

// Width returns the width of s in points at the font size.
func (m *Font) Width(s string, size float64) float64 {
	var units int
	for _, r := range s {
		units += int(m.Advance(r))
	}
	return float64(units) * size / m.UnitsPerEm
}

var errFont = errors.New("not a TrueType font with head, hhea, hmtx and cmap tables")

// Parse reads the head, hhea, hmtx, maxp and cmap tables of a TrueType font.
func Parse(data []byte) (*Font, error) {
	tables, err := fontTables(data)
	if err != nil {
		return nil, err
	}
	head, hhea, hmtx, cmap := tables["head"], tables["hhea"], tables["hmtx"], tables["cmap"]
	if len(head) < 54 || len(hhea) < 36 || hmtx == nil || cmap == nil {
		return nil, errFont
	}
	m := &Font{UnitsPerEm: float64(binary.BigEndian.Uint16(head[18:])), raw: cmap}
	if m.UnitsPerEm == 0 {
		return nil, errFont
	}
	if maxp := tables["maxp"]; len(maxp) >= 6 {
		m.numGlyphs = int(binary.BigEndian.Uint16(maxp[4:]))
	}
	asc := int16(binary.BigEndian.Uint16(hhea[4:]))
	desc := int16(binary.BigEndian.Uint16(hhea[6:]))
	gap := int16(binary.BigEndian.Uint16(hhea[8:]))
	m.LineHeight = float64(int(asc) - int(desc) + int(gap))
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
	return m, nil
}

// buildLow tabulates the advances of the runes below lowRunes, which a
// workbook measures over and over; the PDF, which measures with PDFWidths,
// never needs it.
func (m *Font) buildLow() {
	n := len(m.advances)
	low := make([]uint16, lowRunes)
	for r := range low {
		g := m.cmap.glyph(rune(r))
		if int(g) >= n {
			g = uint16(n - 1) // glyphs past numberOfHMetrics share the last advance
		}
		low[r] = m.advances[g]
	}
	m.low = low
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
