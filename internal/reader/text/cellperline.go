package text

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/source"
)

// LibreOffice's "Text" export (and copying a table out of some viewers)
// writes every table cell on its own line: the header cells, then each row
// from its number on. What the export really does, checked against
// soffice: an empty cell is an empty line; a cell spanning columns is one
// line, so a group row "I / LĨNH VỰC KINH TẾ" has two; a cell covered by a
// row span is an empty line; a cell with several paragraphs or line breaks
// has one line each. So the header tells the column count, rows are cut
// where the next row number comes, and lines are shared out to the cells.

// cellPerLineFirst are the first header cells that start such a table.
var cellPerLineFirst = map[string]bool{"tt": true, "stt": true, "số tt": true, "tt.": true, "số thứ tự": true}

const (
	maxHeaderCells  = 15
	maxHeaderRunes  = 80
	maxCellPerLines = 100000
)

// readCellPerLine reads a one-cell-per-line table whose header starts at lines[at].
func readCellPerLine(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	// "TT", "STT", "Số TT": short, so a longer line is turned away before
	// it is lower-cased (this reader is tried at every line).
	if at < 0 || at >= len(lines) || len(strings.TrimSpace(lines[at])) > 20 || !cellPerLineFirst[strings.ToLower(strings.TrimSpace(lines[at]))] {
		return nil, at, nil, false
	}
	pos := func(i int) source.Pos {
		col := 1 + utf8.RuneCountInString(lines[i]) - utf8.RuneCountInString(strings.TrimLeft(lines[i], " \t"))
		return source.Pos{File: name, Line: i + 1, Col: col}
	}
	// header cells: up to the first row number
	h := at + 1
	var twoRows []document.Row // a header of two rows, when it has one
	n := 0
	for h < len(lines) && h-at <= maxHeaderCells {
		l := strings.TrimSpace(lines[h])
		if l == "" {
			if twoRows, n, h = twoRowCellHeader(lines, at, h, pos); twoRows == nil {
				return nil, at, nil, false
			}
			break
		}
		if utf8.RuneCountInString(l) > maxHeaderRunes {
			return nil, at, nil, false
		}
		if _, ok := parseRowNumber(l); ok || l == "(1)" {
			break
		}
		h++
	}
	if twoRows == nil {
		n = h - at // columns
	}
	if n < 3 || h >= len(lines) {
		return nil, at, nil, false
	}
	numbering := columnNumbers(lines, h, n)
	if _, ok := parseRowNumber(strings.TrimSpace(lines[h])); !ok && !numbering {
		return nil, at, nil, false
	}
	var diags source.Diagnostics
	t := &document.Table{Cols: n, Pos: pos(at)}
	if twoRows != nil {
		t.Rows = append(t.Rows, twoRows...)
	} else {
		header := document.Row{Pos: pos(at)}
		for i := at; i < h; i++ {
			header.Cells = append(header.Cells, document.PlainCell(strings.TrimSpace(lines[i]), i-at, pos(i)))
		}
		t.Rows = append(t.Rows, header)
	}

	p := h
	if numbering {
		// the row numbering the columns, (1) (2) (3)…, under the header
		row := document.Row{Pos: pos(h)}
		for k := range n {
			row.Cells = append(row.Cells, document.PlainCell(strings.TrimSpace(lines[h+k]), k, pos(h+k)))
		}
		t.Rows = append(t.Rows, row)
		p = h + n
	}
	prev := rowNum{}
	prevRow := -1 // index in t.Rows of the last numbered row, for row spans
	for p < len(lines) && p-at < maxCellPerLines {
		first := strings.TrimSpace(lines[p])
		num, isNum := parseRowNumber(first)
		covered := false
		switch {
		case isNum && (prevRow < 0 || num.follows(prev)):
		case first == "" && prevRow >= 0 && len(t.Rows[len(t.Rows)-1].Cells) == n && rowAfter(lines, p+n, prev):
			// the first cell is covered by the row above's number (a row
			// span); believed only when a row or the end follows, so that
			// a blank line after the table does not swallow the text below
			covered, num = true, prev
		default:
			return finishCellPerLine(t, p, diags)
		}
		// the row's lines run to the next row that can follow this one:
		// a group title in capitals spans the row; else one line per
		// cell when a row (or the end) comes there; else the nearest row
		// number that can follow (spans make fewer lines, paragraphs more)
		q := -1
		switch {
		case (num.roman > 0 || num.letter != 0) && !covered && p+2 < len(lines) && isCaps(lines[p+1]) && rowAfter(lines, p+2, num):
			q = p + 2
		case p+n == len(lines) || rowAfter(lines, p+n, num):
			q = p + n
		case p+n < len(lines) && strings.TrimSpace(lines[p+n]) == "" && rowAfter(lines, p+2*n, num):
			q = p + n // an empty line where the next row starts: a row span below
		}
		for k := p + 1; q < 0 && k < len(lines) && k <= p+2*n; k++ {
			if next, ok := parseRowNumber(strings.TrimSpace(lines[k])); ok && next.follows(num) {
				q = k
				break
			}
			if k == p+n && strings.TrimSpace(lines[k]) == "" && rowAfter(lines, k+n, num) {
				q = k // an empty line where the next row starts: a row span below
				break
			}
		}
		if q < 0 {
			// the last row: as many lines as the header has cells
			q = min(p+n, len(lines))
		}
		row := document.Row{Pos: pos(p)}
		col := 0
		if covered {
			c := &t.Rows[prevRow].Cells[0]
			c.RowSpan = len(t.Rows) - prevRow + 1
			col = 1
		} else {
			row.Cells = append(row.Cells, document.PlainCell(first, 0, pos(p)))
			col = 1
			prevRow = len(t.Rows)
			prev = num
		}
		cells := shareLines(lines, p+1, q, n-1, pos)
		if len(cells) > n-1 {
			diags.Add(pos(p), source.Warning, "cell-per-line-extra",
				"row %q has %d lines for %d cells: expected one line per cell; the extra lines were joined to the last cell", first, q-p-1, n-1)
			last := cells[n-2]
			for _, extra := range cells[n-1:] {
				last.Paras = append(last.Paras, extra.Paras...)
			}
			cells[n-2] = last
			cells = cells[:n-1]
		}
		for i, c := range cells {
			c.Col = col
			if i == len(cells)-1 {
				c.ColSpan = n - col // fewer lines than cells: the last spans the rest
			}
			col += c.ColSpan
			row.Cells = append(row.Cells, c)
		}
		t.Rows = append(t.Rows, row)
		p = q
	}
	return finishCellPerLine(t, p, diags)
}

