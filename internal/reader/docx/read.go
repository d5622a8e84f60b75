package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"baocao/internal/document"
	"baocao/internal/source"
)

// oleMagic starts an OLE2 compound file: a Word 97–2003 .doc, or a .docx
// encrypted with a password (Word wraps the encrypted package in OLE).
var oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}

// Read reads a .docx into a document: body paragraphs and tables in
// reading order. The error is set only when nothing usable could be read;
// it names the file and what was expected.
func Read(name string, data []byte) (*document.Document, source.Diagnostics, error) {
	if err := sniff(name, data); err != nil {
		return nil, nil, err
	}
	pk, err := openPackage(name, data)
	if err != nil {
		return nil, nil, err
	}
	main := target(pk.rels(""), "/officeDocument", "word/document.xml")
	if pk.file(main) == nil {
		return nil, nil, notWord(name, pk)
	}
	p := &parser{name: name, part: main}
	docRels := pk.rels(main)
	p.readAux(pk, target(docRels, "/styles", "word/styles.xml"), func(d *xml.Decoder) error {
		st, err := readStyles(d)
		p.st = st
		return err
	})
	if p.st == nil {
		p.st = newStyles()
	}
	p.readAux(pk, target(docRels, "/numbering", "word/numbering.xml"), func(d *xml.Decoder) error {
		n, err := readNumbering(d)
		p.num = n
		return err
	})
	if p.num == nil {
		p.num = newNumbering()
	}

	rc, err := pk.open(main)
	if err != nil {
		return nil, nil, err
	}
	defer rc.Close()
	p.dec = newDecoder(rc)
	if err := p.body(); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, p.diags, source.FileErrorf(name, "%s has no document body (w:body)", main)
		}
		return nil, p.diags, pk.partErr(main, err)
	}
	if !p.hasText && p.altChunk > 0 {
		return nil, p.diags, source.FileErrorf(name, "the Word document's text is in %d embedded document(s) (w:altChunk) that are not read; open the file in Word and save it again", p.altChunk)
	}
	if !p.hasText {
		return nil, p.diags, source.FileErrorf(name, "the Word document holds no text (only empty paragraphs, images or drawings); a scanned programme must be typed or run through OCR first")
	}
	if p.symbolNo > 0 {
		p.diags.Add(source.Pos{File: name}, source.Info, "docx-symbol", "%d symbol character(s) (w:sym) with no Unicode equivalent were left out", p.symbolNo)
	}
	return &document.Document{Name: name, Format: "docx", Blocks: p.blocks}, p.diags, nil
}

// readAux reads styles.xml or numbering.xml. Either may be missing; one
// that cannot be read costs only its formatting, with a warning naming it.
func (p *parser) readAux(pk *pkg, part string, read func(*xml.Decoder) error) {
	rc, err := pk.open(part)
	if err == nil && rc != nil {
		defer rc.Close()
		err = read(newDecoder(rc))
		if err != nil {
			err = pk.partErr(part, err)
		}
	}
	if err != nil {
		var why any = strings.TrimPrefix(err.Error(), p.name+": ")
		if m, ok := source.Reason(err); ok {
			why = m // translated where printed
		}
		p.diags.Add(source.Pos{File: p.name, Where: part}, source.Warning, "docx-part-unreadable",
			"%s; its styles or numbering are not applied", why)
	}
}

// newDecoder reads a part as UTF-8 XML; Word writes nothing else.
func newDecoder(r io.Reader) *xml.Decoder {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		return nil, fmt.Errorf("the XML is declared in %q; a .docx part is UTF-8", label)
	}
	return d
}

// sniff refuses, with a message that says what the file is, content that
// is not a zip: a .doc, an encrypted .docx, an RTF.
func sniff(name string, data []byte) error {
	switch {
	case len(data) == 0:
		return source.FileErrorf(name, "the file is empty")
	case bytes.HasPrefix(data, oleMagic):
		if containsUTF16(data, "EncryptedPackage") {
			return source.FileErrorf(name, "the Word document is encrypted with a password; open it in Word, remove the password (File → Info → Protect Document) and save it again")
		}
		if containsUTF16(data, "WordDocument") {
			return source.FileErrorf(name, "a Word 97–2003 .doc file, not .docx; it is read through LibreOffice, or save it as .docx in Word")
		}
		return source.FileErrorf(name, "an OLE compound file (an old Office format), not a Word .docx")
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return source.FileErrorf(name, "an RTF file, not .docx; it is read through LibreOffice, or save it as .docx in Word")
	case !bytes.HasPrefix(data, []byte("PK\x03\x04")) && !bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return source.FileErrorf(name, "not a Word .docx file (a .docx is a zip archive and this one does not start as one)")
	}
	return nil
}

// notWord says what a zip without a Word document part is.
func notWord(name string, pk *pkg) error {
	if b, _ := pk.readAll("mimetype"); b != nil {
		mt := strings.TrimSpace(string(b))
		if mt == "application/vnd.oasis.opendocument.text" {
			return source.FileErrorf(name, "an OpenDocument text (.odt), not .docx; it is read through LibreOffice, or save it as .docx")
		}
		return source.FileErrorf(name, "an OpenDocument file (%s), not a Word .docx", mt)
	}
	if pk.file("xl/workbook.xml") != nil {
		return source.FileErrorf(name, "an Excel workbook, not a Word .docx")
	}
	if pk.file("ppt/presentation.xml") != nil {
		return source.FileErrorf(name, "a PowerPoint presentation, not a Word .docx")
	}
	return source.FileErrorf(name, "a zip archive without a Word document part (word/document.xml), not a .docx")
}

// containsUTF16 reports whether data holds s in UTF-16LE, as OLE directory
// entries name their streams.
func containsUTF16(data []byte, s string) bool {
	b := make([]byte, 0, 2*len(s))
	for i := 0; i < len(s); i++ {
		b = append(b, s[i], 0)
	}
	return bytes.Contains(data, b)
}
