package pdf

// keepWithNext is the height that must fit on the page before block i is
// printed: a heading stays with what follows it (the next heading, and at
// least two lines of its paragraph), and a paragraph the template puts
// right before a table ("…, cụ thể:") stays whole with the table's header
// row and first body row, so neither is left at the foot of a page whose
// content starts overleaf. lead gives a table block's leadHeight, 0 for a
// table that is not printed. 0 means block i needs nothing kept with it.
func (d *document) keepWithNext(bs []block, i int, lead func(j int) float64) float64 {
	pg := d.page
	h := 0.0
	j := i
	for ; j < len(bs) && bs[j].kind == blockHeading; j++ {
		h += d.headingHeight(bs[j].text) + pg.ParagraphGap
	}
	if j < len(bs) && bs[j].kind == blockParagraph {
		if j+1 < len(bs) && bs[j+1].kind == blockTable {
			if l := lead(j + 1); l > 0 {
				return h + d.paragraphHeight(bs[j].text) + pg.ParagraphGap + l
			}
		}
		if j == i {
			return 0 // a paragraph on its own breaks between lines
		}
		return h + min(2*pg.LineHeight, d.paragraphHeight(bs[j].text))
	}
	if j > i && j < len(bs) && bs[j].kind == blockTable {
		if l := lead(j); l > 0 {
			return h + l
		}
	}
	if j > i {
		return h // before a chart or a centred line: heading keeps its own two lines
	}
	return 0
}
