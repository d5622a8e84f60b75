package pdf

import (
	"bytes"
	"errors"
	"strings"
	"testing"
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
		cm, err := parseCmap(f.data)
		if err != nil {
			t.Fatal(err)
		}
		for r := rune(0x21); r < 0x7F; r++ {
			if !cm.has(r) {
				t.Errorf("%s: no glyph for %q", f.name, r)
			}
		}
		if cm.has(0xFFFF) || cm.has(0x10FFFF) {
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
