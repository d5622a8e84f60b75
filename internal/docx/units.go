package docx

import "math"

// twips converts millimetres to twentieths of a point, WordprocessingML's
// unit of page geometry, indents and table widths.
func twips(mm float64) int { return int(math.Round(mm * 1440 / 25.4)) }

// halfPoints converts a font size in points to w:sz's half-points.
func halfPoints(pt float64) int { return int(math.Round(pt * 2)) }

// pointsTw converts points to twips.
func pointsTw(pt float64) int { return int(math.Round(pt * 20)) }
