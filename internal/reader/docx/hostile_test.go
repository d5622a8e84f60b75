package docx

import (
	"archive/zip"
	"bytes"
	"strconv"
	"strings"
	"testing"

	"baocao/internal/source"
)

// ole builds the start of an OLE2 compound file naming one stream.
func ole(stream string) []byte {
	b := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 504)...)
	for _, c := range stream {
		b = append(b, byte(c), 0)
	}
	return append(b, make([]byte, 64)...)
}

func zipOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, s := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(s))
	}
	zw.Close()
	return buf.Bytes()
}

func TestReadRefusesWhatIsNotADocx(t *testing.T) {
	hello := p("", r("", "Xin chào"))
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "x.docx: the file is empty"},
		{"text", []byte("CHƯƠNG TRÌNH HÀNH ĐỘNG\n"), "does not start as one"},
		{"doc", ole("WordDocument"), "Word 97–2003 .doc"},
		{"encrypted", ole("EncryptedPackage"), "encrypted with a password"},
		{"ole", ole("Workbook"), "OLE compound file"},
		{"rtf", []byte(`{\rtf1\ansi Xin chao}`), "an RTF file"},
		{"odt", zipOf(t, map[string]string{"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}), "OpenDocument text (.odt)"},
		{"xlsx", zipOf(t, map[string]string{"xl/workbook.xml": "<x/>"}), "an Excel workbook"},
		{"bare zip", zipOf(t, map[string]string{"a.txt": "a"}), "without a Word document part"},
		{"truncated zip", fixture{body: hello}.bytes(t)[:200], "zip archive cannot be read"},
		{"bad xml", fixture{body: `<w:p><w:r><w:t>Xin chào</w:r></w:p>`}.bytes(t), "word/document.xml is not well-formed XML (line 2"},
		{"no body", fixture{extra: map[string]string{"word/document.xml": `<w:document ` + wns + `/>`}}.bytes(t), "has no document body"},
		{"no text", fixture{body: `<w:p/><w:p><w:r><w:drawing/></w:r></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>`}.bytes(t), "holds no text"},
		{"only an embedded document", fixture{body: `<w:altChunk r:id="rId9"/>`}.bytes(t), "in 1 embedded document(s) (w:altChunk)"},
		{"only deleted", fixture{body: `<w:p><w:del><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p>`}.bytes(t), "holds no text"},
		{"utf-16 declared", fixture{extra: map[string]string{"word/document.xml": `<?xml version="1.0" encoding="UTF-16"?><w:document ` + wns + `><w:body/></w:document>`}}.bytes(t), "word/document.xml cannot be read"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc, _, err := Read("x.docx", c.data)
			if err == nil || doc != nil {
				t.Fatalf("Read = %v, %v; want an error", doc, err)
			}
			if !strings.HasPrefix(err.Error(), "x.docx: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q; want the file name and %q", err, c.want)
			}
		})
	}
}

// setCaps lowers the size caps for one test.
func setCaps(t *testing.T, part, total int64) {
	op, ot := maxPartBytes, maxTotalBytes
	maxPartBytes, maxTotalBytes = part, total
	t.Cleanup(func() { maxPartBytes, maxTotalBytes = op, ot })
}

func TestReadRefusesAZipOfManyEntries(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := range maxEntries + 1 {
		zw.CreateHeader(&zip.FileHeader{Name: strconv.Itoa(i), Method: zip.Store})
	}
	zw.Close()
	_, _, err := Read("x.docx", buf.Bytes())
	if err == nil || !strings.Contains(err.Error(), "lists 10001 entries") {
		t.Errorf("Read = %v", err)
	}
}

func TestReadCapsPartSizes(t *testing.T) {
	body := p("", r("", strings.Repeat("Nội dung dài. ", 200)))
	data := fixture{body: body}.bytes(t)
	if _, _, err := Read("x.docx", data); err != nil {
		t.Fatal(err)
	}
	setCaps(t, 2000, 1<<20)
	_, _, err := Read("x.docx", data)
	if err == nil || !strings.Contains(err.Error(), "word/document.xml declares") {
		t.Errorf("a part above the cap: %v", err)
	}
	// Every part fits alone; together they pass the total.
	setCaps(t, 1<<20, 4000)
	_, _, err = Read("x.docx", fixture{body: body, styles: programmeStyles}.bytes(t))
	if err == nil || !strings.Contains(err.Error(), "word/document.xml brings the parts read to more than") {
		t.Errorf("parts above the total: %v", err)
	}
}

