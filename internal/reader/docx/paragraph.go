package docx

import (
	"encoding/xml"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/document"
	"baocao/internal/source"
)

// line is one line of a paragraph: the text up to a w:br or w:cr.
type line struct {
	runs      []document.Run
	pageBreak bool // the line starts after a page or column break
}

// para is a w:p as read: its properties and its lines.
type para struct {
	style           string
	numID           string
	ilvl            int
	hasNum, hasIlvl bool
	outline         int // direct w:outlineLvl + 1; 0 unset; -1 body text
	pageBreakBefore bool
	lines           []line
	styleRPr        rprops // the paragraph style's run properties
	depth           int
	cell            *cellBuild // the cell the paragraph is in; nil in the body
}

// paragraph reads a w:p and emits it to the body or into the cell.
func (p *parser) paragraph(depth int, cell *cellBuild) error {
	pr := &para{lines: []line{{}}, depth: depth, cell: cell}
	if cell == nil && p.box == 0 {
		p.paraNo++
	}
	if p.deep(depth, source.Pos{File: p.name}) {
		return p.skip()
	}
	styled := false
	err := p.each(func(se xml.StartElement) error {
		if se.Name.Local == "pPr" {
			return p.pPr(pr)
		}
		if !styled {
			styled = true
			p.styleOf(pr)
		}
		return p.inline(depth, se, pr)
	})
	if err != nil {
		return err
	}
	if !styled {
		p.styleOf(pr)
	}
	p.emit(pr, cell)
	return nil
}

// styleOf settles the paragraph style once pPr is read.
func (p *parser) styleOf(pr *para) {
	if pr.style == "" || p.st.byID[pr.style] == nil {
		pr.style = p.st.defPara
	}
	pr.styleRPr = p.st.rpr(pr.style)
}

// pPr reads the paragraph properties that matter.
func (p *parser) pPr(pr *para) error {
	return p.each(func(se xml.StartElement) error {
		switch se.Name.Local {
		case "pStyle":
			pr.style, _ = attr(se, "val")
		case "outlineLvl":
			pr.outline = intAttr(se, "val", 9, 0, 9) + 1
			if pr.outline == 10 {
				pr.outline = -1
			}
		case "pageBreakBefore":
			pr.pageBreakBefore = onOff(se) == on
		case "numPr":
			pr.hasNum = true
			return p.each(func(c xml.StartElement) error {
				switch c.Name.Local {
				case "numId":
					pr.numID, _ = attr(c, "val")
				case "ilvl":
					pr.ilvl, pr.hasIlvl = intAttr(c, "val", 0, 0, 8), true
				}
				return p.skip()
			})
		}
		return p.skip()
	})
}

// inline reads one child of a paragraph (or of a hyperlink, insertion,
// content control inside it).
func (p *parser) inline(depth int, se xml.StartElement, pr *para) error {
	switch se.Name.Local {
	case "r":
		return p.run(pr)
	case "hyperlink", "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo":
		if p.deep(depth+1, source.Pos{File: p.name}) {
			return p.skip()
		}
		return p.each(func(c xml.StartElement) error { return p.inline(depth+1, c, pr) })
	case "sdt":
		return p.sdt(depth+1, func(d int) error {
			return p.each(func(c xml.StartElement) error { return p.inline(d, c, pr) })
		})
	case "AlternateContent":
		return p.textBoxes(depth+1, se, pr.cell)
	}
	// w:del, w:moveFrom, bookmarks, proofing marks, math, drawings.
	return p.skip()
}

// run reads a w:r: its properties, then text, tabs, breaks and symbols.
func (p *parser) run(pr *para) error {
	var direct rprops
	charStyle := ""
	var eff rprops
	resolved := false
	settle := func() {
		if resolved {
			return
		}
		resolved = true
		cs := charStyle
		if cs == "" || p.st.byID[cs] == nil {
			cs = p.st.defChar
		}
		eff = resolve(direct, pr.styleRPr, p.st.rpr(cs), p.st.defaults)
	}
	return p.each(func(se xml.StartElement) error {
		if se.Name.Local == "rPr" {
			return p.each(func(c xml.StartElement) error {
				if c.Name.Local == "rStyle" {
					charStyle, _ = attr(c, "val")
				} else if k := propIndex(c.Name.Local); k >= 0 {
					direct[k] = onOff(c)
				}
				return p.skip()
			})
		}
		settle()
		switch se.Name.Local {
		case "t":
			s, err := p.text()
			if err != nil {
				return err
			}
			pr.add(s, eff)
			return nil
		case "tab", "ptab":
			pr.add(" ", eff)
		case "noBreakHyphen":
			pr.add("-", eff)
		case "br":
			typ, _ := attr(se, "type")
			pr.lines = append(pr.lines, line{pageBreak: typ == "page" || typ == "column"})
		case "cr":
			pr.lines = append(pr.lines, line{})
		case "drawing", "pict", "object", "AlternateContent":
			return p.textBoxes(pr.depth+1, se, pr.cell)
		case "sym":
			font, _ := attr(se, "font")
			ch, _ := attr(se, "char")
			code, err := strconv.ParseUint(strings.TrimSpace(ch), 16, 32)
			s := ""
			if err == nil {
				s = symbolChar(font, rune(code))
			}
			if s == "" {
				p.symbolNo++
			}
			pr.add(s, eff)
		}
		// w:delText, w:instrText (a field's code: its result follows as w:t),
		// drawings, footnote references.
		return p.skip()
	})
}

