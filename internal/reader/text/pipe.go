package text

import (
	"strings"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/source"
)

// readPipe reads a Markdown pipe table: consecutive lines that start with
// "|" and hold at least three, the rule line under the header ("|---|:-:|")
// dropped. An escaped "\|" stays in its cell; "<br>" splits a cell in
// paragraphs. The rule marks the row above it as the header.
func readPipe(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	if !isPipeRow(lines[at]) {
		return nil, at, nil, false
	}
	t := &document.Table{Pos: source.Pos{File: name, Line: at + 1, Col: 1}}
	i := at
	for ; i < len(lines) && isPipeRow(lines[i]); i++ {
		l := lines[i]
		fields, starts := splitPipes(l)
		if isRule(fields) {
			if n := len(t.Rows); n > 0 {
				t.Rows[n-1].Header = true
			}
			continue
		}
		cols := runeCols(l, starts)
		row := document.Row{Pos: source.Pos{File: name, Line: i + 1, Col: cols[0]}}
		for k, f := range fields {
			lead := len(f) - len(strings.TrimLeft(f, " \u00a0"))
			row.Cells = append(row.Cells, cell(name, strings.TrimSpace(f), i+1, cols[k]+utf8.RuneCountInString(f[:lead]), k))
		}
		t.Cols = max(t.Cols, len(row.Cells))
		t.Rows = append(t.Rows, row)
	}
	if len(t.Rows) == 0 {
		// Only rule lines: not a table to read, let the line be text.
		return nil, at, nil, false
	}
	return t, i, nil, true
}

// isPipeRow reports "| a | b |": a line starting with "|" with at least three.
func isPipeRow(l string) bool {
	t := strings.TrimSpace(l)
	return strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 3
}

// splitPipes returns the fields between unescaped pipes of a row and the
// byte offset in l where each starts. The outer pipes are dropped.
func splitPipes(l string) (fields []string, starts []int) {
	lead := len(l) - len(strings.TrimLeft(l, " \t"))
	s := strings.TrimRight(l, " \t")
	start := lead + 1 // after the first "|"
	for i := start; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			fields = append(fields, s[start:i])
			starts = append(starts, start)
			start = i + 1
		}
	}
	if start < len(s) {
		// A row without its closing pipe: the rest is the last cell.
		fields = append(fields, s[start:])
		starts = append(starts, start)
	}
	if len(fields) == 0 {
		fields, starts = []string{""}, []int{lead}
	}
	return fields, starts
}

// isRule reports the rule line under a header: every field is dashes with optional colons.
func isRule(fields []string) bool {
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" || strings.Trim(f, "-:") != "" || !strings.Contains(f, "-") {
			return false
		}
	}
	return len(fields) > 0
}

// runeCols returns the 1-based rune column of each byte offset in starts
// (increasing), counting the line once.
func runeCols(l string, starts []int) []int {
	out := make([]int, len(starts))
	col, at := 1, 0
	for k, s := range starts {
		col += utf8.RuneCountInString(l[at:s])
		at = s
		out[k] = col
	}
	return out
}
