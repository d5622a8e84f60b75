package pdf

import "fmt"

// check rejects settings no page can be laid out with, so a mistyped
// configuration is an error naming the setting rather than a broken or
// endless layout.
func (p Page) check() error {
	positive := []struct {
		name string
		v    float64
	}{
		{"width", p.Width}, {"height", p.Height},
		{"body size", p.BodySize}, {"line height", p.LineHeight},
		{"page number size", p.PageNumberSize}, {"header size", p.HeaderSize},
		{"party name size", p.PartyNameSize}, {"header line", p.HeaderLine},
		{"document type size", p.DocTypeSize}, {"subject size", p.SubjectSize},
		{"subject width", p.SubjectWidth},
		{"annex title size", p.AnnexTitleSize}, {"annex caption size", p.AnnexCaptionSize},
		{"table size", p.TableSize}, {"table header size", p.TableHeaderSize},
		{"table line height", p.TableLineHeight},
		{"signature width", p.SignatureWidth}, {"recipients size", p.RecipientsSize},
		{"recipients line", p.RecipientsLine},
		{"chart size", p.ChartSize}, {"chart bar height", p.ChartBarHeight},
		{"chart label share", p.ChartLabelFrac}, {"chart line", p.ChartLine},
	}
	for _, s := range positive {
		if !(s.v > 0) { // also catches NaN
			return fmt.Errorf("page setting %s is %v, want a positive number", s.name, s.v)
		}
	}
	nonNegative := []struct {
		name string
		v    float64
	}{
		{"top margin", p.MarginTop}, {"bottom margin", p.MarginBottom},
		{"left margin", p.MarginLeft}, {"right margin", p.MarginRight},
		{"paragraph gap", p.ParagraphGap}, {"first-line indent", p.FirstLineIndent},
		{"cell padding", p.CellPadding}, {"cell padding (vertical)", p.CellPaddingY},
		{"signature space", p.SignatureSpace}, {"header gap", p.HeaderGap},
		{"rule width", p.RuleWidth}, {"rule gap", p.RuleGap}, {"table rule width", p.TableRuleWidth},
		{"chart bar gap", p.ChartBarGap}, {"chart swatch", p.ChartSwatch},
		{"chart total width", p.ChartTotalW}, {"chart legend gap", p.ChartLegendGap},
		{"underline gap", p.UnderlineGap},
	}
	for _, s := range nonNegative {
		if !(s.v >= 0) {
			return fmt.Errorf("page setting %s is %v, want zero or more", s.name, s.v)
		}
	}
	// Room for a usable text block: a header column, a signature column and
	// a few table rows must fit.
	const minText = 80 // mm
	if w := p.textWidth(); w < minText || w < p.HeaderLeftWidth+20 || w < p.SignatureWidth+20 {
		return fmt.Errorf("page settings leave %.1f mm between the left and right margins; too narrow for the header and signature columns", w)
	}
	_, h := p.sheet()
	if room := h - p.MarginTop - p.MarginBottom; room < minText {
		return fmt.Errorf("page settings leave %.1f mm between the top and bottom margins; too short for a page of text", room)
	}
	if p.ChartLabelFrac >= 0.9 {
		return fmt.Errorf("page setting chart label share is %v, want less than 0.9", p.ChartLabelFrac)
	}
	if p.SubjectWidth > 1 {
		return fmt.Errorf("page setting subject width is %v, want at most 1 (the whole text width)", p.SubjectWidth)
	}
	return nil
}
