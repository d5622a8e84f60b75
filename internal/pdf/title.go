package pdf

import "strings"

// docTitle places the document type (BÁO CÁO) and its trích yếu centred in
// bold, with the dashes under them.
func (d *document) docTitle(docType, subject string) {
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
	d.place(piece{out, y})
	d.gap(pg.ParagraphGap)
}
