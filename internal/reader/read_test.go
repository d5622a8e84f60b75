package reader

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// zipOf writes a zip with the named entries.
func zipOf(t *testing.T, files map[string]string, order ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for _, name := range order {
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(files[name]))
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSniff(t *testing.T) {
	docx := zipOf(t, map[string]string{"[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>"}, "[Content_Types].xml", "word/document.xml")
	odt := zipOf(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "mimetype", "content.xml")
	ods := zipOf(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}, "mimetype")
	xlsx := zipOf(t, map[string]string{"xl/workbook.xml": "<w/>"}, "xl/workbook.xml")
	tests := []struct {
		name string
		data []byte
		want Format
	}{
		{"docx", docx, Docx},
		{"odt", odt, ODT},
		{"ods is not text to convert", ods, Text},
		{"xlsx", xlsx, Text},
		{"pdf", []byte("%PDF-1.7\n%âãÏÓ\n"), PDF},
		{"doc", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, Doc},
		{"rtf", []byte(`{\rtf1\ansi Chương trình}`), RTF},
		{"text", []byte("CHƯƠNG TRÌNH HÀNH ĐỘNG\n"), Text},
		{"broken zip", []byte("PK\x03\x04\x00\x00binary"), Text},
		{"pdf magic later is text", []byte("see %PDF-1.4"), Text},
	}
	for _, tc := range tests {
		if got := Sniff(tc.data); got != tc.want {
			t.Errorf("%s: Sniff = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// Content decides, not the name: a .docx holding text is read as text,
// and a PDF named .txt is not.
func TestReadByContent(t *testing.T) {
	d, _, err := Read("really-text.docx", []byte("TT\tCơ quan chủ trì\n"))
	if err != nil || d.Format != "text/tab" {
		t.Fatalf("text named .docx: %v %v", d, err)
	}
	_, _, err = Read("x.txt", []byte("%PDF-1.4\n"))
	// The PDF reader took it: it speaks of a truncated PDF, not of binary text.
	if err == nil || !strings.Contains(err.Error(), "x.txt: the PDF is truncated") {
		t.Errorf("PDF named .txt: err = %v", err)
	}
	_, _, err = Read("b.bin", []byte("PK\x03\x04\x00\x00binary"))
	if err == nil || !strings.Contains(err.Error(), "b.bin: a zip archive that is not a Word document") {
		t.Errorf("broken zip: err = %v", err)
	}
}
