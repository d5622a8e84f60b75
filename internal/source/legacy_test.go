package source

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// allLetters holds the 134 accented Vietnamese letters, lower and upper case.
const allLetters = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ" +
	"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

// vniRef is VNI-Windows as the published conversion tables give it
// (duydev/vietnamese-conversion's charsets), written independently of the
// decoder's mark rules so the round trip checks one against the other.
var vniRef = map[string]string{
	"À": "A\xd8", "Á": "A\xd9", "Â": "A\xc2", "Ã": "A\xd5", "È": "E\xd8", "É": "E\xd9",
	"Ê": "E\xc2", "Ì": "\xcc", "Í": "\xcd", "Ò": "O\xd8", "Ó": "O\xd9", "Ô": "O\xc2",
	"Õ": "O\xd5", "Ù": "U\xd8", "Ú": "U\xd9", "Ý": "Y\xd9", "à": "a\xf8", "á": "a\xf9",
	"â": "a\xe2", "ã": "a\xf5", "è": "e\xf8", "é": "e\xf9", "ê": "e\xe2", "ì": "\xec",
	"í": "\xed", "ò": "o\xf8", "ó": "o\xf9", "ô": "o\xe2", "õ": "o\xf5", "ù": "u\xf8",
	"ú": "u\xf9", "ý": "y\xf9", "Ă": "A\xca", "ă": "a\xea", "Đ": "\xd1", "đ": "\xf1",
	"Ĩ": "\xd3", "ĩ": "\xf3", "Ũ": "U\xd5", "ũ": "u\xf5", "Ơ": "\xd4", "ơ": "\xf4",
	"Ư": "\xd6", "ư": "\xf6", "Ạ": "A\xcf", "ạ": "a\xef", "Ả": "A\xdb", "ả": "a\xfb",
	"Ấ": "A\xc1", "ấ": "a\xe1", "Ầ": "A\xc0", "ầ": "a\xe0", "Ẩ": "A\xc5", "ẩ": "a\xe5",
	"Ẫ": "A\xc3", "ẫ": "a\xe3", "Ậ": "A\xc4", "ậ": "a\xe4", "Ắ": "A\xc9", "ắ": "a\xe9",
	"Ằ": "A\xc8", "ằ": "a\xe8", "Ẳ": "A\xda", "ẳ": "a\xfa", "Ẵ": "A\xdc", "ẵ": "a\xfc",
	"Ặ": "A\xcb", "ặ": "a\xeb", "Ẹ": "E\xcf", "ẹ": "e\xef", "Ẻ": "E\xdb", "ẻ": "e\xfb",
	"Ẽ": "E\xd5", "ẽ": "e\xf5", "Ế": "E\xc1", "ế": "e\xe1", "Ề": "E\xc0", "ề": "e\xe0",
	"Ể": "E\xc5", "ể": "e\xe5", "Ễ": "E\xc3", "ễ": "e\xe3", "Ệ": "E\xc4", "ệ": "e\xe4",
	"Ỉ": "\xc6", "ỉ": "\xe6", "Ị": "\xd2", "ị": "\xf2", "Ọ": "O\xcf", "ọ": "o\xef",
	"Ỏ": "O\xdb", "ỏ": "o\xfb", "Ố": "O\xc1", "ố": "o\xe1", "Ồ": "O\xc0", "ồ": "o\xe0",
	"Ổ": "O\xc5", "ổ": "o\xe5", "Ỗ": "O\xc3", "ỗ": "o\xe3", "Ộ": "O\xc4", "ộ": "o\xe4",
	"Ớ": "\xd4\xd9", "ớ": "\xf4\xf9", "Ờ": "\xd4\xd8", "ờ": "\xf4\xf8", "Ở": "\xd4\xdb", "ở": "\xf4\xfb",
	"Ỡ": "\xd4\xd5", "ỡ": "\xf4\xf5", "Ợ": "\xd4\xcf", "ợ": "\xf4\xef", "Ụ": "U\xcf", "ụ": "u\xef",
	"Ủ": "U\xdb", "ủ": "u\xfb", "Ứ": "\xd6\xd9", "ứ": "\xf6\xf9", "Ừ": "\xd6\xd8", "ừ": "\xf6\xf8",
	"Ử": "\xd6\xdb", "ử": "\xf6\xfb", "Ữ": "\xd6\xd5", "ữ": "\xf6\xf5", "Ự": "\xd6\xcf", "ự": "\xf6\xef",
	"Ỳ": "Y\xd8", "ỳ": "y\xf8", "Ỵ": "\xce", "ỵ": "\xee", "Ỷ": "Y\xdb", "ỷ": "y\xfb",
	"Ỹ": "Y\xd5", "ỹ": "y\xf5",
}

