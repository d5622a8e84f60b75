package pdf

// heading prints a section heading ("I- KẾT QUẢ THỰC HIỆN", "1. Theo lĩnh
// vực") in bold at the body size, indented like a paragraph, kept on the same
// page as at least two lines of what follows.
func (d *document) heading(s string) {
	pg := d.page
	d.setFont("B", pg.BodySize)
	lines := d.wrapIndented(s, pg.textWidth(), pg.FirstLineIndent)
	d.ensure(float64(len(lines)+2) * pg.LineHeight)
	for i, line := range lines {
		x := pg.MarginLeft
		if i == 0 {
			x += pg.FirstLineIndent
		}
		y := d.y()
		d.moveTo(x, y)
		d.cell(pg.MarginLeft+pg.textWidth()-x, pg.LineHeight, line, "L")
		d.moveTo(pg.MarginLeft, y+pg.LineHeight)
	}
	d.gap(pg.ParagraphGap)
}

// headingHeight is the height heading(s) takes, without the gap.
func (d *document) headingHeight(s string) float64 {
	pg := d.page
	d.setFont("B", pg.BodySize)
	return float64(len(d.wrapIndented(s, pg.textWidth(), pg.FirstLineIndent))) * pg.LineHeight
}
