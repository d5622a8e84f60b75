package text

import (
	"slices"
	"strings"

	"baocao/internal/document"
	"baocao/internal/lazyre"
	"baocao/internal/source"
)

// Box-drawing grids and +---+ grids are the same construct drawn with
// different characters: cells are rectangles bounded by horizontal rules,
// vertical bars and junctions. Both readers classify their characters and
// hand the lines to readGrid, which finds every rectangle the way docutils'
// grid-table parser does (from each top-left corner: right along the top,
// down the right side, back along the bottom and up the left side). A cell
// whose neighbour's bar is missing simply finds a wider or taller
// rectangle, so column and row spans need no special case.

// gridStyle says which characters draw a grid.
type gridStyle struct {
	name       string // "box-drawing" or "+---+", for messages
	horizontal func(rune) bool
	vertical   func(rune) bool
	junction   func(rune) bool
	heavy      func(rune) bool // a rule of these marks the header's end
}

// isRule reports whether a line (from the grid's left edge) is a rule: only
// junctions and horizontals, starting with a junction, with at least two
// junctions and one horizontal.
func (s *gridStyle) isRule(l []rune) bool {
	l = trimRightRunes(l)
	if len(l) < 3 || !s.junction(l[0]) || !s.junction(l[len(l)-1]) {
		return false
	}
	h := 0
	for _, r := range l {
		switch {
		case s.horizontal(r):
			h++
		case s.junction(r):
		default:
			return false
		}
	}
	return h > 0
}

// maxGridLines bounds how far a grid is followed, so a pathological input
// cannot make the cell scan (cubic in the grid's size) run for long.
const maxGridLines = 5000

// readGrid reads a grid whose top rule is lines[at], if it is one.
func readGrid(style *gridStyle, name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	if at < 0 || at >= len(lines) {
		return nil, at, nil, false
	}
	// A grid opens with a rule: "+" or a box-drawing character (U+2500–
	// U+257F, whose UTF-8 starts with 0xE2). Every other line is turned
	// away before it is converted to runes: this reader is tried at every
	// line of a long programme.
	if l := strings.TrimLeft(lines[at], " "); l == "" || l[0] != '+' && l[0] != 0xE2 {
		return nil, at, nil, false
	}
	first := []rune(lines[at])
	indent := 0
	for indent < len(first) && first[indent] == ' ' {
		indent++
	}
	if !style.isRule(first[indent:]) {
		return nil, at, nil, false
	}
	// the grid's lines: every following line that has only spaces before
	// the left edge and a bar or junction on it
	var block [][]rune
	var src []int
	width := 0
	end := at
	for i := at; i < len(lines) && i-at < maxGridLines; i++ {
		l := []rune(lines[i])
		if len(l) <= indent || strings.TrimSpace(string(l[:indent])) != "" || !(style.vertical(l[indent]) || style.junction(l[indent])) {
			break
		}
		l = trimRightRunes(l[indent:])
		block = append(block, l)
		src = append(src, i)
		width = max(width, len(l))
		end = i + 1
		if i > at && style.isRule(l) && !continues(style, lines, i+1, indent) {
			break
		}
	}
	if len(block) < 3 {
		return nil, at, nil, false
	}
	var diags source.Diagnostics
	pos := func(i, col int) source.Pos { return source.Pos{File: name, Line: i + 1, Col: col + 1} }
	if !style.isRule(block[len(block)-1]) {
		// a grid cut short (the file ends, or text follows at once): close it
		last := block[len(block)-1]
		diags.Add(pos(src[len(src)-1], indent), source.Warning, "grid-unclosed",
			"%s table is not closed by a rule: expected a bottom line such as %s", style.name, closingExample(style))
		block = append(block, closingRule(style, last))
		src = append(src, -1)
	}
	block, src = splitNumberedRows(style, block, src)
	for i := range block {
		block[i] = padRunes(block[i], width)
	}
	cells := findCells(style, block)
	if len(cells) == 0 {
		return nil, at, nil, false
	}
	t := buildGridTable(style, name, block, src, indent, cells)
	if t.Cols < 2 {
		// a frame around one block of text is a note, not a table
		return nil, at, nil, false
	}
	covered := 0
	for r := range t.Rows {
		for _, c := range t.Rows[r].Cells {
			covered += c.ColSpan * c.RowSpan
		}
	}
	if covered != t.Cols*len(t.Rows) {
		diags.Add(t.Pos, source.Warning, "grid-malformed",
			"%s table has lines that close no cell: expected every cell to be a rectangle of bars and rules; some text may be missing", style.name)
	}
	return t, end, diags, true
}

