package text

import (
	"baocao/internal/document"
	"baocao/internal/source"
)

// A tableReader tries to read a table whose first physical line is
// lines[at] (line numbers in positions are at+1). It returns the table,
// the index of the first line after it, and what it noticed; ok is false
// when lines[at] does not start a table of its layout, and then it must
// not have reported anything. Each layout (tab-separated, Markdown pipes,
// box-drawing grid, +---+ grid, space-aligned columns, one cell per line)
// is one tableReader in a file of its own.
type tableReader func(name string, lines []string, at int) (t *document.Table, next int, diags source.Diagnostics, ok bool)

// layout is a tableReader with the name Document.Format gives its tables.
type layout struct {
	format string
	read   tableReader
}

// tableReaders are tried in this order at every line that is not inside
// a table yet; the first that says ok wins.
var tableReaders = []layout{{"text/tab", readTab}, {"text/markdown", readPipe}}
