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
	// Count the rows and fields first, so that the cells, their
	// paragraphs and runs of the whole table take three allocations: a
	// long annex has tens of thousands of cells.
	end, fields := at, 0
	for ; end < len(lines) && isTabRow(lines[end]); end++ {
		fields += strings.Count(lines[end], "\t") + 1
	}
	cells := make([]document.Cell, fields)
	paras := make([]document.Paragraph, fields)
	runs := make([]document.Run, fields)
	t := &document.Table{Pos: source.Pos{File: name, Line: at + 1, Col: 1}, Rows: make([]document.Row, 0, end-at)}
	f := 0 // the next field
	for i := at; i < end; i++ {
		l := lines[i]
		row := document.Row{Pos: source.Pos{File: name, Line: i + 1, Col: 1}}
		first := f
		start, startCol := 0, 1 // byte offset and rune column of the field
		for k := 0; ; k++ {
			stop := strings.IndexByte(l[start:], '\t')
			if stop < 0 {
				stop = len(l)
			} else {
				stop += start
			}
			field := l[start:stop]
			lead := len(field) - len(strings.TrimLeft(field, " \u00a0"))
			text := strings.TrimSpace(field)
			col := startCol + utf8.RuneCountInString(field[:lead])
			if strings.Contains(text, "<") {
				cells[f] = cell(name, text, i+1, col, k)
			} else {
				pos := source.Pos{File: name, Line: i + 1, Col: col}
				r := runs[f : f+1 : f+1]
				if strings.ContainsAny(text, "*_\\") {
					r = inline(text)
				} else {
					r[0].Text = text
				}
				paras[f] = document.Paragraph{Runs: r, Pos: pos}
				cells[f] = document.Cell{Paras: paras[f : f+1 : f+1], Col: k, ColSpan: 1, RowSpan: 1, Pos: pos}
			}
			f++
			if stop == len(l) {
				break
			}
			startCol += utf8.RuneCountInString(field) + 1
			start = stop + 1
		}
		row.Cells = cells[first:f:f]
		t.Cols = max(t.Cols, len(row.Cells))
		t.Rows = append(t.Rows, row)
	}
	return t, end, nil, true
}

// isTabRow reports a line with a tab that is not blank.
func isTabRow(l string) bool {
	return strings.IndexByte(l, '\t') >= 0 && !isBlank(l)
}
