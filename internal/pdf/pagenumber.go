package pdf

import "strconv"

// pageNumber draws the section's page number centred in the top margin.
func (d *document) pageNumber() {
	n := d.f.PageNo() - d.start + 1
	if n == 1 && !d.page.PageNumberOnFirst {
		return
	}
	d.setFont("", d.page.PageNumberSize)
	s := strconv.Itoa(n)
	w, _ := d.page.sheet()
	d.text((w-d.f.GetStringWidth(s))/2, d.page.PageNumberBaselineY, s)
}
