package xlsx

import "math"

// Column widths are stored in characters of the Normal style font's widest
// digit (setDefaultFont makes that the document font). Excel turns them into
// whole pixels at 96 dpi: 8 px a character for 12 pt Times New Roman, whose
// digits are half an em. LibreOffice uses the digit's exact width, the same
// 8 px at 12 pt. Of the column Excel keeps 5 px for the cell's padding and
// grid line, LibreOffice 1 pt each side; the narrower, Excel's, is measured.
const (
	paddingPixels = 5.0
	pointsPerPx   = 0.75
	maxRowHeight  = 409.0 // Excel's limit
	// widthSafety keeps measured lines a little narrower than the cell, so a
	// renderer with slightly different rounding (Excel's hinted GDI
	// advances, LibreOffice's print-resolution layout) does not wrap one
	// more line than we counted and clip the last one.
	widthSafety = 0.99
)

// digitPixels is the width in pixels of one column-width character for a
// Normal font of size points: the Times digit (half an em) in whole pixels,
// rounded down so that neither app's column is narrower than measured.
func digitPixels(size float64) float64 {
	return math.Max(1, math.Floor(size/pointsPerPx/2))
}

// textWidth returns the points available for text in a column span of the
// given widths (in characters) when the Normal font has size points.
func textWidth(size float64, colWidths ...float64) float64 {
	var chars float64
	for _, w := range colWidths {
		chars += w
	}
	digit := digitPixels(size)
	px := chars*digit - paddingPixels
	if px < digit {
		px = digit
	}
	return px * pointsPerPx * widthSafety
}

// linePixels is the height of one line of text at the font size in whole
// pixels at 96 dpi, as Excel lays wrapped lines: 19 px for 12 pt Times.
func (m *fontMetrics) linePixels(size float64) float64 {
	return math.Ceil(size / pointsPerPx * m.LineHeight / m.UnitsPerEm)
}

// cellPaddingPixels is the space Excel keeps above and below the text of a
// row: 19 + 3 px = 16.5 pt for one line of 12 pt Times (Excel's own default
// row for that font is 15.75 pt; the extra pixel guards LibreOffice).
const cellPaddingPixels = 3

// lineHeightAt is the height of a one-line row at the font size, in points.
func (m *fontMetrics) lineHeightAt(size float64) float64 {
	return (m.linePixels(size) + cellPaddingPixels) * pointsPerPx
}

// rowHeight returns the height in points a cell needs to show text wrapped
// at width points, capped at Excel's 409 pt.
func (m *fontMetrics) rowHeight(text string, size, width float64) float64 {
	return m.linesHeight(m.countLines(text, size, width), size)
}

// linesHeight returns the height in points of a cell of n lines, capped at
// Excel's 409 pt.
func (m *fontMetrics) linesHeight(n int, size float64) float64 {
	lines := float64(n)
	h := (lines*m.linePixels(size) + cellPaddingPixels) * pointsPerPx
	return math.Min(h, maxRowHeight)
}

// countLines wraps text the way spreadsheet apps do: greedily at spaces,
// after a hyphen inside a word ("kinh tế-|xã hội", "2021-|2025": LibreOffice
// breaks there, and Excel, as word processors do), at explicit line breaks,
// and inside a word at characters only when the word alone is wider than
// the cell. It scans the text once without allocating: row heights are
// measured for every cell of a 10,000-row workbook.
func (m *fontMetrics) countLines(text string, size, width float64) int {
	scale := size / m.UnitsPerEm
	space := float64(m.advance(' ')) * scale
	lines := 1
	line := 0.0  // width of the current line, 0 when empty
	glue := 0.0  // what joins the next piece to the line: a space, or nothing after a hyphen
	piece := 0.0 // width of the piece being read: a word, or its part up to a hyphen
	start := -1  // byte offset of the piece, -1 between words
	place := func(end int) {
		if start < 0 {
			return
		}
		switch {
		case line == 0 && piece <= width:
			line = piece
		case line > 0 && line+glue+piece <= width:
			line += glue + piece
		case piece <= width:
			lines++
			line = piece
		default:
			// A piece wider than the cell is broken at characters.
			if line > 0 {
				lines++
			}
			line = 0
			for _, r := range text[start:end] {
				rw := float64(m.advance(r)) * scale
				if line > 0 && line+rw > width {
					lines++
					line = 0
				}
				line += rw
			}
		}
		start, piece = -1, 0
	}
	for i, r := range text {
		switch r {
		case '\n':
			place(i)
			lines++
			line, glue = 0, 0
		case ' ', '\t':
			place(i)
			glue = space
		default:
			if start < 0 {
				start = i
			}
			piece += float64(m.advance(r)) * scale
			// A hyphen with a letter or digit before it inside the word and
			// more of the word after it ends a piece the line may break after.
			if r == '-' && i > start && i+1 < len(text) && text[i+1] != ' ' && text[i+1] != '\t' && text[i+1] != '\n' && text[i+1] != '-' {
				place(i + 1)
				glue = 0
			}
		}
	}
	place(len(text))
	return lines
}
