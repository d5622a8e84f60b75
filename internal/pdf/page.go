package pdf

// Page holds every number of the official format (shared/spec/official-format.md)
// as a setting, so an office can follow its own house style without a code
// change. Lengths are millimetres, font sizes points; PointsToMM converts.
type Page struct {
	// Paper: the portrait sheet's size; Landscape turns it.
	Size      string  // fpdf size name, informational: "A4"
	Width     float64 // portrait width, 210
	Height    float64 // portrait height, 297
	Landscape bool

	// Margins, the same four values on a turned page.
	MarginTop, MarginBottom, MarginLeft, MarginRight float64 // 20, 20, 30, 15

	// Body text.
	BodySize        float64 // 14 pt
	LineHeight      float64 // exactly ~18 pt = 6.35 mm
	ParagraphGap    float64 // 6 pt between paragraphs
	FirstLineIndent float64 // 10 mm

	// Page numbers: Arabic, centred in the top margin.
	PageNumberSize      float64 // 14 pt
	PageNumberOnFirst   bool    // false: none on page 1 (nor on an annex's first page)
	PageNumberBaselineY float64 // distance from the top edge to the number's baseline, 12 mm

	// Two-column header of the first page.
	HeaderLeftWidth float64 // width of the issuer column, 80 mm (portrait)
	HeaderSize      float64 // 14 pt: issuer lines, number, place and date
	PartyNameSize   float64 // 15 pt bold: ĐẢNG CỘNG SẢN VIỆT NAM
	HeaderLine      float64 // line height inside the header, 6 mm
	RuleWidth       float64 // thickness of the rule under the party name, 0.3 mm
	RuleGap         float64 // the rule sits this far below the party name's line box, 1 mm
	DocTypeSize     float64 // 15 pt bold: BÁO CÁO (spec 15–16)
	SubjectSize     float64 // 14 pt bold: the trích yếu (spec 14–15)
	HeaderGap       float64 // space between the header block and the document type, 8 mm
	SubjectDashes   string  // "-----" under the trích yếu
	SubjectWidth    float64 // 0.85: the trích yếu wraps within this share of the text width

	// Annex heading.
	AnnexTitleSize   float64 // 14 pt bold uppercase
	AnnexCaptionSize float64 // 14 pt italic

	// Tables: bold centred header row, body 1–2 pt smaller than the text.
	TableSize       float64 // 12 pt: cells
	TableHeaderSize float64 // 13 pt bold: header row
	TableLineHeight float64 // 5.5 mm per wrapped line of a cell
	CellPadding     float64 // 1.5 mm left and right inside each cell
	CellPaddingY    float64 // 1 mm above and below inside each cell
	TableRuleWidth  float64 // 0.2 mm borders

	// Signature block and Nơi nhận on the last page.
	SignatureWidth float64 // width of the signature column, 80 mm
	SignatureSpace float64 // room for signature and seal, 25 mm
	RecipientsSize float64 // 12 pt items
	RecipientsLine float64 // 5 mm per item
	UnderlineGap   float64 // 0.6 mm from the baseline to the rule under "Nơi nhận:"

	// Chart: stacked horizontal bars.
	ChartSize      float64 // 11 pt labels and legend
	ChartBarHeight float64 // 6 mm per bar
	ChartBarGap    float64 // 3 mm between bars
	ChartLabelFrac float64 // 0.35 of the width for the group labels
	ChartLine      float64 // 4.5 mm per line of a label or the legend
	ChartSwatch    float64 // 4 mm legend colour squares
	ChartTotalW    float64 // 12 mm after the longest bar for its total
	ChartLegendGap float64 // 4 mm between legend entries; a quarter of it between swatch and label
}

// PointsToMM converts a length in points (1/72 inch) to millimetres.
func PointsToMM(pt float64) float64 { return pt * 25.4 / 72 }

// DefaultPage returns the spec's defaults on A4, portrait or landscape.
func DefaultPage(landscape bool) Page {
	return Page{
		Size: "A4", Width: 210, Height: 297, Landscape: landscape,

		MarginTop: 20, MarginBottom: 20, MarginLeft: 30, MarginRight: 15,

		BodySize:        14,
		LineHeight:      PointsToMM(18),
		ParagraphGap:    PointsToMM(6),
		FirstLineIndent: 10,

		PageNumberSize:      14,
		PageNumberOnFirst:   false,
		PageNumberBaselineY: 12,

		HeaderLeftWidth: 80,
		HeaderSize:      14,
		PartyNameSize:   15,
		HeaderLine:      6,
		RuleWidth:       0.3,
		RuleGap:         1,
		DocTypeSize:     15,
		SubjectSize:     14,
		HeaderGap:       8,
		SubjectDashes:   "-----",
		SubjectWidth:    0.85,

		AnnexTitleSize:   14,
		AnnexCaptionSize: 14,

		TableSize:       12,
		TableHeaderSize: 13,
		TableLineHeight: 5.5,
		CellPadding:     1.5,
		CellPaddingY:    1,
		TableRuleWidth:  0.2,

		SignatureWidth: 80,
		SignatureSpace: 25,
		RecipientsSize: 12,
		RecipientsLine: 5,
		UnderlineGap:   0.6,

		ChartSize:      11,
		ChartBarHeight: 6,
		ChartBarGap:    3,
		ChartLabelFrac: 0.35,
		ChartLine:      4.5,
		ChartSwatch:    4,
		ChartTotalW:    12,
		ChartLegendGap: 4,
	}
}

// sheet returns the width and height of the page as printed (turned when landscape).
func (p Page) sheet() (w, h float64) {
	if p.Landscape {
		return p.Height, p.Width
	}
	return p.Width, p.Height
}

// textWidth is the width between the margins.
func (p Page) textWidth() float64 {
	w, _ := p.sheet()
	return w - p.MarginLeft - p.MarginRight
}
