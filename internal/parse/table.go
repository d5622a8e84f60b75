package parse

import (
	"strings"
	"unicode"

	"baocao/internal/document"
	"baocao/internal/vocab"
)

// column is the role of a column of the annex table, found from its header words.
type column int

const (
	colOther column = iota
	colTT
	colLead
	colCoord
	colTitle
	colDeadline
	colProduct
	colNote
)

var columnNames = map[column]string{
	colTT: "TT", colLead: "Cơ quan chủ trì", colCoord: "Cơ quan phối hợp",
	colTitle: "Tên đề án, chương trình, kế hoạch", colDeadline: "Thời gian thực hiện",
	colProduct: "Sản phẩm", colNote: "Ghi chú", colOther: "other",
}

// classify names the role of one header cell. The words, not the position,
// decide: "TT"/"STT"; "Cơ quan (phân công) chủ trì"; "Cơ quan phối hợp";
// "Tên đề án, …"/"Nội dung (công việc)"/"Nhiệm vụ"; "Sản phẩm"; "Thời gian
// thực hiện"/"Thời gian hoàn thành"/"Thời hạn hoàn thành"/"Tiến độ";
// "Ghi chú".
func classify(cell string) column {
	c := vocab.FoldSpaces(vocab.Lower(strings.Trim(cell, " *.:")))
	switch {
	case c == "tt" || c == "stt" || c == "số tt" || c == "số thứ tự":
		return colTT
	case strings.Contains(c, "phối hợp") && !strings.Contains(c, "chủ trì"):
		return colCoord
	case strings.Contains(c, "chủ trì") || c == "cơ quan thực hiện" || c == "cơ quan tham mưu" || c == "đơn vị thực hiện":
		return colLead
	case strings.HasPrefix(c, "sản phẩm") || strings.HasPrefix(c, "hình thức văn bản") || strings.HasPrefix(c, "hình thức sản phẩm"):
		return colProduct
	case strings.HasPrefix(c, "tên ") || strings.HasPrefix(c, "nội dung") || strings.HasPrefix(c, "đề án, chương trình") ||
		strings.HasPrefix(c, "nhiệm vụ") || strings.HasPrefix(c, "công việc"):
		return colTitle
	case strings.Contains(c, "bắt đầu"):
		return colOther // "Thời gian bắt đầu": the start, not the deadline
	case strings.HasPrefix(c, "thời gian") || strings.HasPrefix(c, "thời hạn") || strings.HasPrefix(c, "tiến độ") || strings.HasPrefix(c, "thời điểm"):
		return colDeadline
	case c == "ghi chú":
		return colNote
	}
	return colOther
}

// header is the column layout read from a header row.
type header struct {
	cells []string // as written
	roles []column
	index map[column]int
}

// readHeader returns the layout if the cells form an annex header: a lead,
// a title and a deadline column; TT, Cơ quan phối hợp, Sản phẩm and Ghi
// chú optional. A role named twice keeps its first column (a header cell
// spanning two grid columns names both).
func readHeader(cells []string) (header, bool) {
	if len(cells) < 3 {
		return header{}, false
	}
	for _, c := range cells {
		// Header cells are short words, never a row number or a long title.
		if len(c) > 80 || c != "" && c[0] >= '0' && c[0] <= '9' {
			return header{}, false
		}
	}
	h := header{cells: cells, roles: make([]column, len(cells)), index: map[column]int{}}
	for i, c := range cells {
		r := classify(c)
		if _, dup := h.index[r]; dup || r == colOther {
			continue
		}
		h.roles[i] = r
		h.index[r] = i
	}
	for _, need := range []column{colLead, colTitle, colDeadline} {
		if _, ok := h.index[need]; !ok {
			return header{}, false
		}
	}
	return h, true
}

// headerScore counts the distinct annex roles the cells name: how much a
// row looks like the annex header, to point at it when it is incomplete.
func headerScore(cells []string) (score int, named []column) {
	seen := map[column]bool{}
	for _, c := range cells {
		if len(c) > 80 {
			continue
		}
		if r := classify(c); r != colOther && !seen[r] {
			seen[r] = true
			named = append(named, r)
		}
	}
	return len(named), named
}

// headerWordsIn finds the roles named by a line of words (a header whose
// tabs were lost: "TT Cơ quan chủ trì Nội dung Thời gian thực hiện").
func headerWordsIn(s string) (score int, named []column) {
	low := " " + vocab.FoldSpaces(vocab.Lower(s)) + " "
	probe := []struct {
		words []string
		role  column
	}{
		{[]string{" tt ", " stt "}, colTT},
		{[]string{"chủ trì"}, colLead},
		{[]string{"phối hợp"}, colCoord},
		{[]string{" nội dung", "tên đề án", " nhiệm vụ "}, colTitle},
		{[]string{"thời gian", "thời hạn", "tiến độ"}, colDeadline},
		{[]string{"sản phẩm"}, colProduct},
		{[]string{"ghi chú"}, colNote},
	}
	for _, p := range probe {
		for _, w := range p.words {
			if strings.Contains(low, w) {
				named = append(named, p.role)
				break
			}
		}
	}
	return len(named), named
}

