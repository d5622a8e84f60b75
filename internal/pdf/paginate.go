package pdf

// piece is a measured unit of the page: boxes laid out apart from any page
// (y relative to the piece's top, x final) and the height it takes. Measure
// makes pieces once (a paragraph's lines, a table's rows, a signature
// block), the keep rules ask their heights, and the paginator places them.
type piece struct {
	boxes []box
	h     float64
}

// measureCell is a piece's text box: one line s in a cell of width w and
// height h at (x, y) relative to the piece, in the current face, colour and
// cell margin. The text is made printable here; place records its
// characters for the glyph check.
func (d *document) measureCell(x, y, w, h float64, s, align string) box {
	s = printableCell(s, &align)
	return box{kind: boxCell, x: x, y: y, w: w, h: h, text: s, align: alignByte(align), style: faceOf(d.style), size: d.size, pad: d.pad, rgb: d.ink}
}

// ensure starts a new page unless h more millimetres fit on this one: the
// paginator's one rule, which every keep rule states as a height. A page
// not yet begun is never left empty: what does not fit it fits no other.
func (d *document) ensure(h float64) {
	if d.y()+h > d.bottom()+0.01 && d.y() > d.page.MarginTop+0.01 {
		d.addPage()
	}
}

// place puts p at the cursor, on the current page, and moves below it.
func (d *document) place(p piece) {
	top := d.y()
	for _, b := range p.boxes {
		b.page = int32(d.pages)
		b.y += top
		if b.kind == boxRule {
			b.h += top
		}
		if b.kind == boxCell || b.kind == boxText {
			d.recordIn(b.style.String(), b.text)
		}
		d.boxes.add(b)
	}
	d.moveTo(d.page.MarginLeft, top+p.h)
}

// flow places pieces one after another, each on a new page when it does not
// fit what is left of this one: the lines of a paragraph break between them.
func (d *document) flow(ps []piece) {
	for _, p := range ps {
		d.ensure(p.h)
		d.place(p)
	}
}

// height is the height of pieces placed one under another.
func height(ps []piece) float64 {
	h := 0.0
	for _, p := range ps {
		h += p.h
	}
	return h
}

// unitKind is what a unit is to the keep rules.
type unitKind uint8

const (
	unitOther     unitKind = iota // a chart, a run of centred lines
	unitHeading                   // kept with what follows
	unitParagraph                 // kept whole with a table or the signature after it
	unitTable                     // need: its header and first row
	unitSignature                 // the signature block and Nơi nhận
)

// unit is one block of a document measured for the paginator: its lines
// (or, for a table or a chart, draw, which places its measured rows or bars
// with their own rules: the header repeated, the total kept with its row,
// the axis on the page where the bars end), the height that must fit
// before it starts, and the space before and after it. A unit with neither
// (a table without rows, a chart without bars) prints nothing.
type unit struct {
	kind  unitKind
	lines []piece // what is placed, one piece a line
	draw  func()  // places a table or a chart instead of lines
	// need is what must fit before the unit starts, when no taller than
	// a page: a centred run or the signature whole, a heading with two
	// more lines, a table's header and first row, a chart whole.
	need float64
	line float64 // a paragraph's line height: a heading keeps two of its lines
	pre  float64 // space before, unless at the top of a page
	gap  float64 // space after, unless at the top of a page
}

// paginate places measured units in order: a unit starts on a new page
// when what the keep rules hold with it (keepWithNext), or what it keeps
// on one page itself (need), does not fit what is left of this one; a chain taller
// than a page cannot be kept and flows.
func (d *document) paginate(us []unit) {
	for i := range us {
		u := &us[i]
		if h := keepWithNext(us, i); h > 0 && h <= d.pageHeight() {
			d.ensure(h)
		}
		if u.draw == nil && len(u.lines) == 0 {
			continue // a table without rows, a chart without bars
		}
		d.gap(u.pre)
		if u.need > 0 && u.need <= d.pageHeight() {
			d.ensure(u.need)
		}
		if u.draw != nil {
			u.draw()
		} else {
			d.flow(u.lines)
		}
		d.gap(u.gap)
	}
}
