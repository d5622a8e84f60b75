package pdf

// keepWithNext is the height that must fit on the page before unit i is
// placed, decided from the measured units alone: a heading stays with what
// follows it (the next heading, and at least two lines of its paragraph);
// a paragraph right before a table ("…, cụ thể:") stays whole with the
// table's header row and first body row; and the closing paragraph stays
// whole with the signature block, since a signature alone on the last page
// signs nothing the reader can see. 0 means unit i needs nothing kept with
// it.
func keepWithNext(us []unit, i int) float64 {
	h := 0.0
	j := i
	for ; j < len(us) && us[j].kind == unitHeading; j++ {
		h += height(us[j].lines) + us[j].gap
	}
	if j < len(us) && us[j].kind == unitParagraph {
		para := height(us[j].lines)
		if j+1 < len(us) {
			next := us[j+1]
			if next.kind == unitTable && next.need > 0 {
				return h + para + us[j].gap + next.need
			}
			if next.kind == unitSignature && j == i {
				return para + us[j].gap + next.pre + next.need
			}
		}
		if j == i {
			return 0 // a paragraph on its own breaks between lines
		}
		return h + min(2*us[j].line, para)
	}
	if j > i && j < len(us) && us[j].kind == unitTable && us[j].need > 0 {
		return h + us[j].need
	}
	return h // a heading before a chart or a centred line keeps its own lines; 0 for anything else
}
