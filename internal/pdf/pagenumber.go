package pdf

import "strconv"

// pageNumber draws the section's page number in the top margin, centred on
// the text block rather than the paper: with a 30 mm left and 15 mm right
// margin the paper's centre is 7,5 mm left of the text's (ND30).
func (d *document) pageNumber() {
	n := d.f.PageNo() - d.start + 1
	if n == 1 && !d.page.PageNumberOnFirst {
		return
	}
	d.setFont("", d.page.PageNumberSize)
	s := strconv.Itoa(n)
	d.text(d.page.MarginLeft+(d.page.textWidth()-d.width(s))/2, d.page.PageNumberBaselineY, s)
}
