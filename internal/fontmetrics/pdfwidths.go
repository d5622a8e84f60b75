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
func (m *Font) PDFWidths() (widths []int, missing int, err error) {
	sub, err := pdfSubtable(m.raw)
	if err != nil {
		return nil, 0, err
	}
	scale := 1000.0 / m.UnitsPerEm
	n := len(m.advances)
	// chars[g]: the characters mapped to glyph g, in cmap order.
	chars := map[int][]int{}
	seg := int(binary.BigEndian.Uint16(sub[6:])) / 2
	size := int(binary.BigEndian.Uint16(sub[2:]))
	ends, starts, deltas := 14, 16+2*seg, 16+4*seg
	ranges := 16 + 6*seg
	if ranges+2*seg > len(sub) {
		return nil, 0, errors.New("truncated cmap format 4")
	}
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
			chars[g] = append(chars[g], c)
		}
	}
	widths = make([]int, 256*256)
	count := 0
	set := func(g, aw int) {
		for _, c := range chars[g] {
			if c == 0 || c == 65535 {
				continue
			}
			w := int(math.Round(scale * float64(aw)))
			if w == 0 {
				w = 65535
			}
			widths[c] = w
			count++
		}
	}
	aw := 0
	for g := range n {
		aw = int(m.advances[g])
		if _, ok := chars[g]; !ok && g != 0 {
			continue
		}
		if aw >= 1<<15 {
			aw = 0
		}
		if g == 0 {
			missing = pdfRound(scale * float64(aw))
			continue
		}
		set(g, aw)
	}
	for g := n; g < m.numGlyphs; g++ {
		set(g, aw)
	}
	widths[0] = count
	return widths, missing, nil
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
