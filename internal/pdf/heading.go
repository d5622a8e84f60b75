package pdf

// headingLines measures a section heading ("I- KẾT QUẢ THỰC HIỆN", "1.
// Theo lĩnh vực"): bold at the body size, indented like a paragraph, one
// piece a line, set left. The paginator keeps it on the same page as at
// least two lines of what follows (keepWithNext, and its unit's need).
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
