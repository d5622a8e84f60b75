package text

import (
	"strings"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/source"
)

// readTab reads consecutive lines holding a tab as the rows of one table,
// one cell per tab-separated field (what Word's "Plain Text" export and
// spreadsheets write). A row keeps exactly the fields it has, empty ones
// included, so a row that lost a tab shows fewer cells than the header;
// the table is as wide as its widest row. A blank line ends the table.
func readTab(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	if !isTabRow(lines[at]) {
		return nil, at, nil, false
	}
	t := &document.Table{Pos: source.Pos{File: name, Line: at + 1, Col: 1}}
	i := at
	for ; i < len(lines) && isTabRow(lines[i]); i++ {
		l := lines[i]
		row := document.Row{Pos: source.Pos{File: name, Line: i + 1, Col: 1}}
		n := strings.Count(l, "\t") + 1
		row.Cells = make([]document.Cell, 0, n)
		// One paragraph per cell, allocated for the whole row at once: a
		// long annex has tens of thousands of cells.
		paras := make([]document.Paragraph, n)
		runs := make([]document.Run, n)
		start, startCol := 0, 1 // byte offset and rune column of the field
		for k := 0; ; k++ {
			end := strings.IndexByte(l[start:], '\t')
			if end < 0 {
				end = len(l)
			} else {
				end += start
			}
			field := l[start:end]
			lead := len(field) - len(strings.TrimLeft(field, " \u00a0"))
			text := strings.TrimSpace(field)
			col := startCol + utf8.RuneCountInString(field[:lead])
			if strings.Contains(text, "<") {
				row.Cells = append(row.Cells, cell(name, text, i+1, col, k))
			} else {
				pos := source.Pos{File: name, Line: i + 1, Col: col}
				r := runs[k : k+1 : k+1]
				if strings.ContainsAny(text, "*_\\") {
					r = inline(text)
				} else {
					r[0].Text = text
				}
				paras[k] = document.Paragraph{Runs: r, Pos: pos}
				row.Cells = append(row.Cells, document.Cell{Paras: paras[k : k+1 : k+1], Col: k, ColSpan: 1, RowSpan: 1, Pos: pos})
			}
			if end == len(l) {
				break
			}
			startCol += utf8.RuneCountInString(field) + 1
			start = end + 1
		}
		t.Cols = max(t.Cols, len(row.Cells))
		t.Rows = append(t.Rows, row)
	}
	return t, i, nil, true
}

// isTabRow reports a line with a tab that is not blank.
func isTabRow(l string) bool {
	return strings.IndexByte(l, '\t') >= 0 && !isBlank(l)
}
