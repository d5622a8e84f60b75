package parse

import (
	"strconv"
	"strings"

	"baocao/internal/document"
	"baocao/internal/lazyre"
	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/vocab"
)

var (
	// reSubTT is the number of a sub-row: "1.2", "01.2.".
	reSubTT = lazyre.New(`^(\d{1,4})\.(\d{1,3})\.?$`)
	// reLetterTT is a sub-row lettered under its parent: "a", "b)", "c.".
	reLetterTT = lazyre.New(`^([a-zđ])[.)]?$`)
	// reGroupTT is the number of a group row: "I", "II.", "A", "B)".
	reGroupTT = lazyre.New(`^(?:[IVX]{1,5}|[A-ZĐ])[.)]?$`)
	// reGroupText is a group row written in one cell: "I. VỀ KINH TẾ", "A- Khối Đảng".
	reGroupText = lazyre.New(`^(?:[IVX]{1,5}|[A-ZĐ])\s*[.)\-–]\s*\S`)
	// reNumbering is a cell of the row that numbers the columns: "1", "(2)".
	reNumbering = lazyre.New(`^\(?\d{1,2}\)?$`)
)

// annexHeading reads the annex title ("DANH MỤC …") and caption ("(kèm
// theo …)") just above the table and returns where the annex begins.
func (ps *parser) annexHeading(list []para, ti int) int {
	a := &ps.prog.Annex
	a.Line = list[ti].line
	start := ti
	for i := ti - 1; i >= 0 && i >= ti-3; i-- {
		t := list[i].text
		low := vocab.Lower(t)
		switch {
		case list[i].table != nil:
			i = -1
		case a.Caption == "" && (strings.HasPrefix(low, "(kèm theo") || strings.HasPrefix(low, "kèm theo")):
			a.Caption = t
			start = i
		case a.Title == "" && vocab.IsUpperText(t) && !strings.HasPrefix(t, "-") && !isSignerAuthority(t):
			a.Title = t
			a.Line = list[i].line
			start = i
		default:
			i = -1 // stop at the first paragraph that is neither
		}
	}
	return start
}

// annexReader gathers the rows of the annex, which may come in several
// table blocks (a page break, a repeated header, a page number between).
type annexReader struct {
	ps      *parser
	h       header
	group   string // the group row the next rows fall under
	prevNum int
	rows    []program.AnnexRow
	info    []rowInfo // beside rows: what settles once the rows below are read
	top     int       // rows read that are not sub-rows
	lastTop int       // index of the last of them, -1 before the first
	// tabs: the source is tab-separated text, where a missing cell is a lost tab.
	tabs bool
}

// rowInfo is what is known of a row read that depends on rows after it:
// a parent row whose sub-rows follow needs no deadline or lead of its own,
// and a sub-row takes them from its parent; so its diagnostics wait.
type rowInfo struct {
	diags []pendingDiag
	// leadEmpty, deadlineEmpty: the cell exists and is empty.
	leadEmpty, deadlineEmpty bool
}

type pendingDiag struct {
	d source.Diagnostic
	// onlyIf: 0 always; 1 unless the lead is inherited or the row heads
	// sub-rows; 2 unless the deadline is inherited or the row heads sub-rows.
	onlyIf int
}

// table reads the annex rows from the table at list[ti] and the table
// blocks that continue it, and returns the index of the first entry after
// the annex. Headers repeated after page breaks are skipped, and so is
// text between the blocks when the table goes on after it. A row with
// fewer cells than the header is an error naming the first missing
// column; the row is still kept with what it has.
func (ps *parser) table(list []para, ti int) int {
	t := list[ti].table
	grid := gridOf(t)
	h, first, _ := tableHeader(grid)
	a := &ps.prog.Annex
	a.Columns = h.cells
	ar := &annexReader{ps: ps, h: h, tabs: ps.doc.Format == "text/tab"}
	n := 0
	for _, q := range list[ti:] {
		if q.table != nil {
			n += len(q.table.Rows)
		}
	}
	ar.rows = make([]program.AnnexRow, 0, n)
	ar.info = make([]rowInfo, 0, n)
	ar.lastTop = -1
	ps.titleRows(grid, first)
	ar.table(t, grid, first)
	i := ti + 1
	for ; i < len(list); i++ {
		q := list[i]
		if q.table != nil {
			if q.table.Cols <= 2 && len(h.cells) >= 4 {
				break // a signature block laid out side by side, not more rows
			}
			g := gridOf(q.table)
			from := 0
			if len(g) > 1 {
				if _, ok := readHeader(twoRowHeader(g, 0)); ok && !isNumbered(rowTexts(g, 0), h) {
					from = 2 // a two-row header repeated on the next page
				}
			}
			ar.table(q.table, g, from)
			continue
		}
		if startsWithRowNumber(q.text) {
			col := columnNames[h.roles[min(1, len(h.roles)-1)]]
			ps.errorf(q.line, "row-cells", "annex row has 1 cell, expected %d%s: the column %q is missing", len(h.cells), ar.separated(), col)
			continue
		}
		if !hasPrefixFold(q.text, "ghi chú") && tableResumes(list[i+1:]) {
			if reGroupText().MatchString(q.text) && vocab.IsUpperText(q.text) {
				// A group heading between the table's blocks: "II. VỀ XÃ HỘI".
				ar.group = q.text
				continue
			}
			// A page-break remnant ("(tiếp theo)", a page number) inside the table.
			ps.warn(q.line, "unplaced", "text inside the annex table skipped (the table goes on after it): %q", clip(q.text, 80))
			continue
		}
		break
	}
	ar.finish()
	if len(a.Rows) == 0 {
		ps.errorf(list[ti].line, "annex-empty", "the annex table has a header but no rows: expected rows under it")
	}
	return i
}

