package source

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is a decoded input: NFC Vietnamese split into lines without their
// terminators. Lines[i] is line i+1 of the file.
type Text struct {
	Name     string
	Lines    []string
	Encoding string // "utf-8", "utf-8-bom", "utf-16le", "utf-16be"
	CRLF     bool   // the input used CR LF (or lone CR) line ends
}

// Pos returns the position of line n (1-based), column col (1-based runes).
func (t *Text) Pos(line, col int) Pos { return Pos{File: t.Name, Line: line, Col: col} }

// ErrEmpty and ErrBinary are the reasons Decode refuses an input.
var (
	ErrEmpty  = errors.New("the file is empty: expected the text of an action programme")
	ErrBinary = errors.New("the file is binary, not text: expected a UTF-8 or UTF-16 text file (save the document as plain text)")
)

// Decode reads bytes as UTF-8 (with or without BOM) or UTF-16 with BOM, turns
// CR LF and lone CR into LF, and normalises to NFC so that decomposed
// Vietnamese (as some Mac and web sources produce) compares and measures like
// the composed form. Invalid UTF-8 sequences become U+FFFD with a position in
// the returned diagnostics; a NUL byte or mostly invalid bytes mean binary.
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
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, fmt.Errorf("%s: %w", name, ErrEmpty)
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
		if !utf8.ValidString(l) {
			col := invalidCol(l)
			diags.Add(t.Pos(i+1, col), Warning, "invalid-utf8",
				"invalid UTF-8 byte replaced by U+FFFD: expected UTF-8 or UTF-16 text")
			l = strings.ToValidUTF8(l, "\uFFFD")
		}
		t.Lines[i] = norm.NFC.String(l)
	}
	return t, diags, nil
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