func encodeVNI(t *testing.T, s string) []byte {
	t.Helper()
	var out []byte
	for _, r := range s {
		if v, ok := vniRef[string(r)]; ok {
			out = append(out, v...)
			continue
		}
		if r >= 0x80 {
			t.Fatalf("VNI cannot encode %q", r)
		}
		out = append(out, byte(r))
	}
	return out
}

func encodeTCVN3(t *testing.T, s string) []byte {
	t.Helper()
	inv := map[rune]byte{}
	for b, r := range tcvn3 {
		if r != 0 && (r < 0x300 || r > 0x323) {
			inv[r] = byte(b)
		}
	}
	var out []byte
	for _, r := range s {
		if b, ok := inv[r]; ok {
			out = append(out, b)
			continue
		}
		if r >= 0x80 {
			t.Fatalf("TCVN3 cannot encode %q", r)
		}
		out = append(out, byte(r))
	}
	return out
}

// encode1258 writes each tone as CP1258's combining byte after the letter,
// as Windows does.
func encode1258(t *testing.T, s string) []byte {
	t.Helper()
	tone := map[rune]byte{0x0300: 0xCC, 0x0301: 0xEC, 0x0303: 0xDE, 0x0309: 0xD2, 0x0323: 0xF2}
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range s {
		var base []rune
		var marks []byte
		for _, d := range norm.NFD.String(string(r)) {
			if b, ok := tone[d]; ok {
				marks = append(marks, b)
			} else {
				base = append(base, d)
			}
		}
		b, err := enc.String(norm.NFC.String(string(base)))
		if err != nil {
			t.Fatalf("CP1258 cannot encode %q: %v", r, err)
		}
		out = append(out, b...)
		out = append(out, marks...)
	}
	return out
}

// TestLegacyTablesHoldEveryLetter round-trips every accented letter, in
// words and alone, through each encoder and its decoder.
func TestLegacyTablesHoldEveryLetter(t *testing.T) {
	if n := len([]rune(allLetters)); n != 134 {
		t.Fatalf("the letter list has %d letters, want 134", n)
	}
	var b strings.Builder
	for _, r := range allLetters {
		b.WriteString("x" + string(r) + "t " + string(r) + " ")
	}
	text := b.String()
	for _, c := range []struct {
		name   string
		encode func(*testing.T, string) []byte
		decode func([]byte) string
	}{{"vni", encodeVNI, decodeVNI}, {"tcvn3", encodeTCVN3, decodeTCVN3}, {"windows-1258", encode1258, decodeWindows1258}} {
		got := c.decode(c.encode(t, text))
		if got != text {
			g, w := []rune(got), []rune(text)
			for i := range min(len(g), len(w)) {
				if g[i] != w[i] {
					t.Errorf("%s: first difference at rune %d: got %q, want %q (%q)", c.name, i, g[i], w[i], string(w[max(0, i-3):min(len(w), i+3)]))
					break
				}
			}
			if len(g) != len(w) {
				t.Errorf("%s: %d runes, want %d", c.name, len(g), len(w))
			}
		}
	}
}

// TestTCVN3MatchesTheABCFonts checks the table against letters of the ABC
// (.VnTime) fonts as converters print them, a source apart from the standard.
func TestTCVN3MatchesTheABCFonts(t *testing.T) {
	abc := map[byte]rune{0xB8: 'á', 0xB5: 'à', 0xB6: 'ả', 0xB7: 'ã', 0xB9: 'ạ', 0xA8: 'ă', 0xBE: 'ắ',
		0xA9: 'â', 0xCA: 'ấ', 0xAE: 'đ', 0xCC: 'è', 0xD0: 'é', 0xAA: 'ê', 0xD5: 'ế', 0xD7: 'ì', 0xDD: 'í',
		0xDF: 'ò', 0xE3: 'ó', 0xAB: 'ô', 0xE8: 'ố', 0xAC: 'ơ', 0xED: 'ớ', 0xEF: 'ù', 0xF3: 'ú',
		0xAD: 'ư', 0xF8: 'ứ', 0xF9: 'ự', 0xFD: 'ý', 0xA7: 'Đ', 0xA6: 'Ư', 0xA5: 'Ơ'}
	for b, want := range abc {
		if got := tcvn3[b]; got != want {
			t.Errorf("TCVN3 0x%02X = %q, want %q", b, got, want)
		}
	}
	if got := decodeTCVN3([]byte("C\xb8c \xae\xb5n \xf1ng")); got != "Các đàn ủng" {
		t.Errorf("decodeTCVN3 = %q", got)
	}
}

