package pdf

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"baocao/internal/program"
)

// docInfo is what a document's properties say about it.
type docInfo struct {
	Title, Subject, Author, Keywords string
	Date                             program.Date // creation and modification date
}

// document lays out a document in the official format as a list of boxes
// (box.go), which paint then draws on fpdf: pages are broken by the code
// (never by fpdf's auto break) so tables can repeat their header and keep
// rows whole; every string printed is recorded per face so the glyph check
// covers exactly what the document shows; page numbers restart per section
// (each annex is numbered from 1). Text is measured with the fonts' own
// metrics (measurer), so nothing here asks fpdf.
type document struct {
	page  Page // layout of the current section
	first Page // layout the document was created with
	info  docInfo
	fonts FontSet
	used  map[string]*runeSet // fpdf style → characters printed in it
	style string              // current fpdf style
	size  float64             // current font size, pt
	start int                 // page number of the current section's first page
	pages int                 // pages so far
	x, cy float64             // the cursor
	boxes boxList             // what has been laid out, in drawing order
	ruleW float64             // current rule width
	ink   [3]uint8            // current text colour
	fillC [3]uint8            // current fill colour
	pad   float64             // current cell margin

	protected map[string][][]int  // text → its protected phrases (spans)
	windows   windowMemo          // phrase windows' matches (spans)
	measured  map[textKey][]piece // paragraphs and headings measured in this section
	m         *measurer           // widths and line breaks, from the fonts' own metrics

	wrapScratch wrapScratch // wrapCell's working space
}

// newDocument sets up a deterministic document (see paint for what is fixed
// in the file). The fonts are parsed here first so a broken font file is an
// error, not a message fpdf prints on stdout.
func newDocument(pg Page, fs FontSet, info docInfo) (*document, error) {
	if fs.Family == "" {
		return nil, fmt.Errorf("font set has no family name")
	}
	for _, fc := range fs.faces() {
		if len(fc.data) == 0 {
			return nil, fmt.Errorf("font %q: no %s face given", fs.Family, fc.name)
		}
		if _, err := coverage(fc.data); err != nil {
			return nil, fmt.Errorf("font %q, %s face: %w", fs.Family, fc.name, err)
		}
	}
	m, err := newMeasurer(fs)
	if err != nil {
		return nil, err
	}
	if err := pg.check(); err != nil {
		return nil, err
	}
	if info.Date.IsZero() || !info.Date.Valid() {
		return nil, fmt.Errorf("document date %q is not a valid date", info.Date)
	}
	// fpdf's defaults: 0.567 pt rules, black text and fill.
	return &document{page: pg, first: pg, info: info, fonts: fs, used: map[string]*runeSet{}, m: m, ruleW: 0.567 / pointsPerMM}, nil
}

// orientation is fpdf's spelling of the page's orientation.
func orientation(pg Page) string {
	if pg.Landscape {
		return "L"
	}
	return "P"
}

// section starts a new page with layout pg whose numbering begins at 1.
func (d *document) section(pg Page) error {
	if err := pg.check(); err != nil {
		return err
	}
	d.page = pg
	d.measured = nil // measured at another page's width
	d.start = d.pages + 1
	d.newPage(&pg)
	return nil
}

// addPage continues the current section on a new page.
func (d *document) addPage() { d.newPage(nil) }

// newPage starts a page, of a new section when sect is set, with its
// number in the top margin, centred on the text block rather than the
// paper: with a 30 mm left and 15 mm right margin the paper's centre is
// 7,5 mm left of the text's (ND30). None on a section's first page unless
// the layout asks for it.
func (d *document) newPage(sect *Page) {
	d.pages++
	b := box{kind: boxPage, page: int32(d.pages), sect: sect}
	if n := d.pages - d.start + 1; n > 1 || d.page.PageNumberOnFirst {
		b.text = strconv.Itoa(n)
		saved := *d.m
		d.m.setFont("", d.page.PageNumberSize)
		b.x, b.y, b.size = d.page.MarginLeft+(d.page.textWidth()-d.width(b.text))/2, d.page.PageNumberBaselineY, d.page.PageNumberSize
		*d.m = saved
		d.recordIn("", b.text)
	}
	d.boxes.add(b)
	d.x, d.cy = d.page.MarginLeft, d.page.MarginTop
}

