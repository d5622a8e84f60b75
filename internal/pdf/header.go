package pdf

import (
	"strings"

	"baocao/internal/report"
)

// partyHeaderUnit measures the two-column header at the top of the first page:
// left, the issuer (parent regular, issuer bold, "*", the number); right,
// ĐẢNG CỘNG SẢN VIỆT NAM in bold with a rule of the same length under it
// and the place and date in italic, level with the number. The words are
// the model's, already upper-cased and dated.
func (d *document) partyHeaderUnit(h report.Header) unit {
	pg := d.page
	top := 0.0 // the header is laid out as one piece
	var out []box
	leftX, leftW := pg.MarginLeft, pg.HeaderLeftWidth
	rightX := leftX + leftW
	rightW := pg.MarginLeft + pg.textWidth() - rightX
	lh := pg.HeaderLine

	// Left column: one centred line each, wrapped if an issuer is long.
	y := top
	for _, l := range []struct{ style, text string }{
		{"", h.ParentIssuer},
		{"B", h.Issuer},
		{"", "*"},
		{"", h.Number},
	} {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		d.setFont(l.style, pg.HeaderSize)
		for _, line := range d.split(l.text, leftW) {
			out = append(out, d.measureCell(leftX, y, leftW, lh, line, "C"))
			y += lh
		}
	}
	numberY := y - lh // the number is the left column's last line

	// Right column: party name, its rule, then place and date.
	d.setFont("B", pg.PartyNameSize)
	out = append(out, d.measureCell(rightX, top, rightW, lh, h.Party, "C"))
	nameW := d.width(h.Party)
	ruleY := top + lh + pg.RuleGap
	d.lineWidth(pg.RuleWidth)
	out = append(out, box{kind: boxRule, x: rightX + (rightW-nameW)/2, y: ruleY, w: rightX + (rightW+nameW)/2, h: ruleY, size: d.ruleW})

	d.setFont("I", pg.HeaderSize)
	dateY := numberY
	if dateY < ruleY+lh/2 {
		dateY = ruleY + lh/2
	}
	ry := dateY
	for _, l := range d.split(h.PlaceDate, rightW) {
		out = append(out, d.measureCell(rightX, ry, rightW, lh, l, "C"))
		ry += lh
	}
	if ry > y {
		y = ry
	}
	return unit{lines: []piece{{out, y + pg.HeaderGap}}}
}