// titleRows reads the rows above the header inside the annex table: a
// title row ("DANH MỤC …") or a caption ("(Kèm theo …)") spanning it.
func (ps *parser) titleRows(grid [][]*document.Cell, first int) {
	a := &ps.prog.Annex
	for r := 0; r < first; r++ {
		t := strings.Join(distinctTexts(grid[r]), " ")
		low := vocab.Lower(t)
		switch {
		case a.Caption == "" && (strings.HasPrefix(low, "(kèm theo") || strings.HasPrefix(low, "kèm theo")):
			a.Caption = t
		case a.Title == "" && vocab.IsUpperText(t) && classify(t) == colOther && len(t) > 12:
			if _, ok := readHeader(rowTexts(grid, r)); !ok {
				a.Title = t
			}
		}
	}
}

// separated names how cells are separated in the source, for messages.
func (ar *annexReader) separated() source.Msg {
	if ar.tabs {
		return source.Msgf(" separated by tabs")
	}
	return source.Msg{}
}

// table reads the rows of one table block from row from on.
func (ar *annexReader) table(t *document.Table, grid [][]*document.Cell, from int) {
	var buf []string // the texts of one row at a time: no row keeps them
	for r := from; r < len(grid); r++ {
		cells := rowTextsInto(buf, grid, r)
		buf = cells
		if _, ok := readHeader(cells); ok {
			continue // header repeated after a page break
		}
		if t.Rows[r].Header && r < 3 && !isNumbered(cells, ar.h) || allEmpty(cells) || numberingRow(cells) {
			continue
		}
		if g, ok := ar.groupRow(grid[r], cells); ok {
			ar.group = g
			continue
		}
		ar.row(cells, grid[r], t.Rows[r].Pos)
	}
}

// groupRow reports a row that names a group of the rows below it rather
// than a work item: "I" or "A" in the TT column, or a single cell that
// spans the table or reads "II. VỀ XÃ HỘI".
func (ar *annexReader) groupRow(g []*document.Cell, cells []string) (string, bool) {
	if i, ok := ar.h.index[colTT]; ok && i < len(cells) && startsWithDigit(cells[i]) {
		return "", false // a numbered row: the common case, decided without a copy
	}
	if i, ok := ar.h.index[colTT]; ok && i < len(cells) && reGroupTT().MatchString(cells[i]) {
		tt := strings.TrimRight(cells[i], ".)")
		rest := distinctTexts(withoutCol(g, i))
		if len(rest) == 0 {
			return tt, true
		}
		return tt + ". " + strings.Join(rest, " "), true
	}
	// One cell with words, however many columns it covers.
	var only *document.Cell
	var prev *document.Cell
	for _, c := range g {
		if c == nil || c == prev {
			continue
		}
		prev = c
		if cellText(c) != "" {
			if only != nil {
				return "", false
			}
			only = c
		}
	}
	if only == nil {
		return "", false
	}
	t := cellText(only)
	if only != nil && only.ColSpan >= 2 && only.ColSpan >= len(g)-1 && !startsWithRowNumber(t+" ") {
		return t, true
	}
	if reGroupText().MatchString(t) || vocab.IsUpperText(t) && !startsWithRowNumber(t+" ") {
		// A row of one cell elsewhere is a group only when it names one
		// and the lead and deadline columns are empty.
		for _, c := range []column{colLead, colDeadline} {
			if i, ok := ar.h.index[c]; ok && i < len(cells) && cells[i] != "" {
				return "", false
			}
		}
		return t, true
	}
	return "", false
}

// joinedCells are the columns whose lines row joins with a separator of
// their own (each column its own cell, so the order does not matter): a
// fixed list, not a map built for every row.
var joinedCells = [...]struct {
	c   column
	sep byte
}{{colLead, ';'}, {colCoord, ';'}, {colDeadline, ' '}}