// twoRowCellHeader reads a header of two rows as the Text export writes
// it: the upper row's cells (lines[at:blank]), one of them spanning the
// sub-headers below it ("Đơn vị thực hiện" over "Chủ trì", "Phối hợp"),
// then the lower row, one line per grid column, empty where an upper cell
// comes down over it (TT, Nội dung). An upper cell over an empty line
// spans both rows; one over a run of sub-headers spans their columns. It
// returns the two rows, the column count and the first line after the
// header, or nil rows when the lines are no such header.
func twoRowCellHeader(lines []string, at, blank int, pos func(int) source.Pos) ([]document.Row, int, int) {
	upper := blank - at
	if upper < 3 {
		return nil, 0, blank
	}
	end := blank
	for end < len(lines) && end-blank <= maxHeaderCells {
		l := strings.TrimSpace(lines[end])
		if _, ok := parseRowNumber(l); ok && l != "" {
			break
		}
		if utf8.RuneCountInString(l) > maxHeaderRunes {
			return nil, 0, blank
		}
		end++
	}
	n := end - blank
	if end >= len(lines) || n <= upper || n > maxHeaderCells {
		return nil, 0, blank
	}
	sub := make([]string, n)
	for k := range n {
		sub[k] = strings.TrimSpace(lines[blank+k])
	}
	top := document.Row{Pos: pos(at)}
	bottom := document.Row{Pos: pos(blank)}
	c := 0
	for i := at; i < blank; i++ {
		if c >= n {
			return nil, 0, blank
		}
		cell := document.PlainCell(strings.TrimSpace(lines[i]), c, pos(i))
		if sub[c] == "" {
			cell.RowSpan = 2
			c++
		} else {
			span := 0
			for c+span < n && sub[c+span] != "" {
				bottom.Cells = append(bottom.Cells, document.PlainCell(sub[c+span], c+span, pos(blank+c+span)))
				span++
			}
			cell.ColSpan = span
			c += span
		}
		top.Cells = append(top.Cells, cell)
	}
	// every column placed, and some upper cell spans sub-headers
	if c != n || len(bottom.Cells) < 2 {
		return nil, 0, blank
	}
	return []document.Row{top, bottom}, n, end
}

// columnNumbers reports whether lines[from:from+n] number the columns:
// 1, 2, 3… or (1), (2), (3)….
func columnNumbers(lines []string, from, n int) bool {
	if from+n > len(lines) {
		return false
	}
	for k := range n {
		l := strings.TrimSpace(lines[from+k])
		if l != strconv.Itoa(k+1) && l != "("+strconv.Itoa(k+1)+")" {
			return false
		}
	}
	return true
}

// rowAfter reports whether line i starts a row that can follow p.
func rowAfter(lines []string, i int, p rowNum) bool {
	if i >= len(lines) {
		return false
	}
	n, ok := parseRowNumber(strings.TrimSpace(lines[i]))
	return ok && n.follows(p)
}

func finishCellPerLine(t *document.Table, next int, diags source.Diagnostics) (*document.Table, int, source.Diagnostics, bool) {
	if len(t.Rows) < 2 {
		return nil, 0, nil, false
	}
	mergedCells(t, &diags)
	return t, next, diags, true
}

