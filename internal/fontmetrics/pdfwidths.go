package fontmetrics

import (
	"encoding/binary"
	"errors"
	"math"
)

// PDFWidths is the font's width table as the PDF writer (fpdf) builds it
// when the face is registered, so that the PDF can lay out lines without
// asking fpdf and still break them exactly where fpdf's SplitText would:
// for each rune below 65536 its advance in thousandths of an em, rounded;
// 65535 for a character whose glyph has no advance; 0 for one the font
// lacks. Index 0 holds the number of characters mapped, as fpdf's does. The
// mapping is fpdf's: the first Unicode (platform 0, or Windows BMP)
// subtable of format 4, glyphs past numberOfHMetrics taking the last
// advance. missing is the .notdef advance in the same units, rounded.
//
// Widths fit 16 bits (fpdf's largest is its 65535 marker), so the table
// takes 128 KB a face.
func (m *Font) PDFWidths() (widths []uint16, missing int, err error) {
	sub, err := m.pdfCmap()
	if err != nil {
		return nil, 0, err
	}
	scale := 1000.0 / m.UnitsPerEm
	n := len(m.advances)
	seg := int(binary.BigEndian.Uint16(sub[6:])) / 2
	size := int(binary.BigEndian.Uint16(sub[2:]))
	ends, starts, deltas := 14, 16+2*seg, 16+4*seg
	ranges := 16 + 6*seg
	// fpdf lists, per glyph, the characters mapped to it, then walks the
	// glyphs in order giving each character its glyph's width: a character
	// mapped twice keeps the width of the higher glyph. widths first keeps
	// that glyph (0: none, as glyph 0 gives no width), then its width;
	// count is the number of (character, glyph) pairs fpdf assigns, which
	// it stores at index 0.
	widths = make([]uint16, 256*256)
	last := n - 1 // whether any character maps to the last glyph with an advance
	lastMapped := last == 0
	count := 0
	valid := func(g int) bool { return g > 0 && (g < n || g < m.numGlyphs) }
	u16 := func(at int) int { return int(binary.BigEndian.Uint16(sub[at:])) }
	for s := range seg {
		end, start := u16(ends+2*s), u16(starts+2*s)
		delta := int(int16(binary.BigEndian.Uint16(sub[deltas+2*s:])))
		ro := u16(ranges + 2*s)
		for c := start; c <= end; c++ {
			var g int
			if ro == 0 {
				g = (c + delta) & 0xFFFF
			} else if at := ranges + 2*s + ro + 2*(c-start); at < size && at+2 <= len(sub) {
				if g = u16(at); g != 0 {
					g = (g + delta) & 0xFFFF
				}
			}
			if g == last {
				lastMapped = true
			}
			if c == 0 || c == 65535 || !valid(g) {
				continue
			}
			count++
			widths[c] = max(widths[c], uint16(g))
		}
	}
	// The advance of glyph g as fpdf reads it: past numberOfHMetrics, the
	// last one read, which is 0 if it was out of range and mapped.
	lastAW := int(m.advances[last])
	if lastMapped && lastAW >= 1<<15 {
		lastAW = 0
	}
	advance := func(g int) int {
		if g >= n {
			return lastAW
		}
		if aw := int(m.advances[g]); aw < 1<<15 {
			return aw
		}
		return 0
	}
	missing = pdfRound(scale * float64(advance(0)))
	for c, g := range widths {
		if g == 0 {
			continue
		}
		w := int(math.Round(scale * float64(advance(int(g)))))
		if w == 0 || w > 65535 {
			w = 65535
		}
		widths[c] = uint16(w)
	}
	widths[0] = uint16(min(count, 65535))
	return widths, missing, nil
}

// CheckPDF reports whether PDFWidths can read the font: a format 4 Unicode
// cmap, whole.
func (m *Font) CheckPDF() error {
	_, err := m.pdfCmap()
	return err
}

// pdfCmap is the subtable PDFWidths reads, checked for length.
func (m *Font) pdfCmap() ([]byte, error) {
	sub, err := pdfSubtable(m.raw)
	if err != nil {
		return nil, err
	}
	seg := int(binary.BigEndian.Uint16(sub[6:])) / 2
	if 16+8*seg > len(sub) {
		return nil, errors.New("truncated cmap format 4")
	}
	return sub, nil
}

// pdfSubtable is the cmap subtable fpdf reads: the first (0, any) or (3, 1)
// encoding whose subtable is of format 4.
func pdfSubtable(table []byte) ([]byte, error) {
	if len(table) < 4 {
		return nil, errFont
	}
	n := int(binary.BigEndian.Uint16(table[2:]))
	for i := 0; i < n && 4+8*i+8 <= len(table); i++ {
		rec := table[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if (platform == 3 && encoding == 1 || platform == 0) && off >= 0 && off+14 <= len(table) &&
			binary.BigEndian.Uint16(table[off:]) == 4 {
			return table[off:], nil
		}
	}
	return nil, errors.New("no Unicode cmap subtable of format 4, which the PDF writer reads")
}

// pdfRound rounds half away from zero, as fpdf rounds the .notdef width.
func pdfRound(f float64) int {
	if f < 0 {
		return -int(math.Floor(-f + 0.5))
	}
	return int(math.Floor(f + 0.5))
}
