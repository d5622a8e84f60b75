package xlsx

import "math"

// columnPoints converts column widths in characters to the points each
// column leaves for its text, once per sheet rather than once per cell.
func columnPoints(size float64, chars []float64) []float64 {
	points := make([]float64, len(chars))
	for i, w := range chars {
		points[i] = textWidth(size, w)
	}
	return points
}

// fitRow is the height a body row needs so that no cell's text is cut:
// the tallest of its texts, each wrapped at its own column's points.
// Excel does not fit row heights itself, so every sheet sets them.
func (m *fontMetrics) fitRow(texts []string, size float64, points []float64) float64 {
	h := 0.0
	for c, t := range texts {
		h = math.Max(h, m.rowHeight(t, size, points[c]))
	}
	return h
}
