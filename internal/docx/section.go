package docx

import "fmt"

// sectPr is a section's page setup: A4 (or the configured paper) portrait
// for the report, turned for the Phụ lục; the margins of
// official-format.md on the page as it is read; the page number at the top
// from the section's second page (w:titlePg with an empty first-page
// header). restart numbers the section's pages from 1, as each annex is
// numbered on its own (ND30).
func sectPr(o Options, landscape, restart bool) string {
	w, h := twips(o.WidthMM), twips(o.HeightMM)
	orient := ""
	if landscape {
		w, h = h, w
		orient = ` w:orient="landscape"`
	}
	numbering := ""
	if restart {
		numbering = `<w:pgNumType w:start="1"/>`
	}
	return fmt.Sprintf(`<w:sectPr><w:headerReference w:type="default" r:id="%s"/><w:headerReference w:type="first" r:id="%s"/>`+
		`<w:type w:val="nextPage"/><w:pgSz w:w="%d" w:h="%d"%s/>`+
		`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`+
		`%s<w:cols w:space="720"/><w:titlePg/></w:sectPr>`,
		numberHeaderRel, firstHeaderRel, w, h, orient,
		twips(o.MarginTopMM), twips(o.MarginRightMM), twips(o.MarginBottomMM), twips(o.MarginLeftMM),
		twips(o.MarginTopMM*0.4), twips(o.MarginBottomMM*0.5), numbering)
}
