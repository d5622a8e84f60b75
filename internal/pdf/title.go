package pdf

import "strings"

// docTitleUnit measures the document type (BÁO CÁO) and its trích yếu centred in
// bold, with the dashes under them.
func (d *document) docTitleUnit(docType, subject string) unit {
	pg := d.page
	w := pg.textWidth()
	var out []box
	y := 0.0
	line := func(s string) {
		out = append(out, d.measureCell(pg.MarginLeft, y, w, pg.LineHeight, s, "C"))
		y += pg.LineHeight
	}
	d.setFont("B", pg.DocTypeSize)
	line(strings.ToUpper(docType))
	d.setFont("B", pg.SubjectSize)
	for _, l := range d.splitBalanced(subject, w*pg.SubjectWidth) {
		line(l)
	}
	if pg.SubjectDashes != "" {
		d.setFont("", pg.BodySize)
		line(pg.SubjectDashes)
	}
	return unit{lines: []piece{{out, y}}, gap: pg.ParagraphGap}
}
