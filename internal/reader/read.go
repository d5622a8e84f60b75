package reader

import (
	"archive/zip"
	"bytes"
	"context"
	"io"
	"strings"

	"baocao/internal/document"
	"baocao/internal/reader/docx"
	"baocao/internal/reader/office"
	"baocao/internal/reader/pdf"
	"baocao/internal/reader/text"
	"baocao/internal/source"
)

// Format is what Sniff recognises a file as.
type Format int

const (
	Text Format = iota // anything else: decoded as text
	Docx               // a zip holding word/document.xml
	PDF                // starts with %PDF-
	Doc                // an OLE2 compound file (Word 97-2003 .doc)
	ODT                // an OpenDocument text zip
	RTF                // starts with {\rtf
)

// String names the format the way messages do.
func (f Format) String() string {
	switch f {
	case Docx:
		return "Word document (.docx)"
	case PDF:
		return "PDF document (.pdf)"
	case Doc:
		return "Word 97-2003 document (.doc)"
	case ODT:
		return "OpenDocument text (.odt)"
	case RTF:
		return "Rich Text Format document (.rtf)"
	}
	return "text"
}

// Sniff tells the format from the content, never from the name: offices
// rename files freely (a .doc that is really RTF, a .txt that is a
// .docx). A zip that is neither Word nor OpenDocument text is Text, and
// the text reader then says it is binary.
func Sniff(data []byte) Format {
	switch {
	case bytes.HasPrefix(data, []byte("%PDF-")):
		return PDF
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return Doc
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return RTF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return sniffZip(data)
	}
	return Text
}

// odtMime is the mimetype entry of an OpenDocument text file.
const odtMime = "application/vnd.oasis.opendocument.text"

func sniffZip(data []byte) Format {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return Text
	}
	for _, f := range z.File {
		switch f.Name {
		case "word/document.xml":
			return Docx
		case "mimetype":
			if f.UncompressedSize64 > 100 {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				continue
			}
			b, _ := io.ReadAll(io.LimitReader(rc, 100))
			rc.Close()
			// "application/vnd.oasis.opendocument.text", not "-template" or "-master".
			if strings.TrimSpace(string(b)) == odtMime {
				return ODT
			}
		}
	}
	return Text
}

// Read reads the file with the reader its content calls for. The error
// (nothing usable could be read) names the file and what was expected;
// the diagnostics say what was noticed along the way.
func Read(name string, data []byte) (*document.Document, source.Diagnostics, error) {
	f := Sniff(data)
	switch f {
	case PDF:
		return pdf.Read(name, data)
	case Docx:
		return docx.Read(name, data)
	case Doc, ODT, RTF:
		// LibreOffice converts; the converted bytes are then a .docx whose
		// positions (paragraph, table, row, cell) match what Word shows.
		ctx, cancel := context.WithTimeout(context.Background(), office.Timeout)
		defer cancel()
		converted, err := office.ToDocx(ctx, name, data)
		if err != nil {
			return nil, nil, err
		}
		return docx.Read(name, converted)
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		// A zip that is neither Word nor OpenDocument text: an Excel
		// workbook, a damaged .docx, an archive of several files.
		return nil, nil, source.FileErrorf(name, "a zip archive that is not a Word document (no word/document.xml) nor OpenDocument text: expected the programme as .docx, .doc, .odt, .rtf, PDF or text (a damaged .docx: open it in Word and save it again)")
	}
	return text.Read(name, data)
}
