package xlsx

import (
	"math"
	"unicode/utf8"
)

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
// measured for every cell of a 10,000-row workbook, so the advances come
// from fontMetrics' own table and the common placing of a piece is inline.
func (m *fontMetrics) countLines(text string, size, width float64) int {
	scale := size / m.UnitsPerEm
	space := float64(m.advance(' ')) * scale
	low := m.low
	lines := 1
	line := 0.0  // width of the current line, 0 when empty
	glue := 0.0  // what joins the next piece to the line: a space, or nothing after a hyphen
	piece := 0.0 // width of the piece being read: a word, or its part up to a hyphen
	start := -1  // byte offset of the piece, -1 between words
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch r {
		case '\n', ' ', '\t':
			if start >= 0 {
				var ok bool
				if lines, line, ok = placePiece(lines, line, glue, piece, width); !ok {
					lines, line = m.breakPiece(text[start:i], lines, line, scale, width)
				}
				start, piece = -1, 0
			}
			if r == '\n' {
				lines++
				line, glue = 0, 0
			} else {
				glue = space
			}
		default:
			if start < 0 {
				start = i
			}
			var a uint16
			if uint(r) < uint(len(low)) {
				a = low[r]
			} else {
				a = m.Advance(r)
			}
			piece += float64(a) * scale
			// A hyphen with a letter or digit before it inside the word and
			// more of the word after it ends a piece the line may break after.
			if r == '-' && i > start && i+1 < len(text) {
				if c := text[i+1]; c != ' ' && c != '\t' && c != '\n' && c != '-' {
					var ok bool
					if lines, line, ok = placePiece(lines, line, glue, piece, width); !ok {
						lines, line = m.breakPiece(text[start:i+1], lines, line, scale, width)
					}
					start, piece = -1, 0
					glue = 0
				}
			}
		}
		i += n
	}
	if start >= 0 {
		var ok bool
		if lines, line, ok = placePiece(lines, line, glue, piece, width); !ok {
			lines, _ = m.breakPiece(text[start:], lines, line, scale, width)
		}
	}
	return lines
}

// placePiece puts a piece piece wide on the line, joined by glue, or on a
// new line; not ok when the piece alone is wider than the cell.
func placePiece(lines int, line, glue, piece, width float64) (int, float64, bool) {
	switch {
	case line == 0 && piece <= width:
		return lines, piece, true
	case line > 0 && line+glue+piece <= width:
		return lines, line + glue + piece, true
	case piece <= width:
		return lines + 1, piece, true
	}
	return lines, line, false
}

// breakPiece breaks a piece wider than the cell at characters, from a new
// line; it returns the lines and the width of the last.
func (m *fontMetrics) breakPiece(piece string, lines int, line, scale, width float64) (int, float64) {
	if line > 0 {
		lines++
	}
	line = 0
	for _, r := range piece {
		rw := float64(m.advance(r)) * scale
		if line > 0 && line+rw > width {
			lines++
			line = 0
		}
		line += rw
	}
	return lines, line
}

// wrapPiece is a piece of a text as countLines places it: a word or its
// part up to a hyphen, w wide, joined to the line by glue; or an explicit
// line break (w < 0).
type wrapPiece struct {
	w, glue    float64
	start, end int // the piece's bytes, to break it at characters
}

// wrapText is a text cut into its pieces once, so that its lines at many
// widths cost a pass over the pieces each rather than over the characters:
// a table's layout counts each cell at every width its column may take.
type wrapText struct {
	m      *fontMetrics
	text   string
	scale  float64
	pieces []wrapPiece
}

// cut cuts text into wt's pieces at the font size, as countLines reads it.
func (m *fontMetrics) cut(wt *wrapText, text string, size float64) {
	scale := size / m.UnitsPerEm
	space := float64(m.advance(' ')) * scale
	low := m.low
	ps := wt.pieces[:0]
	glue, piece, start := 0.0, 0.0, -1
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch r {
		case '\n', ' ', '\t':
			if start >= 0 {
				ps = append(ps, wrapPiece{piece, glue, start, i})
				start, piece = -1, 0
			}
			if r == '\n' {
				ps = append(ps, wrapPiece{w: -1})
				glue = 0
			} else {
				glue = space
			}
		default:
			if start < 0 {
				start = i
			}
			var a uint16
			if uint(r) < uint(len(low)) {
				a = low[r]
			} else {
				a = m.Advance(r)
			}
			piece += float64(a) * scale
			if r == '-' && i > start && i+1 < len(text) {
				if c := text[i+1]; c != ' ' && c != '\t' && c != '\n' && c != '-' {
					ps = append(ps, wrapPiece{piece, glue, start, i + 1})
					start, piece = -1, 0
					glue = 0
				}
			}
		}
		i += n
	}
	if start >= 0 {
		ps = append(ps, wrapPiece{piece, glue, start, len(text)})
	}
	*wt = wrapText{m: m, text: text, scale: scale, pieces: ps}
}

// lines is the lines the cut text takes at width points: countLines'.
func (wt *wrapText) lines(width float64) int {
	lines, line := 1, 0.0
	for _, p := range wt.pieces {
		if p.w < 0 {
			lines++
			line = 0
			continue
		}
		var ok bool
		if lines, line, ok = placePiece(lines, line, p.glue, p.w, width); !ok {
			lines, line = wt.m.breakPiece(wt.text[p.start:p.end], lines, line, wt.scale, width)
		}
	}
	return lines
}
