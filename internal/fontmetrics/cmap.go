package fontmetrics

import (
	"encoding/binary"
	"fmt"
)

// cmapTable maps characters to glyph indices: a Windows Unicode subtable,
// format 12 (full Unicode) when the font has one, else format 4 (BMP).
type cmapTable struct {
	f4  []byte // format 4 subtable
	f12 []byte // format 12 subtable
}

// parseCmap picks the Windows Unicode subtables.
func parseCmap(b []byte) (cmapTable, error) {
	var t cmapTable
	if len(b) < 4 {
		return t, errFont
	}
	n := int(binary.BigEndian.Uint16(b[2:]))
	if len(b) < 4+8*n {
		return t, errFont
	}
	for i := 0; i < n; i++ {
		rec := b[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if platform != 3 || off+4 > len(b) {
			continue
		}
		sub := b[off:]
		switch format := binary.BigEndian.Uint16(sub); {
		case format == 4 && encoding == 1:
			length := int(binary.BigEndian.Uint16(sub[2:]))
			if length > len(sub) || length < 14 {
				return t, fmt.Errorf("cmap format 4 truncated: %w", errFont)
			}
			t.f4 = sub[:length]
		case format == 12 && encoding == 10 && len(sub) >= 16:
			length := int(binary.BigEndian.Uint32(sub[4:]))
			if length > len(sub) || length < 16 {
				return t, fmt.Errorf("cmap format 12 truncated: %w", errFont)
			}
			t.f12 = sub[:length]
		}
	}
	if t.f4 == nil && t.f12 == nil {
		return t, fmt.Errorf("no Windows Unicode cmap: %w", errFont)
	}
	return t, nil
}

// glyph returns the glyph index of r, 0 (.notdef) when the font lacks it.
func (t cmapTable) glyph(r rune) uint16 {
	if t.f12 != nil {
		return glyph12(t.f12, r)
	}
	if r < 0 || r > 0xFFFF {
		return 0
	}
	return glyph4(t.f4, uint16(r))
}

func glyph12(b []byte, r rune) uint16 {
	n := int(binary.BigEndian.Uint32(b[12:]))
	lo, hi := 0, n
	for lo < hi {
		mid := (lo + hi) / 2
		g := b[16+12*mid:]
		if 16+12*mid+12 > len(b) {
			return 0
		}
		start, end := rune(binary.BigEndian.Uint32(g)), rune(binary.BigEndian.Uint32(g[4:]))
		switch {
		case r < start:
			hi = mid
		case r > end:
			lo = mid + 1
		default:
			return uint16(binary.BigEndian.Uint32(g[8:]) + uint32(r-start))
		}
	}
	return 0
}

func glyph4(b []byte, c uint16) uint16 {
	segX2 := int(binary.BigEndian.Uint16(b[6:]))
	ends := 14
	starts := ends + segX2 + 2
	deltas := starts + segX2
	ranges := deltas + segX2
	if ranges+segX2 > len(b) {
		return 0
	}
	for i := 0; i < segX2; i += 2 {
		end := binary.BigEndian.Uint16(b[ends+i:])
		if c > end {
			continue
		}
		start := binary.BigEndian.Uint16(b[starts+i:])
		if c < start {
			return 0
		}
		delta := binary.BigEndian.Uint16(b[deltas+i:])
		ro := int(binary.BigEndian.Uint16(b[ranges+i:]))
		if ro == 0 {
			return c + delta
		}
		at := ranges + i + ro + 2*int(c-start)
		if at+2 > len(b) {
			return 0
		}
		g := binary.BigEndian.Uint16(b[at:])
		if g == 0 {
			return 0
		}
		return g + delta
	}
	return 0
}