// mergedCells warns of an empty cell under a filled one in a lead or
// deadline column (which every row needs) that is filled in at least three
// rows of four: LibreOffice's Text export
// writes a merged cell once, in its first row, and leaves an empty line
// in the others, so the reader cannot tell a merge from an empty cell;
// the .docx or .odt keeps the merge.
func mergedCells(t *document.Table, diags *source.Diagnostics) {
	g := t.Grid()
	plain := func(r, c int) (*document.Cell, bool) {
		cell := g[r][c]
		return cell, cell != nil && cell.Col == c && cell.ColSpan == 1 && cell.RowSpan == 1
	}
	for c := 1; c < t.Cols; c++ {
		head := ""
		if h := g[0][c]; h != nil {
			head = h.Text()
		}
		if !neededColumn(head) {
			continue
		}
		body, filled := 0, 0
		for r := 1; r < len(g); r++ {
			if cell, ok := plain(r, c); ok {
				body++
				if cell.Text() != "" {
					filled++
				}
			}
		}
		if body < 4 || filled*4 < body*3 {
			continue
		}
		for r := 2; r < len(g); r++ {
			cell, ok := plain(r, c)
			above, okAbove := plain(r-1, c)
			if !ok || !okAbove || cell.Text() != "" || above.Text() == "" {
				continue
			}
			label := ""
			if first := g[r][0]; first != nil {
				label = first.Text()
			}
			diags.Add(cell.Pos, source.Warning, "cell-per-line-merged",
				"row %q: the cell under %q is empty, though the column is filled in nearly every row: LibreOffice's Text export writes a merged cell once, so it was probably merged with the one above (or a line break inside a cell moved the lines); the .docx or .odt of this programme reads it correctly",
				label, head)
		}
	}
}

// shareLines makes cells of lines [from, to): one per line, except that a
// line starting in lower case, or following a line that ends a list item
// with ";" or "," ("Kế hoạch;" above "Báo cáo sơ kết"), continues the cell
// before while there are more lines than cells (a cell's second paragraph
// or line break).
func shareLines(lines []string, from, to, cells int, pos func(int) source.Pos) []document.Cell {
	var out []document.Cell
	extra := (to - from) - cells
	for i := from; i < to; i++ {
		l := strings.TrimSpace(lines[i])
		if extra > 0 && len(out) > 0 && (startsLower(l) || endsListItem(out[len(out)-1].Text())) && out[len(out)-1].Text() != "" {
			c := &out[len(out)-1]
			c.Paras = append(c.Paras, document.Paragraph{Runs: []document.Run{{Text: l}}, Pos: pos(i)})
			extra--
			continue
		}
		out = append(out, document.PlainCell(l, 0, pos(i)))
	}
	return out
}

// isCaps reports whether a line has letters and none in lower case.
func isCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// neededColumn reports whether a header cell names the lead agency or the
// deadline, which every row of an annex has.
func neededColumn(head string) bool {
	low := strings.ToLower(head)
	for _, w := range []string{"chủ trì", "tham mưu", "thời gian", "thời hạn", "tiến độ"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// endsListItem reports whether a cell's text ends with ";" or ",": a list
// inside the cell goes on.
func endsListItem(s string) bool {
	return strings.HasSuffix(s, ";") || strings.HasSuffix(s, ",")
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// rowNum is a parsed row number: arabic parts ("1.2" → [1 2]), a roman
// group number or a group letter.
type rowNum struct {
	parts  []int
	roman  int
	letter rune
}

// parseRowNumber reads the first cell of a row: 1, 01, 1.2, 3., I, IV, A.
func parseRowNumber(s string) (rowNum, bool) {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "."), ")")
	if s == "" || len(s) > 12 {
		return rowNum{}, false
	}
	if v := romanValue(s); v > 0 {
		return rowNum{roman: v}, true
	}
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'Z' {
		return rowNum{letter: rune(s[0])}, true
	}
	var parts []int
	for _, f := range strings.Split(s, ".") {
		v, err := strconv.Atoi(f)
		if err != nil || v < 0 || len(f) > 3 {
			return rowNum{}, false
		}
		parts = append(parts, v)
	}
	return rowNum{parts: parts}, true
}

func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	total, prev := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if v < prev {
			total -= v
		} else {
			total += v
			prev = v
		}
	}
	if total <= 0 || total > 60 {
		return 0
	}
	return total
}

// follows reports whether n can be the row number after p: the next
// number at any level, the first child (1 → 1.1), a new group (roman or
// letter) or, after a group, a first or continuing item. A cell whose text
// is a number out of sequence ("2021", "5" in the middle of a list) then
// does not cut a row.
func (n rowNum) follows(p rowNum) bool {
	switch {
	case n.roman > 0 || n.letter != 0:
		return true
	case len(n.parts) == 0:
		return false
	case p.roman > 0 || p.letter != 0 || len(p.parts) == 0:
		return true
	}
	// same level or up: the last part is one more than p's at that level
	k := len(n.parts) - 1
	if k < len(p.parts) && n.parts[k] == p.parts[k]+1 && equalInts(n.parts[:k], p.parts[:k]) {
		return true
	}
	// one level down: p's number followed by 1
	return len(n.parts) == len(p.parts)+1 && n.parts[k] == 1 && equalInts(n.parts[:k], p.parts)
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
