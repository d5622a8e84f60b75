package pdf

import (
	"fmt"
	"io"
	"strings"

	"codeberg.org/go-pdf/fpdf"

	"baocao/internal/fontmetrics"
	"baocao/internal/program"
)

// producer is written into every PDF instead of fpdf's versioned default, so
// upgrading the library does not change the bytes of a document.
const producer = "baocao"

// docInfo is what a document's properties say about it.
type docInfo struct {
	Title, Subject, Author, Keywords string
	Date                             program.Date // creation and modification date
}

// document wraps fpdf with the official layout: pages are broken by the
// code (never by fpdf's auto break) so tables can repeat their header and
// keep rows whole; every string printed is recorded per face so the glyph
// check covers exactly what the document shows; page numbers restart per
// section (each annex is numbered from 1).
type document struct {
	f      *fpdf.Fpdf
	page   Page // layout of the current section
	fonts  FontSet
	used   map[string]map[rune]bool // fpdf style → characters printed in it
	style  string                   // current fpdf style
	size   float64                  // current font size, pt
	start  int                      // fpdf page number of the current section's first page
	family string                   // family name as registered
	added  map[string]bool          // faces registered with fpdf so far

	protected map[string][][]int // text → its protected phrases (spans)
	m         *measurer          // widths and line breaks, from the fonts' own metrics
}

// newDocument sets up a deterministic document: fixed dates, sorted
// catalogs, fixed producer, faces registered from bytes (AddUTF8FontFromBytes
// only, never a path). The fonts
// are parsed here first so a broken font file is an error, not a message
// fpdf prints on stdout.
func newDocument(pg Page, fs FontSet, info docInfo) (*document, error) {
	if fs.Family == "" {
		return nil, fmt.Errorf("font set has no family name")
	}
	for _, fc := range fs.faces() {
		if len(fc.data) == 0 {
			return nil, fmt.Errorf("font %q: no %s face given", fs.Family, fc.name)
		}
		if _, err := fontmetrics.ParseCoverage(fc.data); err != nil {
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
	f := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: orientation(pg),
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: pg.Width, Ht: pg.Height},
	})
	t := info.Date.Time()
	f.SetCreationDate(t)
	f.SetModificationDate(t)
	f.SetCatalogSort(true)
	f.SetProducer(producer, true)
	f.SetCreator(producer, true)
	f.SetTitle(info.Title, true)
	f.SetSubject(info.Subject, true)
	f.SetAuthor(info.Author, true)
	f.SetKeywords(info.Keywords, true)
	f.SetLang("vi-VN")
	f.SetAutoPageBreak(false, pg.MarginBottom)
	f.SetMargins(pg.MarginLeft, pg.MarginTop, pg.MarginRight)
	f.SetCellMargin(0)
	// fpdf names the embedded font after the family; without spaces the
	// name reads plainly in pdffonts and PDF viewers.
	family := strings.ReplaceAll(fs.Family, " ", "")
	d := &document{f: f, page: pg, fonts: fs, used: map[string]map[rune]bool{}, family: family, added: map[string]bool{}, m: m}
	f.SetHeaderFuncMode(d.pageNumber, true)
	return d, nil
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
	d.f.SetMargins(pg.MarginLeft, pg.MarginTop, pg.MarginRight)
	d.f.SetAutoPageBreak(false, pg.MarginBottom)
	d.start = d.f.PageNo() + 1
	d.addPage()
	return nil
}

// addPage continues the current section on a new page. fpdf restores the
// face the page number changed, and so does the document.
func (d *document) addPage() {
	style, size, m := d.style, d.size, *d.m
	d.f.AddPageFormat(orientation(d.page), fpdf.SizeType{Wd: d.page.Width, Ht: d.page.Height})
	d.style, d.size, *d.m = style, size, m
	d.f.SetXY(d.page.MarginLeft, d.page.MarginTop)
}

// setFont selects a face ("", "B", "I", "BI") and size in points.
// A face is registered on first use: fpdf parses and fingerprints the whole
// TrueType file for each face, which is a third of a small document's cost,
// and an unused face is not embedded anyway.
func (d *document) setFont(style string, size float64) {
	if !d.added[style] {
		for _, fc := range d.fonts.faces() {
			if fc.style == style {
				d.addFace(fc)
			}
		}
		d.added[style] = true
	}
	d.style, d.size = style, size
	d.m.setFont(style, size)
	d.f.SetFont(d.family, style, size)
}

// addFace registers one face. A configured font is user input and fpdf's
// TrueType reader indexes tables without bounds checks, so a panic while
// reading it becomes the document's error instead of a crash.
func (d *document) addFace(fc face) {
	defer func() {
		if r := recover(); r != nil {
			d.f.SetError(fmt.Errorf("font %q, %s face: unreadable TrueType file (%v)", d.fonts.Family, fc.name, r))
		}
	}()
	d.f.AddUTF8FontFromBytes(d.family, fc.style, fc.data)
}

// record notes the characters of s as printed in the current face.
func (d *document) record(s string) {
	set := d.used[d.style]
	if set == nil {
		set = map[rune]bool{}
		d.used[d.style] = set
	}
	addRunes(set, s)
}

// Every string reaches fpdf through text, cell, width and split, which
// drop the characters no font can print (program.Printable): a ledger can
// hold any of them, and one would otherwise stop every report on a missing
// glyph. A printable character the font lacks is still an error, naming it.

// text prints s with its baseline at (x, y).
func (d *document) text(x, y float64, s string) {
	s = program.Printable(s)
	d.record(s)
	d.f.Text(x, y, s)
}

// cell prints one line s in a box of width w and height h at the current
// position; align is fpdf's ("L", "C", "R", "J"). The position moves right.
func (d *document) cell(w, h float64, s, align string) {
	s = program.Printable(s)
	d.record(s)
	if align == "J" && !strings.Contains(s, " ") {
		align = "L" // fpdf divides by the number of gaps
	}
	d.f.CellFormat(w, h, s, "", 0, align, false, 0, "")
}

// width is the printed width of s in the current face.
func (d *document) width(s string) float64 { return d.m.width(program.Printable(s)) }

// setCellMargin sets the room kept left and right of a cell's text.
func (d *document) setCellMargin(margin float64) {
	d.m.margin = margin
	d.f.SetCellMargin(margin)
}

// split wraps s to lines no wider than w in the current face (rune-based
// SplitText; fpdf's SplitLines counts bytes and breaks Vietnamese). An empty
// text is one empty line so every cell takes up at least one line.
func (d *document) split(s string, w float64) []string {
	lines := d.m.splitText(program.Printable(s), w)
	if len(lines) == 0 {
		return []string{""}
	}
	return lines
}

// y and moveTo expose the cursor.
func (d *document) y() float64          { return d.f.GetY() }
func (d *document) moveTo(x, y float64) { d.f.SetXY(x, y) }

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

// ensure starts a new page unless h more millimetres fit on this one.
func (d *document) ensure(h float64) {
	if d.y()+h > d.bottom()+0.01 {
		d.addPage()
	}
}

// output checks every face has the glyphs printed in it and fpdf's sticky
// error, and only then writes the PDF: a failed document writes no byte.
func (d *document) output(w io.Writer) error {
	var faces []faceRunes
	for _, fc := range d.fonts.faces() {
		if set := d.used[fc.style]; len(set) > 0 {
			faces = append(faces, faceRunes{fc, set})
		}
	}
	if err := checkFaces(d.fonts.Family, faces); err != nil {
		return err
	}
	if d.f.Err() {
		return fmt.Errorf("pdf: %w", d.f.Error())
	}
	return d.f.Output(w)
}
