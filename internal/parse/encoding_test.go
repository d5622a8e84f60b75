package parse

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf16"

	"baocao/internal/golden"
	"golang.org/x/text/unicode/norm"
)

// The same programme saved the ways office PCs save text must parse to the
// same Programme and the same diagnostics.
func TestEncodingsParseAlike(t *testing.T) {
	seed := seedBytes(t)
	want, wantDiags := Parse("x.txt", seed)
	if want == nil {
		t.Fatal("seed did not parse")
	}
	wantJSON, _ := json.Marshal(want)

	crlf := append([]byte{0xEF, 0xBB, 0xBF}, bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n"))...)
	u := utf16.Encode([]rune(strings.ReplaceAll(string(seed), "\n", "\r\n")))
	utf16le := []byte{0xFF, 0xFE}
	for _, c := range u {
		utf16le = append(utf16le, byte(c), byte(c>>8))
	}
	nfd := norm.NFD.Bytes(seed)
	if bytes.Equal(nfd, seed) {
		t.Fatal("NFD form equals the seed: the test would prove nothing")
	}
	for name, data := range map[string][]byte{"utf-8 BOM + CRLF": crlf, "utf-16le BOM + CRLF": utf16le, "NFD": nfd} {
		t.Run(name, func(t *testing.T) {
			got, diags := Parse("x.txt", data)
			if got == nil {
				t.Fatalf("no programme: %v", diags)
			}
			gotJSON, _ := json.Marshal(got)
			if !bytes.Equal(gotJSON, wantJSON) {
				t.Errorf("programme differs from the UTF-8 LF NFC one:\n%s", golden.Diff(indent(wantJSON), indent(gotJSON)))
			}
			if !bytes.Equal(diagText(diags), diagText(wantDiags)) {
				t.Errorf("diagnostics differ:\n%s\nwant:\n%s", diagText(diags), diagText(wantDiags))
			}
		})
	}
}

func indent(j []byte) []byte {
	var b bytes.Buffer
	_ = json.Indent(&b, j, "", " ")
	return b.Bytes()
}
