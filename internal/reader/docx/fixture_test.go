package docx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"testing"

	"baocao/internal/document"
)

const wns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`

// fixture is a .docx written part by part, so a test states exactly the
// merged cells, numbering and styles it reads.
type fixture struct {
	body      string // the children of w:body
	styles    string // the children of w:styles; "" leaves styles.xml out
	numbering string // the children of w:numbering; "" leaves numbering.xml out
	extra     map[string]string
	// raw writes the parts stored, with no CRC, so a fuzzer mutating the
	// file changes the XML instead of breaking the deflate stream.
	raw bool
}

func (f fixture) bytes(t testing.TB) []byte {
	t.Helper()
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.vn/" TargetMode="External"/></Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document ` + wns + `><w:body>` + f.body + `<w:sectPr/></w:body></w:document>`,
	}
	if f.styles != "" {
		parts["word/styles.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ` + wns + `>` + f.styles + `</w:styles>`
	}
	if f.numbering != "" {
		parts["word/numbering.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + wns + `>` + f.numbering + `</w:numbering>`
	}
	for k, v := range f.extra {
		parts[k] = v
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/styles.xml", "word/numbering.xml"} {
		if s, ok := parts[name]; ok {
			f.write(t, zw, name, s)
			delete(parts, name)
		}
	}
	for name, s := range parts {
		f.write(t, zw, name, s)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func (f fixture) write(t testing.TB, zw *zip.Writer, name, s string) {
	t.Helper()
	if f.raw {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Store, CompressedSize64: uint64(len(s)), UncompressedSize64: uint64(len(s))})
		if err == nil {
			_, err = w.Write([]byte(s))
		}
		if err != nil {
			t.Fatal(err)
		}
		return
	}
	w, err := zw.Create(name)
	if err == nil {
		_, err = w.Write([]byte(s))
	}
	if err != nil {
		t.Fatal(err)
	}
}

// p writes a paragraph of plain runs; pPr is the inside of w:pPr.
func p(pPr string, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if pPr != "" {
		b.WriteString("<w:pPr>" + pPr + "</w:pPr>")
	}
	for _, r := range runs {
		b.WriteString(r)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// r writes a run; rPr is the inside of w:rPr.
func r(rPr, text string) string {
	s := "<w:r>"
	if rPr != "" {
		s += "<w:rPr>" + rPr + "</w:rPr>"
	}
	return s + `<w:t xml:space="preserve">` + text + "</w:t></w:r>"
}

// dump writes a document as text, one line per block, row, cell and cell
// paragraph, with positions, spans and emphasis (**bold**, *italic*).
func dump(doc *document.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format %s, %d blocks\n", doc.Format, len(doc.Blocks))
	for _, bl := range doc.Blocks {
		gap := ""
		if bl.Gap {
			gap = " gap"
		}
		if pa := bl.Para; pa != nil {
			h := ""
			if pa.Heading > 0 {
				h = fmt.Sprintf(" h%d", pa.Heading)
			}
			fmt.Fprintf(&b, "%d %s%s%s: %s\n", pa.Pos.Line, pa.Pos.Where, h, gap, runs(pa.Runs))
			continue
		}
		t := bl.Table
		fmt.Fprintf(&b, "%d %s%s: %d cols, %d rows\n", t.Pos.Line, t.Pos.Where, gap, t.Cols, len(t.Rows))
		for _, row := range t.Rows {
			hd := ""
			if row.Header {
				hd = " header"
			}
			fmt.Fprintf(&b, "  %d %s%s\n", row.Pos.Line, row.Pos.Where, hd)
			for _, c := range row.Cells {
				fmt.Fprintf(&b, "    %d %s: col %d span %dx%d\n", c.Pos.Line, c.Pos.Where, c.Col, c.ColSpan, c.RowSpan)
				for _, cp := range c.Paras {
					fmt.Fprintf(&b, "      %d | %s\n", cp.Pos.Line, runs(cp.Runs))
				}
			}
		}
	}
	return b.String()
}

func runs(rs []document.Run) string {
	var b strings.Builder
	for _, r := range rs {
		switch {
		case r.Bold && r.Italic:
			b.WriteString("***" + r.Text + "***")
		case r.Bold:
			b.WriteString("**" + r.Text + "**")
		case r.Italic:
			b.WriteString("*" + r.Text + "*")
		default:
			b.WriteString(r.Text)
		}
	}
	return b.String()
}
