package pdf

import (
	"strings"
	"testing"
)

// Files that cannot be read get an error naming the file and saying what
// to do, never a panic.
func TestReadRefusesWithAClearError(t *testing.T) {
	programme := readFixture(t, "programme.pdf")
	cases := []struct {
		name string
		data []byte
		want []string
	}{
		{"notes.txt", []byte("CHƯƠNG TRÌNH HÀNH ĐỘNG\n"), []string{"notes.txt", "not a PDF"}},
		{"empty.pdf", nil, []string{"empty.pdf", "not a PDF"}},
		{"cut.pdf", programme[:len(programme)/2], []string{"cut.pdf", "truncated"}},
		{"secret.pdf", readFixture(t, "secret.pdf"), []string{"secret.pdf", "encrypted", "password", "Word file"}},
		{"scanned.pdf", readFixture(t, "scanned.pdf"), []string{"scanned.pdf", "no text layer", "images", "OCR", "Word file"}},
	}
	for _, c := range cases {
		doc, _, err := Read(c.name, c.data)
		if err == nil {
			t.Errorf("%s: read %d blocks, want an error", c.name, len(doc.Blocks))
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q does not say %q", c.name, err, w)
			}
		}
	}
}

// A file cut anywhere, or with bytes overwritten, is refused or read in
// part; it never panics.
func TestReadSurvivesDamage(t *testing.T) {
	data := readFixture(t, "programme.pdf")
	for _, n := range []int{10, 100, 1000, len(data) / 3, len(data) - 200, len(data) - 20} {
		Read("cut.pdf", data[:n])
	}
	for step := 97; step < len(data); step += 997 {
		bad := append([]byte(nil), data...)
		for i := step; i < len(bad) && i < step+64; i++ {
			bad[i] = 'x'
		}
		Read("bad.pdf", bad)
	}
}
