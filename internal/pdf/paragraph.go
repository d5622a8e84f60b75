package pdf

import "strings"

// paragraph prints body text justified between the margins, its first line
// indented, at the body size and exact line height, breaking pages between
// lines; the paragraph gap follows. The last line, and a line too short to
// stretch well (lineAlign), is left-aligned.
func (d *document) paragraph(s, style string, indent bool) {
	pg := d.page
	d.setFont(style, pg.BodySize)
	first := 0.0
	if indent {
		first = pg.FirstLineIndent
	}
	lines := d.wrapIndented(strings.Join(strings.Fields(s), " "), pg.textWidth(), first)
	for i, line := range lines {
		d.ensure(pg.LineHeight)
		x := pg.MarginLeft
		if i == 0 {
			x += first
		}
		align := d.lineAlign(line, pg.MarginLeft+pg.textWidth()-x, i == len(lines)-1)
		y := d.y()
		d.moveTo(x, y)
		d.cell(pg.MarginLeft+pg.textWidth()-x, pg.LineHeight, line, align)
		d.moveTo(pg.MarginLeft, y+pg.LineHeight)
	}
	d.gap(pg.ParagraphGap)
}

// wrapIndented splits s into lines of width w whose first line is narrower
// by indent: SplitText measures the first line at the narrower width, and
// the rest of the text is wrapped again at the full width.
func (d *document) wrapIndented(s string, w, indent float64) []string {
	if indent <= 0 {
		return d.split(s, w)
	}
	head := d.split(s, w-indent)
	if len(head) <= 1 {
		return head
	}
	rest := []rune(s)[len([]rune(head[0])):]
	if len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:] // the space SplitText broke at
	}
	return append([]string{head[0]}, d.split(string(rest), w)...)
}

// paragraphHeight is the height paragraph(s) will take, without the gap.
func (d *document) paragraphHeight(s string) float64 {
	pg := d.page
	d.setFont("", pg.BodySize)
	return float64(len(d.wrapIndented(strings.Join(strings.Fields(s), " "), pg.textWidth(), pg.FirstLineIndent))) * pg.LineHeight
}

// gap adds vertical space unless the page has just begun.
func (d *document) gap(h float64) {
	if d.y() <= d.page.MarginTop+0.01 {
		return
	}
	d.moveTo(d.page.MarginLeft, d.y()+h)
}
