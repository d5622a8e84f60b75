package text

import (
	"baocao/internal/document"
	"baocao/internal/source"
)

// +---+---+ grids: pandoc's grid tables (with +===+ under the header and
// alignment colons such as +:---+), MySQL's and psql's output, and ASCII
// art made by hand. The plus sign is the only junction; '=' rules are
// heavy and mark the header.

var plusStyle = gridStyle{
	name:       "+---+",
	horizontal: func(r rune) bool { return r == '-' || r == '=' || r == ':' },
	vertical:   func(r rune) bool { return r == '|' },
	junction:   func(r rune) bool { return r == '+' },
	heavy:      func(r rune) bool { return r == '=' },
}

// readPlusGrid reads a +---+ grid starting at lines[at].
func readPlusGrid(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	return readGrid(&plusStyle, name, lines, at)
}