func seedText(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../seeds/07-CTr-TU-2021.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDecodeDetectsLegacyEncodings: the bundled programme saved in each
// legacy encoding decodes to exactly its UTF-8 lines, says which encoding
// it was and warns once.
func TestDecodeDetectsLegacyEncodings(t *testing.T) {
	seed := seedText(t)
	want, _, err := Decode("seed.txt", []byte(seed))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		enc    string
		encode func(*testing.T, string) []byte
	}{{"windows-1258", encode1258}, {"tcvn3", encodeTCVN3}, {"vni", encodeVNI}} {
		t.Run(c.enc, func(t *testing.T) {
			data := c.encode(t, strings.ReplaceAll(seed, "\n", "\r\n"))
			got, diags, err := Decode("seed.txt", data)
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != c.enc {
				t.Errorf("Encoding = %q, want %q", got.Encoding, c.enc)
			}
			if strings.Join(got.Lines, "\n") != strings.Join(want.Lines, "\n") {
				for i := range min(len(got.Lines), len(want.Lines)) {
					if got.Lines[i] != want.Lines[i] {
						t.Fatalf("line %d:\n got %q\nwant %q", i+1, got.Lines[i], want.Lines[i])
					}
				}
				t.Fatalf("%d lines, want %d", len(got.Lines), len(want.Lines))
			}
			if len(diags) != 1 || diags[0].Code != "legacy-encoding" || diags[0].Severity != Warning || !strings.Contains(diags[0].Message, "legacy") {
				t.Errorf("diags = %v", diags)
			}
		})
	}
}

// A short line in a legacy encoding is still recognised, each time as itself.
func TestDecodeShortLegacyLines(t *testing.T) {
	line := "Đảng ủy tỉnh xây dựng kế hoạch thực hiện của các cơ quan\n"
	for enc, data := range map[string][]byte{
		"windows-1258": encode1258(t, line), "tcvn3": encodeTCVN3(t, line), "vni": encodeVNI(t, line),
	} {
		got, _, err := Decode("x.txt", data)
		if err != nil {
			t.Errorf("%s: %v", enc, err)
			continue
		}
		if got.Encoding != enc || got.Lines[0] != strings.TrimSuffix(line, "\n") {
			t.Errorf("%s: read as %s: %q", enc, got.Encoding, got.Lines[0])
		}
	}
}

func TestDecodeUTF16WithoutBOM(t *testing.T) {
	seed := seedText(t)
	u := utf16.Encode([]rune(seed))
	le, be := make([]byte, 0, 2*len(u)), make([]byte, 0, 2*len(u))
	for _, c := range u {
		le = append(le, byte(c), byte(c>>8))
		be = append(be, byte(c>>8), byte(c))
	}
	want, _, _ := Decode("seed.txt", []byte(seed))
	for enc, data := range map[string][]byte{"utf-16le": le, "utf-16be": be} {
		got, diags, err := Decode("seed.txt", data)
		if err != nil {
			t.Errorf("%s: %v", enc, err)
			continue
		}
		if got.Encoding != enc || len(diags) != 0 || strings.Join(got.Lines, "\n") != strings.Join(want.Lines, "\n") {
			t.Errorf("%s: read as %s, %d lines, diags %v", enc, got.Encoding, len(got.Lines), diags)
		}
	}
}

// Random high bytes and a PDF stream are binary under every table.
func TestDecodeBinaryStaysBinary(t *testing.T) {
	noise := make([]byte, 4096)
	x := uint32(7)
	for i := range noise {
		x = x*1664525 + 1013904223
		noise[i] = byte(x>>24) | 0x80
	}
	pdfish := append([]byte("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<</Filter/FlateDecode>>stream\n"), noise[:600]...)
	for name, in := range map[string][]byte{"noise": noise, "pdf": pdfish} {
		if _, _, err := Decode(name, in); err == nil || !strings.Contains(err.Error(), "binary") {
			t.Errorf("%s: err = %v, want binary", name, err)
		}
	}
}

func TestSyllables(t *testing.T) {
	for _, w := range []string{"của", "và", "thực", "hiện", "đảng", "tỉnh", "nghiêng", "quyết", "giữa", "gì", "khuya", "người", "trường", "oanh", "uyển", "ấy"} {
		if !isSyllable(w) {
			t.Errorf("%q is a syllable", w)
		}
	}
	for _, w := range []string{"caùc", "c¸c", "thöïc", "hieän", "xĭịt", "aàa", "chuươ"} {
		if isSyllable(w) {
			t.Errorf("%q is not a syllable", w)
		}
	}
}