// A zip entry that inflates to more than it declares is refused by the
// zip reader, before our cap: the error names the part.
func TestReadRefusesAPartLargerThanDeclared(t *testing.T) {
	doc := []byte(`<?xml version="1.0" encoding="UTF-8"?><w:document ` + wns + `><w:body>` + strings.Repeat(p("", r("", "Một đoạn văn.")), 500) + `</w:body></w:document>`)
	var comp bytes.Buffer
	zw := zip.NewWriter(&comp)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate})
	w.Write(doc)
	zw.Close()
	// Rewrite both headers' uncompressed size to 100 bytes.
	data := comp.Bytes()
	lie := func(at int) { data[at], data[at+1], data[at+2], data[at+3] = 100, 0, 0, 0 }
	lie(22) // local header
	cd := bytes.LastIndex(data, []byte("PK\x01\x02"))
	lie(cd + 24)
	_, _, err := Read("x.docx", data)
	if err == nil || !strings.Contains(err.Error(), "word/document.xml") {
		t.Errorf("Read = %v; want an error naming the part", err)
	}
}

func TestReadSurvivesDeepNestingAndWideTables(t *testing.T) {
	deep := strings.Repeat(`<w:sdt><w:sdtContent>`, 5000) + p("", r("", "sâu")) + strings.Repeat(`</w:sdtContent></w:sdt>`, 5000)
	links := p("", strings.Repeat(`<w:hyperlink>`, 5000)+r("", "liên kết")+strings.Repeat(`</w:hyperlink>`, 5000), r("", "Đoạn có liên kết lồng nhau"))
	wide := `<w:tbl><w:tr><w:trPr><w:gridBefore w:val="2147483647"/></w:trPr>` + tc("", p("", r("", "ngoài lưới"))) + `</w:tr><w:tr>` + tc(`<w:gridSpan w:val="99999999999"/>`, p("", r("", "rất rộng"))) + tc("", p("", r("", "bị cắt"))) + `</w:tr></w:tbl>`
	doc, diags, err := Read("x.docx", fixture{body: deep + links + wide + p("", r("", "Kết thúc"))}.bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	got := dump(doc)
	for _, want := range []string{"Đoạn có liên kết lồng nhau", "256 cols, 2 rows", "col 0 span 256x1", "| rất rộng", "Kết thúc"} {
		if !strings.Contains(got, want) {
			t.Errorf("dump lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "sâu") {
		t.Errorf("content beyond the depth cap was read:\n%s", got)
	}
	for _, code := range []string{"docx-too-deep", "docx-too-wide"} {
		found := false
		for _, d := range diags {
			found = found || d.Code == code && d.Severity == source.Warning
		}
		if !found {
			t.Errorf("no %s warning in %v", code, diags)
		}
	}
}

func TestReadWarnsOnUnreadableStylesAndGoesOn(t *testing.T) {
	doc, diags, err := Read("x.docx", fixture{
		body:      p(`<w:pStyle w:val="Heading1"/>`, r("", "Tiêu đề")) + p(numPr("1", "0"), r("", "Mục")),
		styles:    `<w:style w:styleId="Heading1"><w:name w:val="heading 1"/></w:style><w:style w:styleId="Broken"><w:name w:val="x"/>`,
		numbering: `<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>`,
	}.bytes(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(diags) != 1 || diags[0].Code != "docx-part-unreadable" || diags[0].Pos.Where != "word/styles.xml" || !strings.Contains(diags[0].Message, "word/styles.xml is not well-formed XML") {
		t.Errorf("diagnostics %v; want one warning naming word/styles.xml", diags)
	}
	// The style read before the damage still applies; the list numbers
	// from 0 because its level states no w:start (the OOXML default).
	if got := dump(doc); !strings.Contains(got, "h1: Tiêu đề") || !strings.Contains(got, ": 0. Mục") {
		t.Errorf("dump:\n%s", got)
	}
}