// continues reports whether the grid goes on after a rule at line i-1:
// the next line starts with a bar or junction at the same column.
func continues(style *gridStyle, lines []string, i, indent int) bool {
	if i >= len(lines) {
		return false
	}
	l := []rune(lines[i])
	return len(l) > indent && strings.TrimSpace(string(l[:indent])) == "" && (style.vertical(l[indent]) || style.junction(l[indent]))
}

func closingExample(style *gridStyle) string {
	if style.junction('+') {
		return "+---+---+"
	}
	return "└───┴───┘"
}

// closingRule draws a rule under a content line: a junction under each bar.
func closingRule(style *gridStyle, l []rune) []rune {
	j, h := '+', '-'
	if !style.junction('+') {
		j, h = '┼', '─'
	}
	out := make([]rune, len(l))
	for x, r := range l {
		if style.vertical(r) || style.junction(r) {
			out[x] = j
		} else {
			out[x] = h
		}
	}
	return out
}

// rowNumber matches the first cell of a new row: 1, 01, 1.2, 3., I, IV., A.
var rowNumber = lazyre.New(`^(\d{1,3}(\.\d{1,3})*\.?|[IVXL]{1,6}\.?|[A-Z]\.?)$`)

// splitNumberedRows draws the rules a grid left out between rows: inside a
// numbered row, a line whose first cell holds a new row number starts the
// next row.
func splitNumberedRows(style *gridStyle, block [][]rune, src []int) ([][]rune, []int) {
	firstCell := func(l []rune) (string, bool) {
		for x := 1; x < len(l); x++ {
			if style.vertical(l[x]) || style.junction(l[x]) {
				return strings.TrimSpace(string(l[1:x])), true
			}
		}
		return "", false
	}
	var out [][]rune
	var outSrc []int
	rowNumbered := false
	for i, l := range block {
		if style.isRule(l) {
			rowNumbered = false
			out, outSrc = append(out, l), append(outSrc, src[i])
			continue
		}
		first, ok := firstCell(l)
		prevContent := i > 0 && !style.isRule(block[i-1])
		if ok && prevContent && rowNumbered && rowNumber().MatchString(first) {
			out, outSrc = append(out, closingRule(style, l)), append(outSrc, -1)
		}
		if ok && !prevContent {
			rowNumbered = rowNumber().MatchString(first)
		}
		out, outSrc = append(out, l), append(outSrc, src[i])
	}
	return out, outSrc
}

// gridCell is a rectangle of the block: its corners' lines and columns.
type gridCell struct{ top, left, bottom, right int }

// findCells scans the rectangles from every top-left corner reached,
// within a budget of characters looked at: a real grid costs about twice
// its size (each cell's edges are walked once; 16 times leaves room), a pathological one
// (junctions everywhere that never close) could cost its size cubed.
func findCells(style *gridStyle, g [][]rune) []gridCell {
	h := len(g)
	if h == 0 {
		return nil
	}
	w := len(g[0])
	budget := 16 * (h + 1) * (w + 1)
	sc := &cellScanner{style: style, g: g, budget: &budget}
	type corner struct{ y, x int }
	done := map[corner]bool{}
	queue := []corner{{0, 0}}
	var cells []gridCell
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if done[c] {
			continue
		}
		done[c] = true
		if c.y >= h-1 || c.x >= w-1 || !style.junction(g[c.y][c.x]) {
			continue
		}
		b, r, ok := sc.cell(c.y, c.x)
		if budget <= 0 {
			break
		}
		if !ok {
			continue
		}
		cells = append(cells, gridCell{c.y, c.x, b, r})
		queue = append(queue, corner{c.y, r}, corner{b, c.x})
	}
	return cells
}

// cellScanner follows rules and bars from a corner within a budget.
type cellScanner struct {
	style  *gridStyle
	g      [][]rune
	budget *int
}

func (sc *cellScanner) spend() bool {
	*sc.budget--
	return *sc.budget > 0
}

func (sc *cellScanner) cell(top, left int) (bottom, right int, ok bool) {
	style, g := sc.style, sc.g
	w := len(g[top])
	for x := left + 1; x < w && sc.spend(); x++ {
		r := g[top][x]
		if style.junction(r) {
			if b, ok := sc.down(top, left, x); ok {
				return b, x, true
			}
		} else if !style.horizontal(r) {
			return 0, 0, false
		}
	}
	return 0, 0, false
}

func (sc *cellScanner) down(top, left, right int) (int, bool) {
	style, g := sc.style, sc.g
	for y := top + 1; y < len(g) && sc.spend(); y++ {
		r := g[y][right]
		if style.junction(r) {
			if sc.leftUp(top, left, y, right) {
				return y, true
			}
		} else if !style.vertical(r) {
			return 0, false
		}
	}
	return 0, false
}

