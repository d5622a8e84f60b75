package docx

import (
	"strings"
	"testing"

	"baocao/internal/golden"
)

// programmeStyles: Word's built-in names with LibreOffice-like ids, a bold
// "Strong" character style, a bold paragraph style for the annex caption
// based on another, and document defaults that set nothing bold.
const programmeStyles = `
<w:docDefaults><w:rPrDefault><w:rPr><w:b w:val="0"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:caps/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CaptionBold"><w:name w:val="Annex Caption"/><w:basedOn w:val="BoldBase"/></w:style>
<w:style w:type="paragraph" w:styleId="BoldBase"><w:name w:val="Bold Base"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop 1"/><w:basedOn w:val="Loop2"/><w:rPr><w:i/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop 2"/><w:basedOn w:val="Loop1"/></w:style>
`

// programmeNumbering: 1 decimal "%1." body list; 2 dash bullets; 3 "a)"
// sub-items; 5 and 6 the annex TT column (6 restarts at 1 for group II);
// 4 Roman parts through the List Number style; 7 a Symbol-font bullet.
const programmeNumbering = `
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="40"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="50"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="70"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uf0b7" + `"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="8"><w:abstractNumId w:val="30"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="40"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="50"/></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="50"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="7"><w:abstractNumId w:val="70"/></w:num>
`

func numPr(id, lvl string) string {
	return `<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="` + id + `"/></w:numPr>`
}

// tc writes a table cell; tcPr is the inside of w:tcPr, paras its content.
func tc(tcPr string, paras ...string) string {
	s := "<w:tc>"
	if tcPr != "" {
		s += "<w:tcPr>" + tcPr + "</w:tcPr>"
	}
	if len(paras) == 0 {
		paras = []string{"<w:p/>"}
	}
	return s + strings.Join(paras, "") + "</w:tc>"
}

func tr(trPr string, cells ...string) string {
	s := "<w:tr>"
	if trPr != "" {
		s += "<w:trPr>" + trPr + "</w:trPr>"
	}
	return s + strings.Join(cells, "") + "</w:tr>"
}

// annexRow is a work item row: TT numbered by list numID, then four cells.
func annexRow(numID, lead, leadMerge, coord, name string, deadline ...string) string {
	var dl []string
	for i, d := range deadline {
		if i > 0 {
			dl = append(dl, `<w:br/>`)
		}
		dl = append(dl, `<w:t xml:space="preserve">`+d+`</w:t>`)
	}
	leadCell := tc(leadMerge, p("", r("", lead)))
	if lead == "" {
		leadCell = tc(leadMerge)
	}
	return tr(`<w:cantSplit/>`,
		tc("", p(numPr(numID, "0"))),
		leadCell,
		tc("", p("", r("", coord))),
		tc("", p("", r("", name))),
		tc("", p("", `<w:r>`+strings.Join(dl, "")+`</w:r>`)),
	)
}

// programmeBody is a Tỉnh ủy action programme as Word writes it.
var programmeBody = strings.Join([]string{
	// The state header laid out in a two-column table with no borders.
	`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="5000"/></w:tblGrid>`,
	tr("", tc("", p("", r("", "TỈNH ỦY QUẢNG NAM")), p("", r("", "*"))), tc("", p("", r(`<w:b/>`, "ĐẢNG CỘNG SẢN VIỆT NAM")))),
	tr("", tc("", p("", r("", "Số 12-CTr/TU"))), tc("", p("", r(`<w:i/>`, "Quảng Nam, ngày 15 tháng 3 năm 2022")))),
	`</w:tbl>`,
	// The issuing body in a text box, as Word writes it: the same box as a
	// DrawingML choice and a VML fallback; then a bare VML text box.
	`<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>` +
		p("", r(`<w:b/>`, "BAN CHẤP HÀNH")) + p("", r("", "Số: 12-CTr/TU")) +
		`</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>` +
		p("", r(`<w:b/>`, "BAN CHẤP HÀNH")) + p("", r("", "Số: 12-CTr/TU")) +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>` +
		`<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>` + p("", r("", "Hộp văn bản VML")) + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r><w:r><w:t>Neo của hộp văn bản</w:t></w:r></w:p>`,
	`<w:p/>`,
	// Title with a line break: two paragraphs, both the title's heading level and bold caps.
	p(`<w:pStyle w:val="Title"/><w:jc w:val="center"/>`, r("", "Chương trình hành động"), `<w:r><w:br/><w:t>thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy</w:t></w:r>`),
	// A content control around a paragraph; decomposed diacritics (NFD) in the source.
	`<w:sdt><w:sdtPr><w:alias w:val="Trích yếu"/></w:sdtPr><w:sdtContent>` + p("", r(`<w:i/>`, "về phát triển kinh tế ban đêm giai đoạn 2022 – 2025")) + `</w:sdtContent></w:sdt>`,
	`<w:p/>`,
	p(`<w:pStyle w:val="ListNumber"/>`, r("", "MỤC ĐÍCH, YÊU CẦU")),
	p(numPr("1", "0"), r("", "Quán triệt sâu sắc nội dung Nghị quyết"), `<w:r><w:tab/></w:r>`, r("", "đến cán bộ, đảng viên.")),
	p(numPr("1", "1"), r("", "Cụ thể hóa thành chương trình, kế hoạch của từng cơ quan.")),
	p(numPr("1", "0"), r("", "Xác định rõ trách nhiệm"), `<w:ins w:id="1" w:author="VP"><w:r><w:t xml:space="preserve"> người đứng đầu</w:t></w:r></w:ins>`, `<w:del w:id="2" w:author="VP"><w:r><w:delText> (đã xóa)</w:delText></w:r></w:del>`, r("", ".")),
	p(`<w:pStyle w:val="ListNumber"/>`, r("", "NHIỆM VỤ, GIẢI PHÁP")),
	p(`<w:pStyle w:val="Heading2"/>`, r("", "Công tác tuyên truyền")),
	p(numPr("2", "0"), r("", "Ban Tuyên giáo Tỉnh ủy chủ trì xây dựng "), r(`<w:b/>`, "Đề án tuyên truyền"), r("", " trong quý II năm 2022.")),
	p(numPr("2", "0"), r("", "Ủy ban nhân dân tỉnh ban hành "), r(`<w:rStyle w:val="Strong"/>`, "Kế hoạch phát triển kinh tế ban đêm"), r("", "; xem "), `<w:hyperlink r:id="rId3"><w:r><w:t>cổng thông tin</w:t></w:r></w:hyperlink>`, r("", ".")),
	p(numPr("3", "0"), r("", "Sở Văn hóa "), `<w:smartTag w:uri="urn:x" w:element="place"><w:r><w:rPr><w:b/></w:rPr><w:t>Quy chế quản lý</w:t></w:r></w:smartTag>`, r("", " phố đi bộ;")),
	p(numPr("3", "0"), r("", "Sở Công Thương tổng kết "), r(`<w:b/><w:i/>`, "Báo cáo sơ kết"), r("", ` năm 2023`), `<w:r><w:noBreakHyphen/><w:t>2024.</w:t></w:r>`),
	p(numPr("8", "0"), r("", "Mục a) mới, danh sách khởi động lại.")),
	p(numPr("7", "0"), r("", "Dấu chấm Symbol"), `<w:r><w:sym w:font="Wingdings" w:char="F0E0"/><w:t xml:space="preserve"> kết quả</w:t></w:r>`),
	p(`<w:pStyle w:val="Heading2"/>`, r(`<w:i w:val="false"/>`, "Không nghiêng (w:i false trên kiểu nghiêng)")),
	p(`<w:pStyle w:val="CaptionBold"/>`, r("", "Phụ lục chữ đậm theo kiểu cơ sở "), r(`<w:rStyle w:val="Strong"/>`, "Strong trên kiểu đậm thì thôi đậm"), r(`<w:b w:val="0"/>`, " thường")),
	p(`<w:pStyle w:val="Loop1"/>`, r("", "Kiểu vòng lặp basedOn vẫn đọc được")),
	p(`<w:pStyle w:val="Normal"/><w:outlineLvl w:val="0"/>`, r("", "PHỤ LỤC"), `<w:r><w:br w:type="page"/></w:r>`, r("", "Danh mục đề án")),
	`<w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>`,
	// The annex table.
	`<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="1800"/>`, 5) + `</w:tblGrid>`,
	tr(`<w:tblHeader/>`,
		tc("", p("", r(`<w:b/>`, "TT"))),
		tc("", p("", r(`<w:b/>`, "Cơ quan chủ trì"))),
		tc("", p("", r(`<w:b/>`, "Cơ quan phối hợp"))),
		tc("", p("", r(`<w:b/>`, "Tên đề án"))),
		tc("", p("", r(`<w:b/>`, "Thời gian hoàn thành"))),
	),
	tr("", tc(`<w:gridSpan w:val="5"/>`, p("", r(`<w:b/>`, "I. LĨNH VỰC KINH TẾ")))),
	annexRow("5", "Ban Tuyên giáo Tỉnh ủy", `<w:vMerge w:val="restart"/>`, "Sở Thông tin và Truyền thông", "Đề án tuyên truyền kinh tế ban đêm", "Quý I và", "quý II năm 2022"),
	annexRow("5", "", `<w:vMerge/>`, "Các huyện ủy, thị ủy", "Kế hoạch truyền thông", "Tháng 10 hằng năm"),
	`<w:sdt><w:sdtContent>` + annexRow("5", "", `<w:vMerge w:val="continue"/>`, "Sở Du lịch", "Quy chế phố đi bộ", "Trước 30/9/2022") + `</w:sdtContent></w:sdt>`,
	tr("", tc(`<w:gridSpan w:val="5"/>`, p("", r(`<w:b/>`, "II. LĨNH VỰC VĂN HÓA")))),
	annexRow("6", "Sở Văn hóa, Thể thao và Du lịch", "", "Ủy ban MTTQ tỉnh", "Đề án bảo tồn di sản", "6 tháng cuối năm 2022"),
	// Coordinators in a nested table; the deadline cell spans two columns.
	tr("",
		tc("", p(numPr("6", "0"))),
		tc("", p("", r("", "Sở Công Thương"))),
		tc("", `<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Sở Tài chính</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Sở Kế hoạch và Đầu tư</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>`),
		tc(`<w:gridSpan w:val="2"/>`, p("", r("", "Báo cáo tổng kết, năm 2025"))),
	),
	// A row that starts one grid column in, as Word writes a ragged table.
	tr(`<w:gridBefore w:val="1"/>`, tc(`<w:gridSpan w:val="4"/>`, p("", r(`<w:i/>`, "Ghi chú: "), r("", "mười một đề án, ba kế hoạch.")))),
	`</w:tbl>`,
	p("", r("", "Nơi nhận:"), `<w:r><w:cr/><w:t>- Ban Thường vụ Tỉnh ủy,</w:t></w:r>`),
	p("", r(`<w:vanish/>`, "văn bản ẩn"), r("", "T/M BAN THƯỜNG VỤ")),
}, "\n")

func TestReadProgramme(t *testing.T) {
	// One source text in decomposed form: Read writes NFC.
	body := strings.Replace(programmeBody, "giai đoạn", "giai \u0111oa\u0323n", 1)
	data := fixture{body: body, styles: programmeStyles, numbering: programmeNumbering}.bytes(t)
	doc, diags, err := Read("ctr12.docx", data)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "docx" || doc.Name != "ctr12.docx" {
		t.Errorf("format %q name %q", doc.Format, doc.Name)
	}
	var out strings.Builder
	out.WriteString(dump(doc))
	for _, d := range diags {
		out.WriteString(d.String() + "\n")
	}
	golden.Check(t, "programme.golden", []byte(out.String()))
}
