package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Text is a decoded input: NFC Vietnamese split into lines without their
// terminators. Lines[i] is line i+1 of the file.
type Text struct {
	Name     string
	Lines    []string
	Encoding string // "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"
	CRLF     bool   // the input used CR LF (or lone CR) line ends
}

// Pos returns the position of line n (1-based), column col (1-based runes).
func (t *Text) Pos(line, col int) Pos { return Pos{File: t.Name, Line: line, Col: col} }

// ErrEmpty and ErrBinary are the reasons Decode refuses an input.
var (
	ErrEmpty  = errors.New(emptyText.String())
	ErrBinary = errors.New(binaryText.String())
)

// Decode reads bytes as UTF-8 (with or without BOM), UTF-16 (with BOM, or
// without one when the zero bytes of ASCII characters show its byte order),
// or, when the bytes are not UTF-8, one of the legacy 8-bit Vietnamese
// encodings (Windows-1258, TCVN3, VNI) chosen by how Vietnamese each
// decoding reads, with a "legacy-encoding" warning naming it. It turns CR
// LF and lone CR into LF, and normalises to NFC so that decomposed
// Vietnamese (as some Mac and web sources produce, and CP1258 always does)
// compares and measures like the composed form. Invalid UTF-8 sequences in
// an otherwise UTF-8 text become U+FFFD with a position in the returned
// diagnostics; a NUL byte or mostly invalid bytes that no legacy encoding
// reads as Vietnamese mean binary.
func Decode(name string, data []byte) (*Text, Diagnostics, error) {
	t := &Text{Name: name, Encoding: "utf-8"}
	var diags Diagnostics
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		t.Encoding = "utf-8-bom"
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		s, err := decodeUTF16(data[2:], false)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		data = []byte(s)
		t.Encoding = "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		s, err := decodeUTF16(data[2:], true)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", name, err)
		}
		data = []byte(s)
		t.Encoding = "utf-16be"
	default:
		if bigEndian, ok := utf16WithoutBOM(data); ok {
			if s, err := decodeUTF16(data, bigEndian); err == nil && mostlyPrintable(s) {
				data = []byte(s)
				t.Encoding = "utf-16le"
				if bigEndian {
					t.Encoding = "utf-16be"
				}
			}
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, fmt.Errorf("%s: %w", name, ErrEmpty)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, nil, fmt.Errorf("%s: %w", name, ErrBinary)
	}
	// Valid UTF-8 stays valid through the steps below (a legacy decoding
	// gives valid UTF-8; line ends are ASCII): one pass over the bytes
	// settles mostlyUTF8 and the check of each line.
	valid := utf8.Valid(data)
	if t.Encoding == "utf-8" && !valid && !mostlyUTF8(data) {
		if enc, s, ok := guessLegacy(data); ok {
			data = []byte(s)
			valid = utf8.Valid(data)
			t.Encoding = enc.name
			diags.Add(Pos{File: name}, Warning, "legacy-encoding",
				"the file is in the legacy %s encoding, not UTF-8: converted to Unicode (check the Vietnamese letters; save the file as UTF-8 to silence this)", enc.label)
		}
	}
	if looksBinary(data) {
		return nil, nil, fmt.Errorf("%s: %w", name, ErrBinary)
	}
	if bytes.IndexByte(data, '\r') >= 0 {
		t.CRLF = true
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
		data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	}
	raw := strings.Split(string(data), "\n")
	if len(raw) > 0 && raw[len(raw)-1] == "" {
		raw = raw[:len(raw)-1]
	}
	t.Lines = make([]string, len(raw))
	for i, l := range raw {
		if !valid && !utf8.ValidString(l) {
			col := invalidCol(l)
			diags.Add(t.Pos(i+1, col), Warning, "invalid-utf8",
				"invalid UTF-8 byte replaced by U+FFFD: expected UTF-8 or UTF-16 text")
			l = strings.ToValidUTF8(l, "\uFFFD")
		}
		t.Lines[i] = toNFC(l)
	}
	return t, diags, nil
}

// mostlyUTF8 reports whether the bytes are UTF-8 with at most a few stray
// invalid bytes: a text with more valid multi-byte letters than four times
// its invalid bytes is UTF-8 someone damaged, not a legacy encoding.
func mostlyUTF8(b []byte) bool {
	bad, multi := 0, 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		switch {
		case r == utf8.RuneError && size <= 1:
			bad++
		case size > 1:
			multi++
		}
		b = b[size:]
	}
	return bad == 0 || multi > 4*bad
}

// guessLegacy decodes the bytes with every legacy encoding and keeps the
// most Vietnamese-looking result, if it reads as Vietnamese at all: a
// positive score and at least three accented words that are syllables.
func guessLegacy(b []byte) (legacyEncoding, string, bool) {
	// the first 16 KiB (cut at a line end) are evidence enough, and keep
	// the guess fast on a long file
	sample := b
	if len(sample) > 16<<10 {
		sample = sample[:16<<10]
		if i := bytes.LastIndexByte(sample, '\n'); i > 0 {
			sample = sample[:i]
		}
	}
	best, bestScore := -1, 0
	for i, enc := range legacyEncodings {
		score, good := vietnameseScore(enc.decode(sample))
		if good >= 3 && score > 0 && (best < 0 || score > bestScore) {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return legacyEncoding{}, "", false
	}
	return legacyEncodings[best], legacyEncodings[best].decode(b), true
}

// mostlyPrintable guards the guess of UTF-16 without BOM: a binary file
// whose zero bytes happen to alternate decodes to symbols and controls, not
// to letters, digits, punctuation and spaces.
func mostlyPrintable(s string) bool {
	bad, n := 0, 0
	for _, r := range s {
		n++
		if !unicode.IsPrint(r) && !unicode.IsSpace(r) {
			bad++
		}
	}
	return bad*20 <= n
}

// utf16WithoutBOM recognises UTF-16 text saved without a byte order mark:
// the ASCII letters, digits, spaces and line ends that make up most of any
// Vietnamese text have a zero high byte, so one of the two byte positions
// is mostly zero and the other almost never.
func utf16WithoutBOM(b []byte) (bigEndian, ok bool) {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if len(b) < 4 {
		return false, false
	}
	even, odd := 0, 0
	for i, c := range b {
		if c != 0 {
			continue
		}
		if i%2 == 0 {
			even++
		} else {
			odd++
		}
	}
	half := len(b) / 2
	switch {
	case odd*10 >= half*3 && even*50 <= half:
		return false, true
	case even*10 >= half*3 && odd*50 <= half:
		return true, true
	}
	return false, false
}

func invalidCol(s string) int {
	col := 1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return col
		}
		i += size
		col++
	}
	return col
}

// looksBinary treats NUL bytes, or more than 10% invalid UTF-8 in the first
// 8 KiB, as a sign of a binary file (a .docx, a PDF, an image).
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	bad, n := 0, 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 && len(b) >= utf8.UTFMax {
			bad++
		}
		b = b[size:]
		n++
	}
	return n > 0 && bad*10 > n
}

func decodeUTF16(b []byte, bigEndian bool) (string, error) {
	if len(b)%2 != 0 {
		b = b[:len(b)-1]
	}
	u := make([]uint16, len(b)/2)
	for i := range u {
		if bigEndian {
			u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			u[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	for _, c := range u {
		if c == 0 {
			return "", ErrBinary
		}
	}
	return string(utf16.Decode(u)), nil
}
