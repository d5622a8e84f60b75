package text

import (
	"baocao/internal/document"
	"baocao/internal/source"
)

// Box-drawing grids (┌─┬─┐ │ ├─┼─┤ └─┴─┘), as converters and hand-made
// annexes draw them, in single, double (╔═╦═╗ ║ ╠═╬═╣), heavy or mixed
// (╞═╪═╡) lines. Every character of the Unicode box-drawing block is a
// junction except the plain horizontal and vertical strokes: the cell scan
// only asks whether a stroke goes on, not which way a corner turns.

var boxStyle = gridStyle{
	name:       "box-drawing",
	horizontal: isBoxHorizontal,
	vertical:   isBoxVertical,
	junction:   isBoxJunction,
	heavy:      func(r rune) bool { return r == '═' || r == '━' },
}

func isBoxHorizontal(r rune) bool {
	switch r {
	case '─', '━', '═', '┄', '┅', '┈', '┉', '╌', '╍', '╴', '╶', '╸', '╺', '╼', '╾':
		return true
	}
	return false
}

func isBoxVertical(r rune) bool {
	switch r {
	case '│', '┃', '║', '┆', '┇', '┊', '┋', '╎', '╏', '╵', '╷', '╹', '╻', '╽', '╿':
		return true
	}
	return false
}

func isBoxJunction(r rune) bool {
	if r < 0x2500 || r > 0x257F {
		return false
	}
	return !isBoxHorizontal(r) && !isBoxVertical(r)
}

// readBoxGrid reads a box-drawing grid starting at lines[at].
func readBoxGrid(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	return readGrid(&boxStyle, name, lines, at)
}