// rowTexts returns the text of each grid column of row r up to its last
// cell: "" where a column has no cell or an empty one. A cell spanning
// columns gives its text to each.
func rowTexts(grid [][]*document.Cell, r int) []string { return rowTextsInto(nil, grid, r) }

// rowTextsInto is rowTexts reusing buf, for a loop that keeps no row.
func rowTextsInto(buf []string, grid [][]*document.Cell, r int) []string {
	g := grid[r]
	n := len(g)
	for n > 0 && g[n-1] == nil {
		n--
	}
	out := buf[:0]
	for c := 0; c < n; c++ {
		out = append(out, cellText(g[c]))
	}
	return out
}

// cellText joins a cell's lines as a title: a line that starts in upper
// case after one that does not end a clause begins a new sentence ("Đề án
// A" / "Kế hoạch B" in one Word cell or a Markdown cell split by <br> are
// two products), so a full stop is put between them; other lines are
// joined by a space.
func cellText(c *document.Cell) string { return joinCell(c, '.') }

// joinCell joins a cell's lines, putting sep between a line that does not
// end a clause and a next one starting in upper case.
func joinCell(c *document.Cell, sep byte) string {
	if c == nil {
		return ""
	}
	if len(c.Paras) <= 1 {
		return c.Text()
	}
	lines := c.Lines()
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			prev := lastRune(lines[i-1])
			if sep != ' ' && unicode.IsUpper(firstRune(l)) && (unicode.IsLetter(prev) || unicode.IsDigit(prev)) {
				b.WriteByte(sep)
			}
			b.WriteByte(' ')
		}
		b.WriteString(l)
	}
	return b.String()
}

// tableHeader finds the annex header in the first rows of a table: one
// row, or two when the first spans sub-headers ("Cơ quan thực hiện" over
// "Chủ trì" and "Phối hợp"). It returns the header and the first row
// after it.
func tableHeader(grid [][]*document.Cell) (header, int, bool) {
	for r := 0; r < len(grid) && r < 4; r++ {
		// A row whose cell spans columns heads the sub-headers below it.
		if r+1 < len(grid) && spans(grid[r]) {
			if h, ok := readHeader(twoRowHeader(grid, r)); ok {
				return h, r + 2, true
			}
		}
		if h, ok := readHeader(rowTexts(grid, r)); ok {
			return h, r + 1, true
		}
		if r+1 < len(grid) {
			if h, ok := readHeader(twoRowHeader(grid, r)); ok {
				return h, r + 2, true
			}
		}
	}
	return header{}, 0, false
}

// twoRowHeader reads the header of rows r and r+1: a column whose upper
// cell spans several columns takes the lower cell's words, or both when
// the lower alone names no role; a cell merged down both rows keeps its
// words.
func twoRowHeader(grid [][]*document.Cell, r int) []string {
	top, bottom := grid[r], grid[r+1]
	out := make([]string, len(top))
	for c := range top {
		t, b := top[c], bottom[c]
		switch {
		case b == nil || b == t:
			out[c] = cellText(t)
		case t == nil:
			out[c] = cellText(b)
		default:
			bt := cellText(b)
			// The span first: classify lowers the cell, and below a
			// header repeated in a text table this is a long title.
			if t.ColSpan > 1 && classify(bt) == colOther {
				bt = cellText(t) + " " + bt
			}
			out[c] = bt
		}
	}
	return out
}

// findTable returns the index of the first table entry with an annex header, or -1.
func (ps *parser) findTable(list []para) int {
	for i, q := range list {
		if q.table == nil {
			continue
		}
		if _, _, ok := tableHeader(headGrid(q.table)); ok {
			return i
		}
	}
	return -1
}

// headGrid is the grid of a table's first rows, enough to find its header
// without laying out a long table.
func headGrid(t *document.Table) [][]*document.Cell {
	if len(t.Rows) <= 6 {
		return gridOf(t)
	}
	head := *t
	head.Rows = t.Rows[:6]
	return gridOf(&head)
}

// spans reports a grid row with a cell spanning columns.
func spans(g []*document.Cell) bool {
	for _, c := range g {
		if c != nil && c.ColSpan > 1 {
			return true
		}
	}
	return false
}

// gridOf is t.Grid(), laid out more cheaply for a table without spans
// (every text table): each row's cells placed at their columns, in one
// backing array.
func gridOf(t *document.Table) [][]*document.Cell {
	for r := range t.Rows {
		for i := range t.Rows[r].Cells {
			if c := &t.Rows[r].Cells[i]; c.ColSpan > 1 || c.RowSpan > 1 {
				return t.Grid()
			}
		}
	}
	cols := max(t.Cols, 0)
	all := make([]*document.Cell, len(t.Rows)*cols)
	g := make([][]*document.Cell, len(t.Rows))
	for r := range t.Rows {
		g[r] = all[r*cols : (r+1)*cols : (r+1)*cols]
		for i := range t.Rows[r].Cells {
			c := &t.Rows[r].Cells[i]
			if c.Col >= 0 && c.Col < cols && g[r][c.Col] == nil {
				g[r][c.Col] = c
			}
		}
	}
	return g
}
