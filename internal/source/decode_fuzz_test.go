package source

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzDecode: any bytes give either an error naming the file or NFC lines
// of valid UTF-8 without line ends, with diagnostics inside the input.
func FuzzDecode(f *testing.F) {
	f.Add([]byte("Đảng ủy tỉnh xây dựng kế hoạch\r\n"))
	f.Add([]byte("C\xb8c \xae\xb5n \xf1ng cña tØnh"))
	f.Add([]byte("Vieät Nam  caùc  cuûa tænh"))
	f.Add([]byte("Vi\xea\xf2t Nam c\xecua"))
	f.Add([]byte{'a', 0, 'b', 0, '\n', 0})
	f.Add([]byte{0xFF, 0xFE, 'a', 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		txt, diags, err := Decode("f.txt", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt: ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for i, l := range txt.Lines {
			if !utf8.ValidString(l) || !norm.NFC.IsNormalString(l) || strings.ContainsAny(l, "\r\n") {
				t.Fatalf("line %d = %q", i+1, l)
			}
		}
		for _, d := range diags {
			if d.Pos.Line < 0 || d.Pos.Line > len(txt.Lines) {
				t.Fatalf("diagnostic outside the input: %v", d)
			}
		}
	})
}
