package pdf

import (
	"strings"

	"baocao/internal/report"
)

// signatureBlock prints, on one page, the signature block in the right
// column (authority bold, position, room for signature and seal, name bold)
// and, level with the authority line, "Nơi nhận:" underlined in the left
// column with the recipients at the smaller size, each ending with "," and
// the last with ".".
func (d *document) signatureBlock(s report.Signer, recipients []string) {
	pg := d.page
	rightW := pg.SignatureWidth
	rightX := pg.MarginLeft + pg.textWidth() - rightW
	leftW := rightX - pg.MarginLeft - pg.CellPadding
	items := recipientLines(recipients)
	wrapped, h := d.signatureLayout(recipients)
	d.ensure(h)
	top := d.y()

	// Right column.
	y := top
	for _, l := range []struct{ style, text string }{
		{"B", s.Authority},
		{"", s.Position},
	} {
		if strings.TrimSpace(l.text) == "" {
			continue
		}
		d.setFont(l.style, pg.BodySize)
		d.moveTo(rightX, y)
		d.cell(rightW, pg.LineHeight, l.text, "C")
		y += pg.LineHeight
	}
	y += pg.SignatureSpace
	if strings.TrimSpace(s.Name) != "" {
		d.setFont("B", pg.BodySize)
		d.moveTo(rightX, y)
		d.cell(rightW, pg.LineHeight, s.Name, "C")
		y += pg.LineHeight
	}

	// Left column.
	ly := top
	if len(items) > 0 {
		const label = "Nơi nhận:"
		d.setFont("", pg.BodySize)
		d.moveTo(pg.MarginLeft, ly)
		d.cell(leftW, pg.LineHeight, label, "L")
		base := ly + 0.5*pg.LineHeight + 0.3*PointsToMM(pg.BodySize)
		d.f.SetLineWidth(pg.TableRuleWidth)
		d.f.Line(pg.MarginLeft, base+pg.UnderlineGap, pg.MarginLeft+d.width(label), base+pg.UnderlineGap)
		ly += pg.LineHeight
		d.setFont("", pg.RecipientsSize)
		for _, line := range wrapped {
			d.moveTo(pg.MarginLeft, ly)
			d.cell(leftW, pg.RecipientsLine, line, "L")
			ly += pg.RecipientsLine
		}
	}
	d.moveTo(pg.MarginLeft, max(y, ly))
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
