package source

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"
)

const sample = "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthời gian hoàn thành trong quý II-2021\n\nĐỗ Thanh Bình\n"

func utf16Bytes(s string, bigEndian bool) []byte {
	u := utf16.Encode([]rune(s))
	out := []byte{0xFF, 0xFE}
	if bigEndian {
		out = []byte{0xFE, 0xFF}
	}
	for _, c := range u {
		if bigEndian {
			out = append(out, byte(c>>8), byte(c))
		} else {
			out = append(out, byte(c), byte(c>>8))
		}
	}
	return out
}

func TestDecodeEncodingsGiveTheSameLines(t *testing.T) {
	want, _, err := Decode("plain", []byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string][]byte{
		"bom":     append([]byte{0xEF, 0xBB, 0xBF}, sample...),
		"crlf":    []byte(strings.ReplaceAll(sample, "\n", "\r\n")),
		"cr":      []byte(strings.ReplaceAll(sample, "\n", "\r")),
		"utf16le": utf16Bytes(strings.ReplaceAll(sample, "\n", "\r\n"), false),
		"utf16be": utf16Bytes(sample, true),
		"nfd":     []byte(norm.NFD.String(sample)),
		"nfd+bom": append([]byte{0xEF, 0xBB, 0xBF}, norm.NFD.String(sample)...),
	}
	for name, in := range inputs {
		got, diags, err := Decode(name, in)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(diags) != 0 {
			t.Errorf("%s: unexpected diagnostics %v", name, diags)
		}
		if strings.Join(got.Lines, "\n") != strings.Join(want.Lines, "\n") {
			t.Errorf("%s: lines differ:\n%q\n%q", name, got.Lines, want.Lines)
		}
	}
	if len(want.Lines) != 4 || want.Lines[3] != "Đỗ Thanh Bình" {
		t.Errorf("lines = %q", want.Lines)
	}
}

func TestDecodeRefusesEmptyAndBinary(t *testing.T) {
	cases := map[string]struct {
		in   []byte
		want error
	}{
		"empty":        {nil, ErrEmpty},
		"blank":        {[]byte(" \n\t\r\n"), ErrEmpty},
		"bom only":     {[]byte{0xEF, 0xBB, 0xBF}, ErrEmpty},
		"nul":          {[]byte("PK\x03\x04\x00\x00abc"), ErrBinary},
		"pdf-ish":      {[]byte("%PDF-1.4\n\xff\xfe\xfd\xfc\x80\x81\x82\x83\x84\x85"), ErrBinary},
		"utf16 w/ nul": {utf16Bytes("a\x00b", false), ErrBinary},
	}
	for name, c := range cases {
		_, _, err := Decode("f.txt", c.in)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: err = %v, want %v", name, err, c.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), "f.txt: ") {
			t.Errorf("%s: error does not name the file: %v", name, err)
		}
	}
}

func TestDecodeReportsInvalidUTF8WithPosition(t *testing.T) {
	in := []byte("dòng một\nab\xffcd và tiếp\n")
	txt, diags, err := Decode("x.txt", in)
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Pos.Line != 2 || diags[0].Pos.Col != 3 || diags[0].Severity != Warning {
		t.Fatalf("diags = %v", diags)
	}
	if txt.Lines[1] != "ab\uFFFDcd và tiếp" {
		t.Errorf("line 2 = %q", txt.Lines[1])
	}
}

func TestDiagnosticsSortAndErr(t *testing.T) {
	var l Diagnostics
	l.Add(Pos{File: "a", Line: 9}, Warning, "w", "later warning")
	l.Add(Pos{File: "a", Line: 2, Col: 5}, Error, "e", "bad %s", "thing")
	l.Add(Pos{File: "a", Line: 2, Col: 5}, Warning, "w", "same place warning")
	l.Sort()
	if l[0].Severity != Error || l[2].Pos.Line != 9 {
		t.Fatalf("sorted = %v", l)
	}
	if got := l.Err().Error(); got != "a:2:5: error: bad thing" {
		t.Errorf("Err = %q", got)
	}
	var none Diagnostics
	none.Add(Pos{File: "a"}, Warning, "w", "only a warning")
	if none.Err() != nil || none.HasErrors() {
		t.Error("warnings alone must not be an error")
	}
}
