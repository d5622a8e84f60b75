package pdf

// heading prints a section heading ("I- KẾT QUẢ THỰC HIỆN", "1. Theo lĩnh
// vực") in bold at the body size, indented like a paragraph, kept on the same
// page as at least two lines of what follows.
func (d *document) heading(s string) {
	pg := d.page
	ps := d.headingLines(s)
	d.ensure(float64(len(ps)+2) * pg.LineHeight)
	for _, p := range ps {
		d.place(p)
	}
	d.gap(pg.ParagraphGap)
}

// headingLines measures a heading: one piece a line, set left.
func (d *document) headingLines(s string) []piece {
	pg := d.page
	d.setFont("B", pg.BodySize)
	key := textKey{s, "B", true, true}
	if ps, ok := d.measured[key]; ok {
		return ps
	}
	lines := d.wrapIndented(s, pg.textWidth(), pg.FirstLineIndent)
	ps := make([]piece, len(lines))
	for i, line := range lines {
		x := pg.MarginLeft
		if i == 0 {
			x += pg.FirstLineIndent
		}
		ps[i] = piece{boxes: []box{d.measureCell(x, 0, pg.MarginLeft+pg.textWidth()-x, pg.LineHeight, line, "L")}, h: pg.LineHeight}
	}
	d.remember(key, ps)
	return ps
}

// headingHeight is the height heading(s) takes, without the gap.
func (d *document) headingHeight(s string) float64 { return height(d.headingLines(s)) }