// setFont selects a face ("", "B", "I", "BI") and size in points.
func (d *document) setFont(style string, size float64) {
	d.style, d.size = style, size
	d.m.setFont(style, size)
}

// recordIn notes the characters of s as printed in face style.
func (d *document) recordIn(style, s string) {
	set := d.used[style]
	if set == nil {
		set = &runeSet{}
		d.used[style] = set
	}
	set.addString(s)
}

// Every string reaches fpdf through measureCell, width and split, which
// drop the characters no font can print (program.Printable): a ledger can
// hold any of them, and one would otherwise stop every report on a missing
// glyph. A printable character the font lacks is still an error, naming it.

// printableCell is s without the characters no font prints; a justified
// line without a space is set left (fpdf divides by the number of gaps).
func printableCell(s string, align *string) string {
	s = printable(s)
	if *align == "J" && !strings.Contains(s, " ") {
		*align = "L"
	}
	return s
}

// rectBox is a rectangle in the current rule width and fill colour.
func (d *document) rectBox(x, y, w, h float64, style string) box {
	b := box{kind: boxRect, x: x, y: y, w: w, h: h, align: 'D', size: d.ruleW}
	if style == "FD" {
		b.align, b.rgb = 'F', d.fillC
	}
	return b
}

// rule draws a line from (x1, y1) to (x2, y2).
func (d *document) rule(x1, y1, x2, y2 float64) {
	d.boxes.add(box{kind: boxRule, page: int32(d.pages), x: x1, y: y1, w: x2, h: y2, size: d.ruleW})
}

// lineWidth sets the thickness of rules and edges.
func (d *document) lineWidth(w float64) {
	d.ruleW = w
}

// fill sets the fill colour.
func (d *document) fill(r, g, b int) {
	d.fillC = [3]uint8{uint8(r), uint8(g), uint8(b)}
}

// textColor sets the colour of text.
func (d *document) textColor(r, g, b int) {
	d.ink = [3]uint8{uint8(r), uint8(g), uint8(b)}
}

// width is the printed width of s in the current face.
func (d *document) width(s string) float64 {
	if u, ok := d.m.printableWidth(s); ok {
		return float64(u) * d.m.size / 1000
	}
	return d.m.width(printable(s))
}

// setCellMargin sets the room kept left and right of a cell's text.
func (d *document) setCellMargin(margin float64) {
	d.m.margin = margin
	d.pad = margin
}

// split wraps s to lines no wider than w in the current face (rune-based
// SplitText; fpdf's SplitLines counts bytes and breaks Vietnamese). An empty
// text is one empty line so every cell takes up at least one line.
func (d *document) split(s string, w float64) []string {
	lines := d.m.splitText(printable(s), w)
	if len(lines) == 0 {
		return []string{""}
	}
	return lines
}

// y and moveTo expose the cursor.
func (d *document) y() float64          { return d.cy }
func (d *document) moveTo(x, y float64) { d.x, d.cy = x, y }

// bottom is the lowest y text may reach on the current page.
func (d *document) bottom() float64 {
	_, h := d.page.sheet()
	return h - d.page.MarginBottom
}

// pageHeight is the usable height of a fresh page.
func (d *document) pageHeight() float64 {
	_, h := d.page.sheet()
	return h - d.page.MarginTop - d.page.MarginBottom
}

// laidOut, when a test sets it, is given each document whose layout is
// complete, before it is painted: the layout golden dumps its boxes.
var laidOut func(*document)

// output checks every face has the glyphs printed in it, paints the boxes
// and checks fpdf's sticky error, and only then writes the PDF: a failed document writes no byte.
func (d *document) output(w io.Writer) error {
	var faces []faceRunes
	for _, fc := range d.fonts.faces() {
		if set := d.used[fc.style]; set != nil && set.len() > 0 {
			faces = append(faces, faceRunes{fc, set.runes()})
		}
	}
	if err := checkFaces(d.fonts.Family, faces); err != nil {
		return err
	}
	if laidOut != nil {
		laidOut(d)
	}
	// What layout kept to measure each text once is not needed to paint.
	d.protected, d.windows, d.measured = nil, nil, nil
	f := d.paint()
	if f.Err() {
		return fmt.Errorf("pdf: %w", f.Error())
	}
	return f.Output(w)
}
