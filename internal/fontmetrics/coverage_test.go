package fontmetrics

import (
	"encoding/binary"
	"testing"

	"baocao/fonts"
)

// fontWithFormat12 builds the smallest TrueType file ParseCoverage reads: a
// table directory with one cmap table holding a (3,10) format 12 subtable.
func fontWithFormat12(groups [][3]uint32) []byte {
	be := binary.BigEndian
	sub := make([]byte, 16+12*len(groups))
	be.PutUint16(sub, 12)
	be.PutUint32(sub[4:], uint32(len(sub)))
	be.PutUint32(sub[12:], uint32(len(groups)))
	for i, g := range groups {
		be.PutUint32(sub[16+12*i:], g[0])
		be.PutUint32(sub[20+12*i:], g[1])
		be.PutUint32(sub[24+12*i:], g[2])
	}
	table := make([]byte, 12, 12+len(sub))
	be.PutUint16(table[2:], 1)  // one encoding record
	be.PutUint16(table[4:], 3)  // Windows
	be.PutUint16(table[6:], 10) // full Unicode
	be.PutUint32(table[8:], 12)
	table = append(table, sub...)
	font := make([]byte, 28, 28+len(table))
	be.PutUint32(font, 0x00010000)
	be.PutUint16(font[4:], 1)
	copy(font[12:], "cmap")
	be.PutUint32(font[20:], 28)
	be.PutUint32(font[24:], uint32(len(table)))
	return append(font, table...)
}

func TestCmapFormat12(t *testing.T) {
	font := fontWithFormat12([][3]uint32{
		{0x41, 0x5A, 1},         // A–Z
		{0x1F600, 0x1F64F, 100}, // emoticons
		{0x20, 0x20, 0},         // space maps to .notdef: absent
	})
	cm, err := ParseCoverage(font)
	if err != nil {
		t.Fatal(err)
	}
	for r, want := range map[rune]bool{'A': true, 'Z': true, 'a': false, '🙂': true, 0x1F650: false, ' ': false} {
		if cm.Has(r) != want {
			t.Errorf("has(%U) = %v, want %v", r, !want, want)
		}
	}
}

func TestCmapRejectsTruncated(t *testing.T) {
	font := fontWithFormat12([][3]uint32{{0x41, 0x5A, 1}})
	for _, n := range []int{0, 11, 20, 30, len(font) - 1} {
		if _, err := ParseCoverage(font[:n]); err == nil {
			t.Errorf("%d of %d bytes parsed without error", n, len(font))
		}
	}
}

// FuzzCmap: a configured font file is user input; no bytes may panic.
func FuzzCmap(f *testing.F) {
	f.Add(fontWithFormat12([][3]uint32{{0x41, 0x5A, 1}}))
	f.Add(fonts.SerifRegular[:4096])
	f.Fuzz(func(t *testing.T, data []byte) {
		if cm, err := ParseCoverage(data); err == nil {
			cm.Has('A')
		}
	})
}