// row reads one table row into an AnnexRow.
func (ar *annexReader) row(cells []string, g []*document.Cell, pos source.Pos) {
	ps, h := ar.ps, ar.h
	var pr rowInfo
	line := pos.Line
	rowPos := ps.at(pos)
	cellPos := func(i int) source.Pos {
		if i < len(g) && g[i] != nil && g[i].Pos.Line > 0 {
			return ps.at(g[i].Pos)
		}
		return rowPos
	}
	add := func(p source.Pos, sev source.Severity, onlyIf int, code, format string, args ...any) {
		pr.diags = append(pr.diags, pendingDiag{d: ps.diag(p, sev, code, format, args...), onlyIf: onlyIf})
	}
	// Lines of an agency cell are agencies ("Sở Xây dựng" / "Sở Tài
	// chính"), of a deadline cell one phrase wrapped.
	for _, cs := range joinedCells {
		if i, ok := h.index[cs.c]; ok && i < len(cells) && i < len(g) && g[i] != nil && len(g[i].Paras) > 1 {
			cells[i] = joinCell(g[i], cs.sep)
		}
	}
	ar.mendProduct(cells, g)
	ar.mendDeadline(cells, g)
	for len(cells) > len(h.cells) && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) < len(h.cells) {
		missing := h.roles[len(cells)]
		add(rowPos, source.Error, 0, "row-cells", "annex row has %d cells, expected %d%s: the column %q is missing", len(cells), len(h.cells), ar.separated(), columnNames[missing])
	} else if len(cells) > len(h.cells) {
		add(rowPos, source.Warning, 0, "row-cells", "annex row has %d cells, expected %d: the extra cells are ignored", len(cells), len(h.cells))
	}
	cell := func(c column) (string, int, bool) {
		i, ok := h.index[c]
		if !ok || i >= len(cells) {
			return "", i, false
		}
		return cells[i], i, true
	}
	r := program.AnnexRow{Line: line, Coordinators: []program.Agency{}, WorkItems: []string{}, Group: ar.group}
	sub := false
	if tt, i, ok := cell(colTT); ok {
		r.TT = tt
		n, err := strconv.Atoi(strings.TrimRight(tt, "."))
		switch {
		case err == nil && n > 0:
			r.Number = n
		case reSubTT().MatchString(tt):
			m := reSubTT().FindStringSubmatch(tt)
			r.TT = strings.TrimRight(tt, ".")
			r.Parent = m[1]
			if ar.lastTop >= 0 {
				if top := &ar.rows[ar.lastTop]; strconv.Itoa(top.Number) == strings.TrimLeft(m[1], "0") {
					r.Parent = top.TT
				}
			}
			sub = true
		case reLetterTT().MatchString(tt) && ar.lastTop >= 0:
			// "a" under row 3 is sub-row "3.a": its work items read 3.a.1.
			parent := ar.rows[ar.lastTop].TT
			r.TT = parent + "." + reLetterTT().FindStringSubmatch(tt)[1]
			r.Parent = parent
			sub = true
		default:
			add(cellPos(i), source.Error, 0, "row-tt", "expected a row number in column TT, found %q", tt)
		}
	} else if _, has := h.index[colTT]; !has {
		r.Number = ar.top + 1
		r.TT = twoDigits(r.Number)
	}
	if lead, i, ok := cell(colLead); ok {
		r.AgencyText = lead
		if lead == "" {
			pr.leadEmpty = true
			add(cellPos(i), source.Error, 1, "row-empty", "annex row %s: the column %q is empty: expected the lead agency", r.TT, columnNames[colLead])
		}
		r.Lead, r.Coordinators = ps.assignment(lead)
		if r.Coordinators == nil {
			r.Coordinators = []program.Agency{}
		}
	}
	if co, _, ok := cell(colCoord); ok && co != "" {
		r.Coordinators = append(r.Coordinators, splitAgencies(co)...)
	}
	if title, i, ok := cell(colTitle); ok {
		if c, changed := cleanHTML(title); changed {
			add(cellPos(i), source.Warning, 0, "html-remnant", "annex row %s: HTML tags removed from the title cell, which now reads %q", r.TT, c)
			title = c
		}
		r.Title = title
		if title == "" {
			add(cellPos(i), source.Error, 0, "row-empty", "annex row %s: the column %q is empty: expected the title of the product", r.TT, columnNames[colTitle])
		}
	}
	if prod, _, ok := cell(colProduct); ok {
		r.Product = prod
	}
	if note, _, ok := cell(colNote); ok {
		r.Note = note
	}
	if dl, i, ok := cell(colDeadline); ok {
		d, err := ps.deadline(dl)
		r.Deadline = d
		if err != nil {
			onlyIf := 0
			if strings.TrimSpace(dl) == "" {
				pr.deadlineEmpty, onlyIf = true, 2
			}
			add(cellPos(i), source.Error, onlyIf, "deadline-unknown", "annex row %s: %v", r.TT, err)
		}
	} else {
		r.Deadline = program.Deadline{Kind: program.DeadlineUnknown}
	}
	if !sub {
		if r.Number != 0 && ar.prevNum != 0 && r.Number != ar.prevNum+1 {
			add(rowPos, source.Warning, 0, "row-order", "annex row %s follows row %d: expected %d", r.TT, ar.prevNum, ar.prevNum+1)
		}
		if r.Number != 0 {
			ar.prevNum = r.Number
		}
	}
	if !sub {
		ar.top++
		ar.lastTop = len(ar.rows)
	}
	ar.rows = append(ar.rows, r)
	ar.info = append(ar.info, pr)
}

