package docx

// Options are the page and type settings of the Word report. A zero field
// takes the default of shared/spec/official-format.md (A4, margins 20, 20,
// 30, 15 mm, Times New Roman 14 pt, tables 12 pt), so an office's house
// style (baocao.toml [page]) reaches the Word report as it reaches the PDF.
type Options struct {
	WidthMM, HeightMM float64 // the portrait paper: 210 × 297
	// Margins of the body pages; the landscape Phụ lục keeps the same four
	// values on the turned page.
	MarginTopMM, MarginBottomMM, MarginLeftMM, MarginRightMM float64
	Font                                                     string // "Times New Roman"
	// Landscape turns the report's own pages too (page.report_orientation);
	// the Phụ lục is landscape either way.
	Landscape bool
	BodySize  float64 // 14 pt: body, header, signature
	TableSize float64 // 12 pt: table cells; headings 1 pt larger and bold
}

// withDefaults fills the zero fields.
func (o Options) withDefaults() Options {
	def := func(v *float64, d float64) {
		if *v <= 0 {
			*v = d
		}
	}
	def(&o.WidthMM, 210)
	def(&o.HeightMM, 297)
	def(&o.MarginTopMM, 20)
	def(&o.MarginBottomMM, 20)
	def(&o.MarginLeftMM, 30)
	def(&o.MarginRightMM, 15)
	def(&o.BodySize, 14)
	def(&o.TableSize, 12)
	if o.Font == "" {
		o.Font = "Times New Roman"
	}
	return o
}

// textWidth is the width between the margins, in twips, on the portrait
// page or the turned (landscape) one.
func (o Options) textWidth(landscape bool) int {
	w := o.WidthMM
	if landscape {
		w = o.HeightMM
	}
	return twips(w - o.MarginLeftMM - o.MarginRightMM)
}
