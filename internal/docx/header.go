package docx

import "baocao/internal/report"

// docHeader is the first page's two-column header as a borderless table:
// left the parent issuer, the issuer in bold, "*" and the number; right
// "ĐẢNG CỘNG SẢN VIỆT NAM" bold and underlined, and the place and date in
// italics level with the number (HD36). Two rows keep the date on the
// number's line however the issuer's names wrap.
func docHeader(h report.Header, width int, o Options) table {
	left := twips(80) // as the PDF's header column
	if left > width/2 {
		left = width / 2
	}
	line := func(s string, bold, italic, underline bool, size float64) para {
		return para{style: styleDocHeader, runs: []run{{text: s, bold: bold, italic: italic, underline: underline, size: size}}}
	}
	var issuer []para
	if h.ParentIssuer != "" {
		issuer = append(issuer, line(h.ParentIssuer, false, false, false, 0))
	}
	if h.Issuer != "" {
		issuer = append(issuer, line(h.Issuer, true, false, false, 0))
	}
	issuer = append(issuer, line("*", false, false, false, 0))
	return table{style: stylePlainTable, grid: []int{left, width - left}, caption: "Tiêu đề văn bản", rows: []tableRow{
		{cantSplit: true, cells: []tableCell{
			{top: true, paras: issuer},
			{top: true, paras: []para{line(h.Party, true, false, true, o.BodySize+1)}},
		}},
		{cantSplit: true, cells: []tableCell{
			{top: true, paras: []para{line(h.Number, false, false, false, 0)}},
			{top: true, paras: []para{line(h.PlaceDate, false, true, false, 0)}},
		}},
	}}
}
