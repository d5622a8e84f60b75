package fontmetrics

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
)

// Coverage answers which characters a TrueType font has a glyph for. It reads
// only the font's table directory and its Unicode cmap subtable (format 4 for
// the Basic Multilingual Plane, format 12 for all planes), which is all the
// PDF's glyph check needs, so a font holding nothing but a cmap is checked too.
type Coverage struct {
	ranges []cmapRange // sorted by lo, non-overlapping
}

// cmapRange maps the runes lo..hi to glyphs; a rune inside a range whose
// glyph is 0 (.notdef) is recorded by splitting the range, so every rune in
// ranges has a real glyph.
type cmapRange struct{ lo, hi rune }

// Has reports whether the font maps r to a real glyph.
func (c *Coverage) Has(r rune) bool {
	i := sort.Search(len(c.ranges), func(i int) bool { return c.ranges[i].hi >= r })
	return i < len(c.ranges) && c.ranges[i].lo <= r
}

var errNotTrueType = errors.New("not a TrueType font file (.ttf)")

// ParseCoverage reads the Unicode cmap of a .ttf file.
func ParseCoverage(data []byte) (*Coverage, error) {
	if len(data) < 12 {
		return nil, errNotTrueType
	}
	switch binary.BigEndian.Uint32(data) {
	case 0x00010000, 0x74727565: // TrueType outlines: 1.0 or 'true'
	case 0x4F54544F: // 'OTTO'
		return nil, errors.New("an OpenType font with CFF outlines (.otf); fpdf embeds only TrueType outlines (.ttf)")
	case 0x74746366: // 'ttcf'
		return nil, errors.New("a font collection (.ttc); give one .ttf file per style")
	default:
		return nil, errNotTrueType
	}
	n := int(binary.BigEndian.Uint16(data[4:]))
	if 12+16*n > len(data) {
		return nil, errors.New("truncated table directory")
	}
	var table []byte
	for i := 0; i < n; i++ {
		rec := data[12+16*i:]
		off, length := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		// Every table must lie inside the file: a truncated font would
		// otherwise be embedded broken.
		if off < 0 || length < 0 || off+length > len(data) || off+length < off {
			return nil, fmt.Errorf("table %q lies outside the file (truncated font?)", rec[:4])
		}
		if string(rec[:4]) == "cmap" {
			if length < 4 {
				return nil, errors.New("cmap table too short")
			}
			table = data[off : off+length]
		}
	}
	if table == nil {
		return nil, errors.New("no cmap table")
	}
	sub, format, err := pickSubtable(table)
	if err != nil {
		return nil, err
	}
	if format == 12 {
		return readFormat12(sub)
	}
	return readFormat4(sub)
}

// pickSubtable prefers a full-repertoire Unicode subtable (format 12) and
// falls back to a BMP one (format 4).
func pickSubtable(table []byte) (sub []byte, format int, err error) {
	n := int(binary.BigEndian.Uint16(table[2:]))
	if 4+8*n > len(table) {
		return nil, 0, errors.New("truncated cmap table")
	}
	best := -1
	for i := 0; i < n; i++ {
		rec := table[4+8*i:]
		platform, encoding := binary.BigEndian.Uint16(rec), binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		unicode := platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10))
		if !unicode || off < 0 || off+4 > len(table) {
			continue
		}
		f := int(binary.BigEndian.Uint16(table[off:]))
		if (f == 12 && best != 12) || (f == 4 && best == -1) {
			best, sub = f, table[off:]
		}
	}
	if best == -1 {
		return nil, 0, errors.New("no Unicode cmap subtable of format 4 or 12")
	}
	return sub, best, nil
}

func readFormat12(sub []byte) (*Coverage, error) {
	if len(sub) < 16 {
		return nil, errors.New("truncated cmap format 12")
	}
	n := int(binary.BigEndian.Uint32(sub[12:]))
	if n < 0 || n > (len(sub)-16)/12 {
		return nil, errors.New("truncated cmap format 12")
	}
	c := &Coverage{}
	for i := 0; i < n; i++ {
		g := sub[16+12*i:]
		lo, hi, glyph := rune(binary.BigEndian.Uint32(g)), rune(binary.BigEndian.Uint32(g[4:])), binary.BigEndian.Uint32(g[8:])
		if hi < lo {
			return nil, fmt.Errorf("cmap format 12 group %d runs backwards", i)
		}
		if glyph == 0 { // the first rune maps to .notdef
			lo++
		}
		if lo <= hi {
			c.ranges = append(c.ranges, cmapRange{lo, hi})
		}
	}
	c.normalise()
	return c, nil
}

func readFormat4(sub []byte) (*Coverage, error) {
	if len(sub) < 14 {
		return nil, errors.New("truncated cmap format 4")
	}
	segX2 := int(binary.BigEndian.Uint16(sub[6:]))
	if 16+4*segX2 > len(sub) {
		return nil, errors.New("truncated cmap format 4")
	}
	ends, starts := sub[14:], sub[16+segX2:]
	deltas, rangeOffs := sub[16+2*segX2:], sub[16+3*segX2:]
	c := &Coverage{}
	for s := 0; s < segX2/2; s++ {
		end := rune(binary.BigEndian.Uint16(ends[2*s:]))
		start := rune(binary.BigEndian.Uint16(starts[2*s:]))
		delta := binary.BigEndian.Uint16(deltas[2*s:])
		ro := int(binary.BigEndian.Uint16(rangeOffs[2*s:]))
		for r := start; r <= end && r != 0xFFFF; r++ {
			var glyph uint16
			if ro == 0 {
				glyph = uint16(r) + delta
			} else {
				// idRangeOffset counts bytes from its own slot to the glyph index.
				at := 16 + 3*segX2 + 2*s + ro + 2*int(r-start)
				if at+2 > len(sub) {
					break
				}
				if glyph = binary.BigEndian.Uint16(sub[at:]); glyph != 0 {
					glyph += delta
				}
			}
			if glyph != 0 {
				c.add(r)
			}
		}
	}
	c.normalise()
	return c, nil
}

// add appends one rune, extending the last range when contiguous.
func (c *Coverage) add(r rune) {
	if n := len(c.ranges); n > 0 && c.ranges[n-1].hi+1 == r {
		c.ranges[n-1].hi = r
		return
	}
	c.ranges = append(c.ranges, cmapRange{r, r})
}

// normalise sorts and merges the ranges so has can binary-search them.
func (c *Coverage) normalise() {
	sort.Slice(c.ranges, func(i, j int) bool { return c.ranges[i].lo < c.ranges[j].lo })
	out := c.ranges[:0]
	for _, r := range c.ranges {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			if r.hi > out[n-1].hi {
				out[n-1].hi = r.hi
			}
			continue
		}
		out = append(out, r)
	}
	c.ranges = out
}
