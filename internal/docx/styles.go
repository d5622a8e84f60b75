package docx

import (
	"fmt"
	"strings"
)

// Style ids of the report. They are real Word styles, so an office that
// edits the report (adds its assessment, rewords a sentence) types in the
// report's own look and can restyle every heading or table in one place.
const (
	styleBody          = "BodyText"      // justified, first line indented
	styleHeading1      = "Heading1"      // "I- KẾT QUẢ THỰC HIỆN"
	styleHeading2      = "Heading2"      // "1. Kết quả chung"
	styleTitle         = "Title"         // "BÁO CÁO"
	styleSubtitle      = "Subtitle"      // the trích yếu and its "-----"
	styleCentredBold   = "CentredBold"   // "PHỤ LỤC" and its title
	styleCentredItalic = "CentredItalic" // "(Kèm theo …)", a chart's caption
	styleDocHeader     = "DocumentHeader"
	styleTableText     = "TableText"
	styleTableHeading  = "TableHeading"
	styleChartText     = "ChartText"
	styleSignature     = "Signature"
	styleRecipients    = "Recipients"
	stylePageHeader    = "Header"
	styleReportTable   = "ReportTable" // ruled tables
	stylePlainTable    = "PlainTable"  // the header and signature layout tables
)

// styles is word/styles.xml: the defaults (the office font, Vietnamese as
// the proofing language) and every style the report uses.
func styles(o Options) string {
	font := esc(o.Font)
	body, table := halfPoints(o.BodySize), halfPoints(o.TableSize)
	line := pointsTw(18) // exactly 18 pt between body lines (official-format.md)
	gap := pointsTw(6)   // 6 pt between paragraphs
	indent := twips(10)  // first-line indent 10 mm
	var b strings.Builder
	b.WriteString(xmlPI + `<w:styles xmlns:w="` + nsW + `">`)
	fmt.Fprintf(&b, `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[1]s" w:cs="%[1]s"/>`+
		`<w:sz w:val="%[2]d"/><w:szCs w:val="%[2]d"/><w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`+
		`<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`, font, body)

	para := func(id, name, basedOn, next, pPr, rPr string) {
		b.WriteString(`<w:style w:type="paragraph"`)
		if id == "Normal" {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(` w:styleId="` + id + `"><w:name w:val="` + name + `"/>`)
		if basedOn != "" {
			b.WriteString(`<w:basedOn w:val="` + basedOn + `"/>`)
		}
		if next != "" {
			b.WriteString(`<w:next w:val="` + next + `"/>`)
		}
		b.WriteString(`<w:qFormat/>`)
		if pPr != "" {
			b.WriteString(`<w:pPr>` + pPr + `</w:pPr>`)
		}
		if rPr != "" {
			b.WriteString(`<w:rPr>` + rPr + `</w:rPr>`)
		}
		b.WriteString(`</w:style>`)
	}
	size := func(hp int) string { return fmt.Sprintf(`<w:sz w:val="%[1]d"/><w:szCs w:val="%[1]d"/>`, hp) }
	spacing := func(before, after, line int, rule string) string {
		return fmt.Sprintf(`<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="%s"/>`, before, after, line, rule)
	}
	bodySpacing := spacing(0, gap, line, "exact")
	firstLine := fmt.Sprintf(`<w:ind w:firstLine="%d"/>`, indent)
	bold, italic := `<w:b/><w:bCs/>`, `<w:i/><w:iCs/>`

	para("Normal", "Normal", "", "", "", fmt.Sprintf(`<w:rFonts w:ascii="%[1]s" w:hAnsi="%[1]s" w:eastAsia="%[1]s" w:cs="%[1]s"/>`, font)+size(body))
	para(styleBody, "Body Text", "Normal", styleBody, `<w:widowControl/>`+bodySpacing+firstLine+`<w:jc w:val="both"/>`, "")
	para(styleHeading1, "heading 1", "Normal", styleBody, `<w:keepNext/><w:keepLines/>`+spacing(gap, gap, line, "exact")+firstLine+`<w:jc w:val="both"/><w:outlineLvl w:val="0"/>`, bold)
	para(styleHeading2, "heading 2", "Normal", styleBody, `<w:keepNext/><w:keepLines/>`+bodySpacing+firstLine+`<w:jc w:val="both"/><w:outlineLvl w:val="1"/>`, bold)
	para(styleTitle, "Title", "Normal", styleSubtitle, `<w:keepNext/>`+spacing(twips(8), 0, 240, "auto")+`<w:jc w:val="center"/>`, bold+size(halfPoints(o.BodySize+1)))
	sub := o.textWidth(o.Landscape) * 75 / 1000 // the trích yếu runs over 85% of the line
	para(styleSubtitle, "Subtitle", "Normal", styleBody, `<w:keepNext/>`+fmt.Sprintf(`<w:ind w:left="%[1]d" w:right="%[1]d"/>`, sub)+`<w:jc w:val="center"/>`, bold)
	para(styleCentredBold, "Centred Bold", "Normal", styleBody, `<w:keepNext/>`+spacing(0, 0, line, "exact")+`<w:jc w:val="center"/>`, bold)
	para(styleCentredItalic, "Centred Italic", "Normal", styleBody, spacing(0, gap, line, "exact")+`<w:jc w:val="center"/>`, italic)
	para(styleDocHeader, "Document Header", "Normal", "", `<w:jc w:val="center"/>`, "")
	para(styleTableText, "Table Text", "Normal", "", "", size(table))
	para(styleTableHeading, "Table Heading", styleTableText, "", `<w:jc w:val="center"/>`, bold+size(halfPoints(o.TableSize+1)))
	para(styleChartText, "Chart Text", "Normal", "", "", size(halfPoints(o.TableSize-1)))
	para(styleSignature, "Signature", "Normal", "", `<w:keepNext/><w:jc w:val="center"/>`, "")
	para(styleRecipients, "Recipients", "Normal", "", `<w:keepNext/>`, size(table))
	para(stylePageHeader, "header", "Normal", "", `<w:jc w:val="center"/>`, "")

	// Tables: Word's default table style, the ruled style of the report's
	// tables (0.5 pt rules, 1.5 mm beside and 1 mm above and below the
	// text, as the PDF), and the plain style of the layout tables.
	fmt.Fprintf(&b, `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>`+
		`<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`)
	rule := `w:val="single" w:sz="4" w:space="0" w:color="000000"`
	fmt.Fprintf(&b, `<w:style w:type="table" w:styleId="%s"><w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/>`+
		`<w:pPr><w:keepLines/></w:pPr><w:rPr>%s</w:rPr>`+
		`<w:tblPr><w:tblBorders><w:top %[3]s/><w:left %[3]s/><w:bottom %[3]s/><w:right %[3]s/><w:insideH %[3]s/><w:insideV %[3]s/></w:tblBorders>`+
		`<w:tblCellMar><w:top w:w="%[4]d" w:type="dxa"/><w:left w:w="%[5]d" w:type="dxa"/><w:bottom w:w="%[4]d" w:type="dxa"/><w:right w:w="%[5]d" w:type="dxa"/></w:tblCellMar></w:tblPr>`+
		`<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr></w:tblStylePr></w:style>`,
		styleReportTable, size(table), rule, twips(1), twips(1.5))
	fmt.Fprintf(&b, `<w:style w:type="table" w:styleId="%s"><w:name w:val="Plain Table"/><w:basedOn w:val="TableNormal"/><w:qFormat/>`+
		`<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>`+
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
		stylePlainTable)
	b.WriteString(`</w:styles>`)
	return b.String()
}
