package pdf

// splitBalanced wraps s for a centred heading: as few lines as at width w,
// but with the narrowest width that keeps that count, so the lines come out
// of similar length instead of a full line and a stub ("… quý II" / "năm
// 2021"). The width is found by bisection on SplitText's own measure.
func (d *document) splitBalanced(s string, w float64) []string {
	lines := d.split(s, w)
	if len(lines) < 2 {
		return lines
	}
	lo, hi := w/float64(len(lines)), w
	for range 12 {
		mid := (lo + hi) / 2
		if len(d.split(s, mid)) > len(lines) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return d.split(s, hi)
}
