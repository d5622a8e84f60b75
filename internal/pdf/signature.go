package pdf

import (
	"strings"

	"baocao/internal/report"
)

// signatureUnit measures, for one page, the signature block in the right
// column (authority bold, position, room for signature and seal, name bold)
// and, level with the authority line, "Nơi nhận:" underlined in the left
// column with the recipients at the smaller size, each ending with "," and
// the last with ".". The paragraph gap parts it from the body.
func (d *document) signatureUnit(s report.Signer, recipients []string) unit {
	p, h := d.signaturePiece(s, recipients)
	return unit{kind: unitSignature, lines: []piece{p}, need: h, pre: d.page.ParagraphGap}
}

// signaturePiece lays out the signature block, its top at 0, and returns it
// with the height that must fit on the page.
func (d *document) signaturePiece(s report.Signer, recipients []string) (piece, float64) {
	pg := d.page
	rightW := pg.SignatureWidth
	rightX := pg.MarginLeft + pg.textWidth() - rightW
	leftW := rightX - pg.MarginLeft - pg.CellPadding
	items := recipientLines(recipients)
	wrapped, h := d.signatureLayout(recipients)
	var out []box

	// Right column.
	y := 0.0
	for _, l := range []struct{ style, text string }{
		{"B", s.Authority},
		{"", s.Position},
	} {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		d.setFont(l.style, pg.BodySize)
		out = append(out, d.measureCell(rightX, y, rightW, pg.LineHeight, l.text, "C"))
		y += pg.LineHeight
	}
	y += pg.SignatureSpace
	if strings.TrimSpace(s.Name) != "" {
		d.setFont("B", pg.BodySize)
		out = append(out, d.measureCell(rightX, y, rightW, pg.LineHeight, s.Name, "C"))
		y += pg.LineHeight
	}

	// Left column.
	ly := 0.0
	if len(items) > 0 {
		const label = "Nơi nhận:"
		d.setFont("", pg.BodySize)
		out = append(out, d.measureCell(pg.MarginLeft, ly, leftW, pg.LineHeight, label, "L"))
		base := ly + 0.5*pg.LineHeight + 0.3*PointsToMM(pg.BodySize)
		out = append(out, box{kind: boxRule, x: pg.MarginLeft, y: base + pg.UnderlineGap, w: pg.MarginLeft + d.width(label), h: base + pg.UnderlineGap, size: pg.TableRuleWidth})
		ly += pg.LineHeight
		d.setFont("", pg.RecipientsSize)
		for _, line := range wrapped {
			out = append(out, d.measureCell(pg.MarginLeft, ly, leftW, pg.RecipientsLine, line, "L"))
			ly += pg.RecipientsLine
		}
	}
	return piece{out, max(y, ly)}, h
}

// signatureLayout wraps the recipients in the left column and returns
// them with the height of the whole block.
func (d *document) signatureLayout(recipients []string) (wrapped []string, h float64) {
	pg := d.page
	leftW := pg.textWidth() - pg.SignatureWidth - pg.CellPadding
	d.setFont("", pg.RecipientsSize)
	for _, it := range recipientLines(recipients) {
		wrapped = append(wrapped, d.split(it, leftW)...)
	}
	rightH := 2*pg.LineHeight + pg.SignatureSpace + pg.LineHeight
	leftH := pg.LineHeight + float64(len(wrapped))*pg.RecipientsLine
	return wrapped, max(rightH, leftH)
}

// recipientLines writes each recipient (the model's, without dashes or
// punctuation) as "- X," and the last as "- X.".
func recipientLines(recipients []string) []string {
	var out []string
	for _, r := range recipients {
		out = append(out, "- "+r+",")
	}
	if n := len(out); n > 0 {
		out[n-1] = strings.TrimSuffix(out[n-1], ",") + "."
	}
	return out
}
