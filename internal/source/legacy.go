package source

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Offices still keep programmes typed before Unicode was the norm, saved as
// 8-bit text in one of three Vietnamese encodings. None of them can be told
// from the bytes alone, so Decode tries each and keeps the one whose text
// looks most like Vietnamese (see vietnameseScore).

// legacyEncoding is one 8-bit Vietnamese encoding and its decoder.
type legacyEncoding struct {
	name   string // the name Text.Encoding and the warning use
	label  string // how people call it, for the warning
	decode func([]byte) string
}

var legacyEncodings = []legacyEncoding{
	{"windows-1258", "Windows-1258", decodeWindows1258},
	{"tcvn3", "TCVN3 (ABC)", decodeTCVN3},
	{"vni", "VNI-Windows", decodeVNI},
}

// decodeWindows1258 uses the code page from x/text. CP1258 writes most tone
// marks as separate combining characters after the letter (0xCC, 0xEC,
// 0xDE, 0xD2, 0xF2), so the text is only comparable after NFC.
func decodeWindows1258(b []byte) string {
	s, err := charmap.Windows1258.NewDecoder().Bytes(b)
	if err != nil { // the code page maps every byte; kept for safety
		return strings.ToValidUTF8(string(b), "\uFFFD")
	}
	return norm.NFC.String(string(s))
}

// tcvn3 maps the bytes of TCVN 5712:1993 that are not ASCII. The ABC fonts
// (.VnTime and friends, "TCVN3") use its 0xA1–0xFF range for the lower-case
// letters and Ă Â Ê Ô Ơ Ư Đ; the full standard (VN1) adds the other
// upper-case letters in 0x80–0x9F, in part of 0xA0–0xFF and in control
// codes a text file never otherwise holds. The table follows the standard
// as GNU libc's TCVN5712-1 converter and X11's TCVN font table give it;
// 0xB0–0xB4 are combining tone marks, composed by NFC.
var tcvn3 = [256]rune{
	0x01: 0x00DA, 0x02: 0x1EE4, 0x04: 0x1EEA, 0x05: 0x1EEC, 0x06: 0x1EEE,
	0x11: 0x1EE8, 0x12: 0x1EF0, 0x13: 0x1EF2, 0x14: 0x1EF6, 0x15: 0x1EF8, 0x16: 0x00DD, 0x17: 0x1EF4,

	0x80: 0x00C0, 0x1EA2, 0x00C3, 0x00C1, 0x1EA0, 0x1EB6, 0x1EAC, 0x00C8,
	0x88: 0x1EBA, 0x1EBC, 0x00C9, 0x1EB8, 0x1EC6, 0x00CC, 0x1EC8, 0x0128,
	0x90: 0x00CD, 0x1ECA, 0x00D2, 0x1ECE, 0x00D5, 0x00D3, 0x1ECC, 0x1ED8,
	0x98: 0x1EDC, 0x1EDE, 0x1EE0, 0x1EDA, 0x1EE2, 0x00D9, 0x1EE6, 0x0168,
	0xA0: 0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
	0xA8: 0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
	0xB0: 0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
	0xB8: 0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
	0xC0: 0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
	0xC8: 0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
	0xD0: 0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
	0xD8: 0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
	0xE0: 0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
	0xE8: 0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
	0xF0: 0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
	0xF8: 0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
}

func decodeTCVN3(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) * 2)
	for _, c := range b {
		switch r := tcvn3[c]; {
		case r != 0:
			sb.WriteRune(r)
		case c < 0x80:
			sb.WriteByte(c)
		default: // 0x7F..0x9F gaps do not exist; keep the byte visible as itself
			sb.WriteRune(rune(c))
		}
	}
	return norm.NFC.String(sb.String())
}

// VNI-Windows writes a toned letter as its base letter followed by one
// byte for the marks (in the fonts' Latin-1 positions: "a" + "ù" is á,
// "a" + "á" is ấ), and a few letters as a single byte (ñ is đ, ô is ơ,
// ö is ư). A mark byte has an upper-case twin used after upper-case
// letters. Decoding turns mark bytes into combining marks and lets NFC
// compose them with the letter before.

// vniMarks maps a mark byte to the combining marks it adds.
var vniMarks = map[byte]string{
	0xF8: "\u0300", 0xD8: "\u0300", // ø Ø grave
	0xF9: "\u0301", 0xD9: "\u0301", // ù Ù acute
	0xFB: "\u0309", 0xDB: "\u0309", // û Û hook above
	0xF5: "\u0303", 0xD5: "\u0303", // õ Õ tilde
	0xEF: "\u0323", 0xCF: "\u0323", // ï Ï dot below
	0xE2: "\u0302", 0xC2: "\u0302", // â Â circumflex
	0xEA: "\u0306", 0xCA: "\u0306", // ê Ê breve
	0xE1: "\u0302\u0301", 0xC1: "\u0302\u0301", // á Á circumflex + acute
	0xE0: "\u0302\u0300", 0xC0: "\u0302\u0300", // à À circumflex + grave
	0xE5: "\u0302\u0309", 0xC5: "\u0302\u0309", // å Å circumflex + hook
	0xE3: "\u0302\u0303", 0xC3: "\u0302\u0303", // ã Ã circumflex + tilde
	0xE4: "\u0302\u0323", 0xC4: "\u0302\u0323", // ä Ä circumflex + dot
	0xE9: "\u0306\u0301", 0xC9: "\u0306\u0301", // é É breve + acute
	0xE8: "\u0306\u0300", 0xC8: "\u0306\u0300", // è È breve + grave
	0xFA: "\u0306\u0309", 0xDA: "\u0306\u0309", // ú Ú breve + hook
	0xFC: "\u0306\u0303", 0xDC: "\u0306\u0303", // ü Ü breve + tilde
	0xEB: "\u0306\u0323", 0xCB: "\u0306\u0323", // ë Ë breve + dot
}

// vniLetters are the letters VNI writes as one byte.
var vniLetters = map[byte]rune{
	0xF1: 'đ', 0xD1: 'Đ',
	0xF4: 'ơ', 0xD4: 'Ơ',
	0xF6: 'ư', 0xD6: 'Ư',
	0xEC: 'ì', 0xCC: 'Ì',
	0xED: 'í', 0xCD: 'Í',
	0xF3: 'ĩ', 0xD3: 'Ĩ',
	0xE6: 'ỉ', 0xC6: 'Ỉ',
	0xF2: 'ị', 0xD2: 'Ị',
	0xEE: 'ỵ', 0xCE: 'Ỵ',
}

// vniTakesMarks reports whether a mark byte after r belongs to it: the
// vowels, and ơ/ư that take a tone.
func vniTakesMarks(r rune) bool {
	switch r {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y', 'ơ', 'ư', 'Ơ', 'Ư':
		return true
	}
	return false
}

func decodeVNI(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) * 2)
	prev := rune(0)
	for _, c := range b {
		if marks, ok := vniMarks[c]; ok && vniTakesMarks(prev) {
			sb.WriteString(marks)
			prev = 0 // one mark byte per letter
			continue
		}
		r, ok := vniLetters[c]
		if !ok {
			r = windows1252(c)
		}
		sb.WriteRune(r)
		prev = r
	}
	return norm.NFC.String(sb.String())
}

// windows1252 is what a VNI byte outside its letters shows as: VNI fonts
// sit on the Windows Western code page.
func windows1252(c byte) rune {
	if c < 0x80 {
		return rune(c)
	}
	r := charmap.Windows1252.DecodeByte(c)
	if r == utf8.RuneError {
		return rune(c)
	}
	return r
}