// text reads the character data of a w:t.
func (p *parser) text() (string, error) {
	var b strings.Builder
	for {
		tok, err := p.token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if err := p.skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// add appends text to the paragraph's current line with the run's emphasis.
func (pr *para) add(s string, eff rprops) {
	if s == "" || eff[propVanish] == on {
		return
	}
	s = clean(s)
	if eff[propCaps] == on {
		s = strings.ToUpper(s)
	}
	ln := &pr.lines[len(pr.lines)-1]
	bold, italic := eff[propBold] == on, eff[propItalic] == on
	if n := len(ln.runs); n > 0 && ln.runs[n-1].Bold == bold && ln.runs[n-1].Italic == italic {
		ln.runs[n-1].Text += s
		return
	}
	ln.runs = append(ln.runs, document.Run{Text: s, Bold: bold, Italic: italic})
}

// clean turns tabs and line ends inside a w:t (pretty-printed XML) into
// spaces and drops other control characters: a run never holds a break.
func clean(s string) string {
	ok := true
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f:
			return -1
		}
		return r
	}, s)
}

// emit turns a read paragraph into body blocks or cell paragraphs: the
// numbering label is prepended, the lines become paragraphs of their own,
// empty lines become gaps.
func (p *parser) emit(pr *para, cell *cellBuild) {
	heading := 0
	switch {
	case pr.outline > 0:
		heading = pr.outline
	case pr.outline == 0:
		heading = p.st.heading(pr.style)
	}
	numID, ilvl, hasNum := pr.numID, pr.ilvl, pr.hasNum && pr.numID != ""
	if sNum, sLvl, ok := p.st.numbering(pr.style); ok {
		switch {
		case !pr.hasNum:
			numID, ilvl, hasNum = sNum, sLvl, true
		case pr.numID == "":
			// A direct numPr with only w:ilvl keeps the style's list.
			numID, hasNum = sNum, true
			if !pr.hasIlvl {
				ilvl = sLvl
			}
		}
	}
	label, isBullet := "", false
	if hasNum && p.num != nil {
		label, isBullet = p.num.next(numID, ilvl)
	}
	lines := pr.lines
	for i := range lines {
		for j := range lines[i].runs {
			lines[i].runs[j].Text = norm.NFC.String(lines[i].runs[j].Text)
		}
	}
	if label != "" {
		first := -1
		for i := range lines {
			if !blank(lines[i].runs) {
				first = i
				break
			}
		}
		switch {
		case first >= 0:
			lines[first].runs = append([]document.Run{{Text: norm.NFC.String(label)}}, lines[first].runs...)
		case !isBullet:
			// An empty numbered paragraph still shows its number: the TT
			// column of a table numbered automatically.
			lines[0].runs = []document.Run{{Text: norm.NFC.String(strings.TrimSpace(label))}}
		}
	}
	for _, ln := range lines {
		if ln.pageBreak && cell == nil {
			p.gap = true
		}
		if blank(ln.runs) {
			if cell == nil {
				p.gap = true
			}
			continue
		}
		p.hasText = true
		if cell != nil {
			cell.paras = append(cell.paras, document.Paragraph{Runs: ln.runs, Pos: p.cellPos(cell)})
			continue
		}
		if pr.pageBreakBefore {
			p.gap, pr.pageBreakBefore = true, false
		}
		pos := p.pos("paragraph %d", p.paraNo)
		if p.box > 0 {
			pos.Where += ", text box"
		}
		p.blocks = append(p.blocks, document.Block{Para: &document.Paragraph{Runs: ln.runs, Heading: heading, Pos: pos}, Gap: p.takeGap()})
	}
}

// blank reports whether runs hold only spaces.
func blank(runs []document.Run) bool {
	for _, r := range runs {
		if strings.TrimSpace(r.Text) != "" {
			return false
		}
	}
	return true
}
