package pdf

import (
	"fmt"
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

// Numbers the library would trust are checked first: a /Size that would
// allocate gigabytes, an xref subsection starting far beyond the file, a
// /Prev chain that comes back to itself. Each is refused as damaged.
func TestReadRefusesHostileCrossReferences(t *testing.T) {
	good := onePage("BT /F1 12 Tf 1 0 0 1 100 700 Tm (Kinh) Tj ET", cmapVI)
	x := strings.LastIndex(string(good), "xref")
	cases := map[string]string{
		"size.pdf":   strings.Replace(string(good), "/Size 10", "/Size 9000000000", 1),
		"start.pdf":  strings.Replace(string(good), "xref\n0 10", "xref\n0 10\n900000000 1\n0000000000 65535 f ", 1),
		"prev.pdf":   strings.Replace(string(good), "/Root 1 0 R", fmt.Sprintf("/Root 1 0 R /Prev %d", x), 1),
		"objstm.pdf": strings.Replace(string(good), "<< /Type /Pages", "<< /Type /ObjStm /N 99999999999 /Type /Pages", 1),
	}
	for name, data := range cases {
		if _, _, err := Read(name, []byte(data)); err == nil || !strings.Contains(err.Error(), name) || !strings.Contains(err.Error(), "damaged") {
			t.Errorf("%s: %v, want an error saying the file is damaged", name, err)
		}
	}
	if _, _, err := Read("good.pdf", good); err != nil {
		t.Errorf("the file before damage: %v", err)
	}
}
