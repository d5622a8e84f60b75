package pdf

import (
	"fmt"
	"io"
)

// boxKind says what a box is: something printed (a line of text, a
// rectangle, a rule) or a change of the drawing state it is printed in.
type boxKind uint8

const (
	boxPage     boxKind = iota // a new page; sect set when its numbering restarts
	boxCell                    // one line of text in a cell of width w, height h at (x, y), aligned
	boxText                    // one line of text with its baseline at (x, y)
	boxRect                    // a rectangle, drawn ("D") or filled and drawn ("FD")
	boxRule                    // a line from (x, y) to (w, h)
	boxRotate                  // turn what follows by w degrees about (x, y)
	boxUnrotate                // end of the turn
)

// box is one laid-out item of a document: the layout (measure and
// paginate) produces the list of them without touching fpdf, and the
// painter draws it in order. Each box carries what it is drawn with (face
// and size, colour, rule width, cell margin), so the painter sets fpdf's
// state only where a box needs a change. A 10,800-row annex holds a few
// hundred thousand boxes, so the fields are shared between kinds (see
// each) and kept small.
type box struct {
	kind  boxKind
	style face8    // the face a text box is set in
	align byte     // boxCell: 'L', 'C', 'R', 'J'; boxRect: 'D' or 'F' (filled and drawn)
	rgb   [3]uint8 // boxCell: text colour; boxRect 'F': fill colour
	page  int32    // 1-based page of the document
	x, y  float64  // boxPage: the page number's baseline start
	w, h  float64  // boxRule: its end; boxRotate: w the angle
	size  float64  // a text box's font size, pt; boxPage: the page number's; boxRect, boxRule: the rule width
	pad   float64  // boxCell: the room left and right of its text
	text  string   // boxCell, boxText; boxPage: the page number printed, "" for none
	sect  *Page    // boxPage: the section's page layout when a new section starts
}

// boxList holds a document's boxes in fixed-size chunks: a 10,000-row annex
// lays out some 160,000 boxes, and one growing slice would copy them over
// and over as it grows.
type boxList struct{ chunks [][]box }

// boxChunk is the number of boxes a chunk holds; the first chunks are
// smaller (firstBoxChunk, doubling), so a report of a few hundred boxes
// does not allocate and clear room for four thousand (350 KB a document).
const (
	boxChunk      = 4096
	firstBoxChunk = 256
)

// add appends b.
func (l *boxList) add(b box) {
	if k := len(l.chunks); k == 0 || len(l.chunks[k-1]) == cap(l.chunks[k-1]) {
		n := firstBoxChunk
		if k > 0 {
			n = min(2*cap(l.chunks[k-1]), boxChunk)
		}
		l.chunks = append(l.chunks, make([]box, 0, n))
	}
	k := len(l.chunks) - 1
	l.chunks[k] = append(l.chunks[k], b)
}

// each calls f on every box, in order.
func (l *boxList) each(f func(b *box)) {
	for _, c := range l.chunks {
		for i := range c {
			f(&c[i])
		}
	}
}

// drain calls f on every box, in order, and lets each chunk go once done:
// the painter's pages grow as the boxes drawn on them are released, so a
// long document does not hold both at once.
func (l *boxList) drain(f func(b *box)) {
	for k, c := range l.chunks {
		for i := range c {
			f(&c[i])
		}
		l.chunks[k] = nil
	}
	l.chunks = nil
}

// face8 is an fpdf style ("", "B", "I", "BI") as a small number.
type face8 uint8

var faceStyles = [...]string{"", "B", "I", "BI"}

// faceOf is style's face8.
func faceOf(style string) face8 {
	for i, s := range faceStyles {
		if s == style {
			return face8(i)
		}
	}
	return 0
}

// String is the fpdf style.
func (f face8) String() string { return faceStyles[f] }

// alignByte is a cell alignment as a box keeps it.
func alignByte(a string) byte {
	if a == "" {
		return 0
	}
	return a[0]
}

// alignString is fpdf's spellings of the alignments and rectangle styles.
func alignString(a byte) string {
	switch a {
	case 'L':
		return "L"
	case 'C':
		return "C"
	case 'R':
		return "R"
	case 'J':
		return "J"
	case 'D':
		return "D"
	case 'F':
		return "FD"
	}
	return ""
}

// dump writes the boxes that print something, one a line: page, y, what
// (cell, text, rect, rule, page number), x and width, face and size for
// text, and the text, with lengths in millimetres to 0.01. The layout
// golden is this dump, so a layout change shows as a diff.
func dumpBoxes(w io.Writer, boxes *boxList) {
	boxes.each(func(b *box) {
		switch b.kind {
		case boxPage:
			fmt.Fprintf(w, "p%d ---- page", b.page)
			if b.sect != nil {
				fmt.Fprintf(w, ", new section %s", orientation(*b.sect))
			}
			if b.text != "" {
				fmt.Fprintf(w, ", number %q at x %.2f y %.2f %.1fpt", b.text, b.x, b.y, b.size)
			}
			fmt.Fprintln(w)
		case boxCell:
			fmt.Fprintf(w, "p%d y%7.2f cell  x%7.2f w%7.2f %-2s %4.1f %s %q\n", b.page, b.y, b.x, b.w, b.style, b.size, alignString(b.align), b.text)
		case boxText:
			fmt.Fprintf(w, "p%d y%7.2f text  x%7.2f %-2s %4.1f %q\n", b.page, b.y, b.x, b.style, b.size, b.text)
		case boxRect:
			fmt.Fprintf(w, "p%d y%7.2f rect  x%7.2f w%7.2f h%6.2f %s\n", b.page, b.y, b.x, b.w, b.h, alignString(b.align))
		case boxRule:
			fmt.Fprintf(w, "p%d y%7.2f rule  x%7.2f to x%7.2f y%7.2f\n", b.page, b.y, b.x, b.w, b.h)
		case boxRotate:
			fmt.Fprintf(w, "p%d y%7.2f turn  x%7.2f %.0f°\n", b.page, b.y, b.x, b.w)
		}
	})
}
