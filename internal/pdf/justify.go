package pdf

import "strings"

// justifyMinFill is how full a line must be to be justified: a line of a few
// words stretched across a cell ("Sơ  kết  Chương  trình…") reads as gaps,
// not words, so a shorter line is left-aligned instead.
const justifyMinFill = 0.75

// justifyMaxStretch caps what justifying adds to each gap, in spaces of the
// current face: a nearly full line with few gaps could still open gaps three
// or four spaces wide.
const justifyMaxStretch = 2.0

// lineAlign is how a line of justified text is set in avail millimetres:
// "J" when it is not its paragraph's last line, its natural width fills at
// least justifyMinFill of avail and no gap grows by more than
// justifyMaxStretch spaces; otherwise "L". Measured in the current face.
func (d *document) lineAlign(line string, avail float64, last bool) string {
	gaps := strings.Count(line, " ")
	if last || gaps == 0 || avail <= 0 {
		return "L"
	}
	w := d.width(line)
	if w < justifyMinFill*avail || (avail-w)/float64(gaps) > justifyMaxStretch*d.width(" ") {
		return "L"
	}
	return "J"
}

// A line of a justified table cell that is not the cell's last may be
// justified a little looser than a paragraph's: a cell is narrow, and a
// protected phrase pushed down whole, or broken at its loosest point
// (breakPhrase), leaves a line between 70% and 75% full ("Đại hội XI Đảng
// bộ tỉnh, nhiệm kỳ" / "2020-2025 …", 74%) that reads better justified
// than ragged among justified lines. Gaps may grow by up to three spaces.
const (
	cellMinFill    = 0.70
	cellMaxStretch = 3.0
)

// cellAlign is lineAlign for a line of a justified table cell: "J" also
// when the line fills cellMinFill of avail and no gap grows by more than
// cellMaxStretch spaces. The line is measured once for both tests.
func (d *document) cellAlign(line string, avail float64, last bool) string {
	gaps := strings.Count(line, " ")
	if last || gaps == 0 || avail <= 0 {
		return "L"
	}
	w, space := d.width(line), d.width(" ")
	stretch := (avail - w) / float64(gaps)
	if w >= justifyMinFill*avail && stretch <= justifyMaxStretch*space {
		return "J" // lineAlign's "J"
	}
	if w < cellMinFill*avail || stretch > cellMaxStretch*space {
		return "L"
	}
	return "J"
}
