package pdf

// centredRun measures the run of centred lines that starts at block i (a
// chart's caption, the appendix's PHỤ LỤC, its title and its "(Kèm
// theo …)"): each block bold or italic as it asks, balanced into lines
// across the text width, one piece a line, the lines a line apart. It
// returns the pieces and the index of the first block after the run. The
// run is one unit of the page: the paginator keeps it together (its need)
// and the paragraph gap follows the run, not each of its lines.
func (d *document) centredRun(bs []block, i int) ([]piece, int) {
	pg := d.page
	var ps []piece
	for ; i < len(bs) && centred(bs[i].kind); i++ {
		style := "B"
		if bs[i].kind == blockCentreItalic {
			style = "I"
		}
		d.setFont(style, pg.BodySize)
		for _, line := range d.splitBalanced(bs[i].text, pg.textWidth()) {
			ps = append(ps, piece{boxes: []box{d.measureCell(pg.MarginLeft, 0, pg.textWidth(), pg.LineHeight, line, "C")}, h: pg.LineHeight})
		}
	}
	return ps, i
}

// centred reports whether a block is a centred line (bold or italic).
func centred(k blockKind) bool { return k == blockCentreBold || k == blockCentreItalic }