func (sc *cellScanner) leftUp(top, left, bottom, right int) bool {
	style, g := sc.style, sc.g
	for x := right - 1; x > left; x-- {
		if r := g[bottom][x]; !sc.spend() || !style.horizontal(r) && !style.junction(r) {
			return false
		}
	}
	if !style.junction(g[bottom][left]) {
		return false
	}
	for y := bottom - 1; y > top; y-- {
		if r := g[y][left]; !sc.spend() || !style.vertical(r) && !style.junction(r) {
			return false
		}
	}
	return true
}

// buildGridTable lays the rectangles on the grid their edges define.
func buildGridTable(style *gridStyle, name string, g [][]rune, src []int, indent int, cells []gridCell) *document.Table {
	var ys, xs []int
	for _, c := range cells {
		ys = append(ys, c.top, c.bottom)
		xs = append(xs, c.left, c.right)
	}
	slices.Sort(ys)
	ys = slices.Compact(ys)
	slices.Sort(xs)
	xs = slices.Compact(xs)
	srcLine := func(y int) int {
		// a drawn rule stands for the line after it
		for ; y < len(src); y++ {
			if src[y] >= 0 {
				return src[y]
			}
		}
		for y = len(src) - 1; y >= 0; y-- {
			if src[y] >= 0 {
				return src[y]
			}
		}
		return 0
	}
	t := &document.Table{Cols: len(xs) - 1, Rows: make([]document.Row, len(ys)-1),
		Pos: source.Pos{File: name, Line: srcLine(0) + 1, Col: indent + 1}}
	for r := range t.Rows {
		t.Rows[r].Pos = source.Pos{File: name, Line: srcLine(ys[r]+1) + 1, Col: indent + 1}
	}
	slices.SortFunc(cells, func(a, b gridCell) int {
		if a.top != b.top {
			return a.top - b.top
		}
		return a.left - b.left
	})
	for _, c := range cells {
		row, _ := slices.BinarySearch(ys, c.top)
		rowEnd, _ := slices.BinarySearch(ys, c.bottom)
		col, _ := slices.BinarySearch(xs, c.left)
		colEnd, _ := slices.BinarySearch(xs, c.right)
		cell := document.Cell{Col: col, ColSpan: colEnd - col, RowSpan: rowEnd - row,
			Pos: source.Pos{File: name, Line: srcLine(c.top+1) + 1, Col: indent + c.left + 2}}
		broken := false
		for y := c.top + 1; y < c.bottom; y++ {
			if src[y] < 0 {
				continue
			}
			seg := g[y][c.left+1 : c.right]
			text, off := trimRunes(seg)
			if text == "" {
				// A blank line inside a cell is the only paragraph break a
				// text grid can show; every other line is a wrap.
				broken = true
				continue
			}
			p := source.Pos{File: name, Line: src[y] + 1, Col: indent + c.left + 2 + off}
			if len(cell.Paras) == 0 {
				cell.Pos = p
			}
			cell.Paras = append(cell.Paras, document.Paragraph{Runs: []document.Run{{Text: text}}, Pos: p, Wrap: len(cell.Paras) > 0 && !broken})
			broken = false
		}
		if len(cell.Paras) == 0 {
			cell.Paras = []document.Paragraph{{Runs: []document.Run{{Text: ""}}, Pos: cell.Pos}}
		}
		t.Rows[row].Cells = append(t.Rows[row].Cells, cell)
	}
	markHeader(style, g, ys, t)
	return t
}

// markHeader marks the rows above the one heavy inner rule (pandoc's
// +===+, a ╞═╪═╡ or ╠═╬═╣ among single rules) as the header.
func markHeader(style *gridStyle, g [][]rune, ys []int, t *document.Table) {
	heavyAt := -1
	for i := 1; i < len(ys)-1; i++ {
		line := g[ys[i]]
		if slices.ContainsFunc(line, style.heavy) {
			if heavyAt >= 0 {
				return // several heavy rules: the grid is drawn heavy, no header mark
			}
			heavyAt = i
		}
	}
	for r := 0; r < heavyAt && r < len(t.Rows); r++ {
		t.Rows[r].Header = true
	}
}

func trimRightRunes(l []rune) []rune {
	for len(l) > 0 && (l[len(l)-1] == ' ' || l[len(l)-1] == '\t') {
		l = l[:len(l)-1]
	}
	return l
}

// trimRunes returns the text without surrounding blanks and how many
// runes were cut at its start.
func trimRunes(l []rune) (string, int) {
	off := 0
	for off < len(l) && (l[off] == ' ' || l[off] == '\t' || l[off] == '\u00A0') {
		off++
	}
	return strings.TrimRight(string(l[off:]), " \t\u00A0"), off
}

func padRunes(l []rune, w int) []rune {
	for len(l) < w {
		l = append(l, ' ')
	}
	return l
}