// finish settles what depends on the rows below: a row with sub-rows and
// no deadline of its own only heads them (it has no work item); a sub-row
// without a lead or deadline takes its parent's. Then the rows and their
// diagnostics are kept.
func (ar *annexReader) finish() {
	ps := ar.ps
	parents := make(map[string]int, len(ar.rows)) // TT → index of the row; sized once
	hasSub := map[string]bool{}
	for i := range ar.rows {
		if r := &ar.rows[i]; r.Parent == "" {
			parents[r.TT] = i
		} else {
			hasSub[r.Parent] = true
		}
	}
	for i := range ar.rows {
		r, pr := &ar.rows[i], &ar.info[i]
		leadOK, deadlineOK := !pr.leadEmpty, !pr.deadlineEmpty
		if r.Parent == "" && hasSub[r.TT] && pr.deadlineEmpty {
			r.Heading = true
			leadOK, deadlineOK = true, true
		}
		if r.Parent != "" {
			if pi, ok := parents[r.Parent]; ok {
				p := &ar.rows[pi]
				if pr.leadEmpty && !p.Lead.IsZero() {
					r.AgencyText, r.Lead, r.Coordinators = p.AgencyText, p.Lead, p.Coordinators
					leadOK = true
				}
				if pr.deadlineEmpty && !ar.info[pi].deadlineEmpty {
					r.Deadline = p.Deadline
					deadlineOK = true
				}
			}
		}
		for _, d := range pr.diags {
			if d.onlyIf == 1 && leadOK || d.onlyIf == 2 && deadlineOK {
				continue
			}
			ps.diags = append(ps.diags, d.d)
		}
	}
	ps.prog.Annex.Rows = ar.rows
}

// startsWithRowNumber reports "05 Ban …": a number then a space, as a row
// whose tabs were lost.
func startsWithRowNumber(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i <= 4 && i < len(s) && (s[i] == ' ' || s[i] == '.')
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// tableResumes reports whether one of the next few entries is a table.
func tableResumes(next []para) bool {
	for i := 0; i < len(next) && i < 3; i++ {
		if next[i].table != nil {
			return true
		}
	}
	return false
}

// allEmpty reports a row without text.
func allEmpty(cells []string) bool {
	for _, c := range cells {
		if c != "" {
			return false
		}
	}
	return true
}

// numberingRow reports the row under a header that numbers the columns:
// "1 2 3 4 5" or "(1) (2) (3)", increasing.
func numberingRow(cells []string) bool {
	n, prev := 0, 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if len(c) > 4 || c[0] != '(' && !startsWithDigit(c) || !reNumbering().MatchString(c) {
			return false // reNumbering is four bytes at most, opening with ( or a digit
		}
		v, _ := strconv.Atoi(strings.Trim(c, "()"))
		if v <= prev {
			return false
		}
		prev = v
		n++
	}
	return n >= 3
}

// distinctTexts returns the non-empty texts of a grid row, a spanning cell once.
func distinctTexts(g []*document.Cell) []string {
	var out []string
	var prev *document.Cell
	for _, c := range g {
		if c == nil || c == prev {
			continue
		}
		prev = c
		if t := cellText(c); t != "" {
			out = append(out, t)
		}
	}
	return out
}

func withoutCol(g []*document.Cell, i int) []*document.Cell {
	out := make([]*document.Cell, 0, len(g))
	for k, c := range g {
		if k != i && c != g[i] {
			out = append(out, c)
		}
	}
	return out
}

// diag makes a diagnostic without adding it.
func (ps *parser) diag(pos source.Pos, sev source.Severity, code, format string, args ...any) source.Diagnostic {
	var l source.Diagnostics
	l.Add(pos, sev, code, format, args...)
	return l[0]
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// isNumbered reports a row whose TT cell holds a number: a data row, even
// when a reader marked it as a header.
func isNumbered(cells []string, h header) bool {
	i, ok := h.index[colTT]
	return ok && i < len(cells) && startsWithDigit(cells[i])
}
