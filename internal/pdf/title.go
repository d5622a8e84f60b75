package pdf

import "strings"

// docTitle prints the document type (BÁO CÁO) and its trích yếu centred in
// bold, with the dashes under them.
func (d *document) docTitle(docType, subject string) {
	pg := d.page
	w := pg.textWidth()
	d.setFont("B", pg.DocTypeSize)
	d.moveTo(pg.MarginLeft, d.y())
	d.cell(w, pg.LineHeight, strings.ToUpper(docType), "C")
	d.moveTo(pg.MarginLeft, d.y()+pg.LineHeight)
	d.setFont("B", pg.SubjectSize)
	for _, line := range d.splitBalanced(subject, w*pg.SubjectWidth) {
		d.moveTo(pg.MarginLeft, d.y())
		d.cell(w, pg.LineHeight, line, "C")
		d.moveTo(pg.MarginLeft, d.y()+pg.LineHeight)
	}
	if pg.SubjectDashes != "" {
		d.setFont("", pg.BodySize)
		d.cell(w, pg.LineHeight, pg.SubjectDashes, "C")
		d.moveTo(pg.MarginLeft, d.y()+pg.LineHeight)
	}
	d.gap(pg.ParagraphGap)
}
