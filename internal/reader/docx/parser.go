package docx

import (
	"encoding/xml"
	"fmt"

	"baocao/internal/document"
	"baocao/internal/source"
)

// maxDepth caps how deep the reader descends into nested containers
// (content controls, tables in cells, hyperlinks): Word nests a few levels,
// a hostile file may nest thousands.
const maxDepth = 64

// parser streams word/document.xml into blocks. The schema orders every
// element's properties (pPr, rPr, tcPr, trPr) before its content, so one
// pass with no look-ahead suffices.
type parser struct {
	dec  *xml.Decoder
	name string
	part string
	st   *styles
	num  *numbering

	blocks   []document.Block
	diags    source.Diagnostics
	ordinal  int  // Line of the next position: the ordinal in reading order
	paraNo   int  // body paragraphs (w:p outside tables) met so far
	tableNo  int  // body tables met so far
	gap      bool // an empty paragraph or a page break precedes the next block
	tooDeep  bool // the depth warning was given
	tooWide  bool // the width warning was given
	hasText  bool
	symbolNo int // unmapped w:sym met
	altChunk int // embedded documents (w:altChunk) met and not read
	box      int // > 0 while reading a text box's content
}

// token returns the next token; any error ends the read.
func (p *parser) token() (xml.Token, error) {
	return p.dec.Token()
}

// each calls fn for every child element of the element just opened and
// returns after its end; fn must consume the child it is given.
func (p *parser) each(fn func(se xml.StartElement) error) error {
	for {
		tok, err := p.token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := fn(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// skip consumes the element just opened (iteratively: no depth cost).
func (p *parser) skip() error { return p.dec.Skip() }

// deep reports, once, that content nested beyond maxDepth is skipped.
func (p *parser) deep(depth int, where source.Pos) bool {
	if depth <= maxDepth {
		return false
	}
	if !p.tooDeep {
		p.tooDeep = true
		p.diags.Add(where, source.Warning, "docx-too-deep", "content nested more than %d levels deep is skipped", maxDepth)
	}
	return true
}

// pos returns the next position in reading order with its Where.
func (p *parser) pos(format string, args ...any) source.Pos {
	p.ordinal++
	return source.Pos{File: p.name, Line: p.ordinal, Where: fmt.Sprintf(format, args...)}
}

// takeGap returns and clears the pending gap.
func (p *parser) takeGap() bool {
	g := p.gap
	p.gap = false
	return g
}

// body reads up to w:body and then its block content.
func (p *parser) body() error {
	for {
		tok, err := p.token()
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Local == "body" {
				return p.blockContent(1, nil)
			}
			if se.Name.Local != "document" {
				// The root is w:document and its first child that matters
				// w:body; anything else (w:background) is skipped.
				if err := p.skip(); err != nil {
					return err
				}
			}
		}
	}
}

// blockContent reads the block-level children of body, a cell, a content
// control or a tracked insertion; cell is nil in the body.
func (p *parser) blockContent(depth int, cell *cellBuild) error {
	return p.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "p":
			return p.paragraph(depth+1, cell)
		case "tbl":
			if cell != nil {
				return p.flatten(depth+1, cell)
			}
			return p.table(depth + 1)
		case "sdt":
			return p.sdt(depth+1, func(d int) error { return p.blockContent(d, cell) })
		case "ins", "moveTo", "customXml", "smartTag":
			if p.deep(depth+1, source.Pos{File: p.name}) {
				return p.skip()
			}
			return p.blockContent(depth+1, cell)
		case "altChunk":
			// Web editors embed whole HTML or RTF documents so; Word
			// merges them into the text only when it saves the file.
			p.altChunk++
			p.diags.Add(source.Pos{File: p.name, Line: p.ordinal + 1, Where: fmt.Sprintf("after paragraph %d", p.paraNo)}, source.Warning, "docx-altchunk",
				"an embedded document (w:altChunk) is not read; open the file in Word and save it again to merge it into the text")
		}
		// w:del, w:moveFrom (deleted text), w:sectPr, bookmarks …
		return p.skip()
	})
}

// sdt reads a content control: its w:sdtContent is read by content,
// its properties skipped.
func (p *parser) sdt(depth int, content func(depth int) error) error {
	if p.deep(depth, source.Pos{File: p.name}) {
		return p.skip()
	}
	return p.each(func(se xml.StartElement) error {
		if se.Name.Local == "sdtContent" {
			return content(depth + 1)
		}
		return p.skip()
	})
}

// textBoxes reads the text boxes inside a drawing, a VML picture or an
// mc:AlternateContent: their paragraphs come before the paragraph that
// anchors them (or into its cell). Offices lay the issuing body and the
// number ("Số: 12-CTr/TU") out in text boxes. Of an mc:AlternateContent
// only the first choice is read: the fallback repeats the same text box
// in VML.
func (p *parser) textBoxes(depth int, start xml.StartElement, cell *cellBuild) error {
	if p.deep(depth, source.Pos{File: p.name}) {
		return p.skip()
	}
	switch start.Name.Local {
	case "AlternateContent":
		return p.firstChoice(depth, cell)
	case "txbxContent":
		p.box++
		defer func() { p.box-- }()
		return p.blockContent(depth, cell)
	}
	return p.each(func(se xml.StartElement) error { return p.textBoxes(depth+1, se, cell) })
}

// firstChoice reads the text boxes of an mc:AlternateContent's first
// choice and skips the others.
func (p *parser) firstChoice(depth int, cell *cellBuild) error {
	first := true
	return p.each(func(c xml.StartElement) error {
		if !first {
			return p.skip()
		}
		first = false
		return p.textBoxes(depth+1, c, cell)
	})
}
