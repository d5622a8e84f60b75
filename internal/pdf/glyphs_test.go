package pdf

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"baocao/internal/fontmetrics"
)

// vietnamese is every precomposed Vietnamese letter, both cases.
const vietnamese = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ" +
	"AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆGHIÌỈĨÍỊKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVXYỲỶỸÝỴ" +
	"0123456789.,;:!?()[]-–—/*%«»\"'"

func TestDefaultFontsCoverVietnamese(t *testing.T) {
	if err := CheckGlyphs(DefaultFonts(), vietnamese); err != nil {
		t.Fatal(err)
	}
}

func TestCheckGlyphsListsMissing(t *testing.T) {
	// Liberation Serif has no snowman and no CJK ideographs; the emoji is
	// outside the BMP, so format 12 lookups are exercised too.
	err := CheckGlyphs(DefaultFonts(), "Đề án ☃", "漢 🙂")
	var ge *GlyphError
	if !errors.As(err, &ge) {
		t.Fatalf("err = %v, want a *GlyphError", err)
	}
	if len(ge.Missing) != 4 {
		t.Fatalf("%d faces reported, want all 4: %v", len(ge.Missing), err)
	}
	for _, m := range ge.Missing {
		if len(m.Runes) != 3 || m.Runes[0] != '☃' || m.Runes[1] != '漢' || m.Runes[2] != '🙂' {
			t.Errorf("%s face: missing %q", m.Face, string(m.Runes))
		}
	}
	msg := err.Error()
	for _, want := range []string{"Liberation Serif", "bold italic", "«☃» U+2603", "«漢» U+6F22", "U+1F642"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message lacks %q:\n%s", want, msg)
		}
	}
}

func TestCheckGlyphsRejectsNonTrueType(t *testing.T) {
	fs := DefaultFonts()
	fs.Italic = []byte("OTTO\x00\x00\x00\x00\x00\x00\x00\x00")
	fs.Bold = nil
	err := CheckGlyphs(fs, "a")
	if err == nil || !strings.Contains(err.Error(), "CFF") || !strings.Contains(err.Error(), "bold face: no font file") {
		t.Fatalf("err = %v", err)
	}
}

func TestCmapAgreesOnASCII(t *testing.T) {
	for _, f := range DefaultFonts().faces() {
		cm, err := fontmetrics.ParseCoverage(f.data)
		if err != nil {
			t.Fatal(err)
		}
		for r := rune(0x21); r < 0x7F; r++ {
			if !cm.Has(r) {
				t.Errorf("%s: no glyph for %q", f.name, r)
			}
		}
		if cm.Has(0xFFFF) || cm.Has(0x10FFFF) {
			t.Errorf("%s: noncharacters reported present", f.name)
		}
	}
}

func TestAnnexRejectsBrokenFontFiles(t *testing.T) {
	p := seedProgramme(t)
	good := DefaultFonts().Italic
	for name, data := range map[string][]byte{
		"not a font":     []byte("plain text, not a font"),
		"truncated font": good[:len(good)/3],
		"cmap only":      fontWithFormat12([][3]uint32{{0x20, 0x1EF9, 1}}),
	} {
		t.Run(name, func(t *testing.T) {
			fs := DefaultFonts()
			fs.Italic = data
			var b bytes.Buffer
			err := Annex(&b, p, AnnexOptions{Fonts: fs})
			if err == nil || b.Len() != 0 {
				t.Fatalf("err = %v, %d bytes written", err, b.Len())
			}
			t.Log(err)
		})
	}
}

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
