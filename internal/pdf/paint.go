package pdf

import (
	"fmt"
	"strings"

	"codeberg.org/go-pdf/fpdf"
)

// producer is written into every PDF instead of fpdf's versioned default, so
// upgrading the library does not change the bytes of a document.
const producer = "baocao"

// painter draws a laid-out document's boxes on fpdf, in order; it decides
// nothing about where anything goes. fpdf writes every change of face, rule
// width or fill colour into the page, so the painter changes them only when
// the box it draws needs another.
type painter struct {
	f      *fpdf.Fpdf
	d      *document
	family string          // family name as registered
	added  map[string]bool // faces registered with fpdf so far
	page   Page            // the current section's layout
	number *box            // the page being begun, for its number

	font   face8 // fpdf's current face and size; size 0 before the first
	size   float64
	rule   float64 // fpdf's rule width
	fill   [3]uint8
	filled bool // fill holds a colour set by a box (fpdf starts black)
	ink    [3]uint8
	pad    float64
}

// paint draws the document on a fresh fpdf, once: the boxes are released
// as they are drawn: fixed dates, sorted catalogs,
// fixed producer, faces registered from bytes (AddUTF8FontFromBytes only,
// never a path), fpdf's auto page break off.
func (d *document) paint() *fpdf.Fpdf {
	pg := d.first
	f := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: orientation(pg),
		UnitStr:        "mm",
		Size:           fpdf.SizeType{Wd: pg.Width, Ht: pg.Height},
	})
	t := d.info.Date.Time()
	f.SetCreationDate(t)
	f.SetModificationDate(t)
	f.SetCatalogSort(true)
	f.SetProducer(producer, true)
	f.SetCreator(producer, true)
	f.SetTitle(d.info.Title, true)
	f.SetSubject(d.info.Subject, true)
	f.SetAuthor(d.info.Author, true)
	f.SetKeywords(d.info.Keywords, true)
	f.SetLang("vi-VN")
	f.SetAutoPageBreak(false, pg.MarginBottom)
	f.SetMargins(pg.MarginLeft, pg.MarginTop, pg.MarginRight)
	f.SetCellMargin(0)
	// fpdf names the embedded font after the family; without spaces the
	// name reads plainly in pdffonts and PDF viewers.
	p := &painter{f: f, d: d, family: strings.ReplaceAll(d.fonts.Family, " ", ""), added: map[string]bool{}, page: pg}
	p.rule = f.GetLineWidth()
	f.SetHeaderFuncMode(p.pageNumber, true)
	d.boxes.drain(p.draw) // a document is painted once
	return f
}

// draw paints one box.
func (p *painter) draw(b *box) {
	f := p.f
	switch b.kind {
	case boxPage:
		if b.sect != nil {
			p.page = *b.sect
			f.SetMargins(p.page.MarginLeft, p.page.MarginTop, p.page.MarginRight)
			f.SetAutoPageBreak(false, p.page.MarginBottom)
		}
		p.number = b
		f.AddPageFormat(orientation(p.page), fpdf.SizeType{Wd: p.page.Width, Ht: p.page.Height})
		p.number = nil
	case boxCell:
		p.text(b)
		if p.pad != b.pad {
			p.pad = b.pad
			f.SetCellMargin(b.pad)
		}
		f.SetXY(b.x, b.y)
		f.CellFormat(b.w, b.h, b.text, "", 0, alignString(b.align), false, 0, "")
	case boxText:
		p.text(b)
		f.Text(b.x, b.y, b.text)
	case boxRect:
		p.lineWidth(b.size)
		if b.align == 'F' && (p.fill != b.rgb || !p.filled) {
			p.fill, p.filled = b.rgb, true
			f.SetFillColor(int(b.rgb[0]), int(b.rgb[1]), int(b.rgb[2]))
		}
		f.Rect(b.x, b.y, b.w, b.h, alignString(b.align))
	case boxRule:
		p.lineWidth(b.size)
		f.Line(b.x, b.y, b.w, b.h)
	case boxRotate:
		f.TransformBegin()
		f.TransformRotate(b.w, b.x, b.y)
	case boxUnrotate:
		f.TransformEnd()
	}
}

// text sets the face, size and colour of a text box where they change.
func (p *painter) text(b *box) {
	if p.font != b.style || p.size != b.size {
		p.setFont(b.style.String(), b.size)
		p.font, p.size = b.style, b.size
	}
	if p.ink != b.rgb {
		p.ink = b.rgb
		p.f.SetTextColor(int(b.rgb[0]), int(b.rgb[1]), int(b.rgb[2]))
	}
}

// lineWidth sets the rule width where it changes.
func (p *painter) lineWidth(w float64) {
	if p.rule != w {
		p.rule = w
		p.f.SetLineWidth(w)
	}
}

// pageNumber is fpdf's page header: the number layout placed for the page
// being begun, if any.
func (p *painter) pageNumber() {
	if p.number == nil || p.number.text == "" {
		return
	}
	// fpdf selects the page's face again after the header.
	p.setFont("", p.number.size)
	p.f.Text(p.number.x, p.number.y, p.number.text)
}

// setFont selects a face and size in points. A face is registered on first
// use: fpdf parses and fingerprints the whole TrueType file for each face,
// and an unused face is not embedded anyway.
func (p *painter) setFont(style string, size float64) {
	if !p.added[style] {
		for _, fc := range p.d.fonts.faces() {
			if fc.style == style {
				p.addFace(fc)
			}
		}
		p.added[style] = true
	}
	p.f.SetFont(p.family, style, size)
}

// addFace registers one face, read once per process (parsedFont). A
// configured font is user input and fpdf's TrueType reader indexes tables
// without bounds checks, so a panic while reading it becomes the
// document's error instead of a crash; a font fpdf cannot read is given to
// AddUTF8FontFromBytes, which reports it as it always did.
func (p *painter) addFace(fc face) {
	defer func() {
		if r := recover(); r != nil {
			p.f.SetError(fmt.Errorf("font %q, %s face: unreadable TrueType file (%v)", p.d.fonts.Family, fc.name, r))
		}
	}()
	if font, err := parsedFont(p.family, fc); err == nil {
		p.f.AddUTF8FontParsed(font)
		return
	}
	p.f.AddUTF8FontFromBytes(p.family, fc.style, fc.data)
}
