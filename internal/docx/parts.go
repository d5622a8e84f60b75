package docx

import (
	"strings"

	"baocao/internal/report"
)

// The package's part names and the relationship ids document.xml uses.
const (
	contentTypesPart = "[Content_Types].xml"
	documentPart     = "word/document.xml"
	stylesPart       = "word/styles.xml"
	settingsPart     = "word/settings.xml"
	numberHeaderPart = "word/header1.xml" // the page number, from page 2
	firstHeaderPart  = "word/header2.xml" // empty: no number on a first page
	corePart         = "docProps/core.xml"

	numberHeaderRel = "rIdHeaderNumber"
	firstHeaderRel  = "rIdHeaderFirst"
)

// Namespaces of WordprocessingML and the package.
const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
)

// packageParts are the parts every report has besides the document and
// its styles: the content types, the relationships, the settings, the two
// page headers and the document properties.
func packageParts(info report.Info) map[string]string {
	const wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
	return map[string]string{
		contentTypesPart: xmlPI + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="` + wml + `document.main+xml"/>` +
			`<Override PartName="/word/header1.xml" ContentType="` + wml + `header+xml"/>` +
			`<Override PartName="/word/header2.xml" ContentType="` + wml + `header+xml"/>` +
			`<Override PartName="/word/settings.xml" ContentType="` + wml + `settings+xml"/>` +
			`<Override PartName="/word/styles.xml" ContentType="` + wml + `styles+xml"/>` +
			`</Types>`,
		"_rels/.rels": xmlPI + `<Relationships xmlns="` + nsRel + `">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
			`</Relationships>`,
		"word/_rels/document.xml.rels": xmlPI + `<Relationships xmlns="` + nsRel + `">` +
			`<Relationship Id="rIdStyles" Type="` + nsR + `/styles" Target="styles.xml"/>` +
			`<Relationship Id="rIdSettings" Type="` + nsR + `/settings" Target="settings.xml"/>` +
			`<Relationship Id="` + numberHeaderRel + `" Type="` + nsR + `/header" Target="header1.xml"/>` +
			`<Relationship Id="` + firstHeaderRel + `" Type="` + nsR + `/header" Target="header2.xml"/>` +
			`</Relationships>`,
		settingsPart: xmlPI + `<w:settings xmlns:w="` + nsW + `">` +
			`<w:defaultTabStop w:val="720"/>` +
			`<w:characterSpacingControl w:val="doNotCompress"/>` +
			`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
			`<w:themeFontLang w:val="vi-VN"/>` +
			`</w:settings>`,
		numberHeaderPart: pageHeader(true),
		firstHeaderPart:  pageHeader(false),
		corePart:         coreProperties(info),
	}
}

// pageHeader is a header part: the PAGE field centred on the text block,
// or (for first pages, which carry no number) an empty paragraph.
func pageHeader(number bool) string {
	var b strings.Builder
	b.WriteString(xmlPI + `<w:hdr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>`)
	if number {
		// A complex field rather than w:fldSimple: both Word and LibreOffice
		// keep it as a live field when the document is edited; "2" is only
		// the cached result shown until the field is computed.
		b.WriteString(`<w:r><w:fldChar w:fldCharType="begin"/></w:r>` +
			`<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
			`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
			`<w:r><w:t>2</w:t></w:r>` +
			`<w:r><w:fldChar w:fldCharType="end"/></w:r>`)
	}
	b.WriteString(`</w:p></w:hdr>`)
	return b.String()
}

// coreProperties are the document properties (title, subject, author,
// keywords), dated by the report's own date rather than the clock, so the
// same report gives the same bytes.
func coreProperties(info report.Info) string {
	var b strings.Builder
	b.WriteString(xmlPI + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	add := func(tag, v string) {
		if v != "" {
			b.WriteString("<" + tag + ">" + esc(v) + "</" + tag + ">")
		}
	}
	add("dc:title", info.Title)
	add("dc:subject", info.Subject)
	add("dc:creator", info.Author)
	add("cp:keywords", info.Keywords)
	b.WriteString("<dc:language>vi-VN</dc:language>")
	if isISODate(info.Date) {
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + info.Date + `T00:00:00Z</dcterms:created>`)
	}
	b.WriteString("</cp:coreProperties>")
	return b.String()
}

// isISODate reports a date written YYYY-MM-DD, the only form W3CDTF takes
// here; another value is left out rather than written as an invalid date.
func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}
