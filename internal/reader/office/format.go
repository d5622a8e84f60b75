package office

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
)

// The formats Format names; the names read well in a message.
const (
	DOC       = "Word 97–2003 document (.doc)"
	ODT       = "OpenDocument text (.odt)"
	RTF       = "Rich Text Format document (.rtf)"
	Encrypted = "password-protected Word document"
)

var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Format names the word-processor format of data by its content (DOC,
// ODT, RTF, Encrypted), or "" when it is none of them; the file's
// extension is not consulted, offices rename files freely.
func Format(data []byte) string {
	switch {
	case bytes.HasPrefix(data, oleMagic):
		// An OLE2 compound file names its streams in UTF-16LE in its
		// directory: Word 97–2003 keeps the text in "WordDocument", an
		// encrypted .docx its package in "EncryptedPackage".
		if containsUTF16(data, "EncryptedPackage") {
			return Encrypted
		}
		if containsUTF16(data, "WordDocument") {
			return DOC
		}
	case bytes.HasPrefix(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF")), " \t\r\n"), []byte(`{\rtf`)):
		return RTF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		if strings.HasPrefix(odfMimetype(data), "application/vnd.oasis.opendocument.text") {
			return ODT
		}
	}
	return ""
}

// odfMimetype returns the "mimetype" entry an OpenDocument zip starts
// with, read at most 100 bytes of it.
func odfMimetype(data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return ""
	}
	for _, f := range zr.File {
		if f.Name != "mimetype" {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return ""
		}
		defer rc.Close()
		b, _ := io.ReadAll(io.LimitReader(rc, 100))
		return strings.TrimSpace(string(b))
	}
	return ""
}

func containsUTF16(data []byte, s string) bool {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return bytes.Contains(data, b)
}
