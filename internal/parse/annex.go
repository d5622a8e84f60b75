package parse

import (
	"strconv"
	"strings"

	"baocao/internal/program"
)

// annexHeading reads the annex title ("DANH MỤC …") and caption ("(kèm
// theo …)") just above the table and returns where the annex begins.
func (ps *parser) annexHeading(paras []para, ti int) int {
	a := &ps.prog.Annex
	a.Line = paras[ti].line
	start := ti
	for i := ti - 1; i >= 0 && i >= ti-3; i-- {
		t := paras[i].text
		low := lowerSame(t)
		switch {
		case a.Caption == "" && (strings.HasPrefix(low, "(kèm theo") || strings.HasPrefix(low, "kèm theo")):
			a.Caption = t
			start = i
		case a.Title == "" && isUpperText(t) && !strings.HasPrefix(t, "-") && !isSignerAuthority(t):
			a.Title = t
			a.Line = paras[i].line
			start = i
		default:
			i = -1 // stop at the first paragraph that is neither
		}
	}
	return start
}

// table reads the annex rows from the header at ti and returns the index of
// the first paragraph after the table. Headers repeated after page breaks
// are skipped. A row with fewer cells than the header is an error naming
// the first missing column; the row is still kept with what it has.
func (ps *parser) table(paras []para, ti int) int {
	h, _ := readHeader(splitCells(paras[ti].text))
	a := &ps.prog.Annex
	a.Columns = h.cells
	a.Rows = make([]program.AnnexRow, 0, len(paras)-ti)
	prevNum := 0
	i := ti + 1
	for ; i < len(paras); i++ {
		p := paras[i]
		cells := splitCells(p.text)
		if cells == nil {
			if startsWithRowNumber(p.text) {
				ps.errorf(p.line, "row-cells", "annex row has 1 cell, expected %d separated by tabs: the column %q is missing", len(h.cells), columnNames[h.roles[min(1, len(h.roles)-1)]])
				continue
			}
			if !hasPrefixFold(p.text, "ghi chú") && tableResumes(paras[i+1:]) {
				// A page-break remnant ("(tiếp theo)", a page number) inside the table.
				ps.warn(p.line, "unplaced", "text inside the annex table skipped (the table goes on after it): %q", clip(p.text, 80))
				continue
			}
			break
		}
		if isRule(cells) {
			continue
		}
		if _, ok := readHeader(cells); ok {
			continue // header repeated after a page break
		}
		row, ok := ps.row(h, cells, p.line)
		if !ok {
			continue
		}
		if row.Number != 0 && prevNum != 0 && row.Number != prevNum+1 {
			ps.warn(p.line, "row-order", "annex row %s follows row %d: expected %d", row.TT, prevNum, prevNum+1)
		}
		if row.Number != 0 {
			prevNum = row.Number
		}
		a.Rows = append(a.Rows, row)
	}
	if len(a.Rows) == 0 {
		ps.errorf(paras[ti].line, "annex-empty", "the annex table has a header but no rows: expected rows under it")
	}
	return i
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

// row reads one table line into an AnnexRow.
func (ps *parser) row(h header, cells []string, line int) (program.AnnexRow, bool) {
	for len(cells) > len(h.cells) && cells[len(cells)-1] == "" {
		cells = cells[:len(cells)-1]
	}
	if len(cells) < len(h.cells) {
		missing := h.roles[len(cells)]
		ps.errorf(line, "row-cells", "annex row has %d cells, expected %d separated by tabs: the column %q is missing", len(cells), len(h.cells), columnNames[missing])
	} else if len(cells) > len(h.cells) {
		ps.warn(line, "row-cells", "annex row has %d cells, expected %d: the extra cells are ignored", len(cells), len(h.cells))
	}
	cell := func(c column) (string, bool) {
		i, ok := h.index[c]
		if !ok || i >= len(cells) {
			return "", false
		}
		return cells[i], true
	}
	r := program.AnnexRow{Line: line, Coordinators: []program.Agency{}, WorkItems: []string{}}
	if tt, ok := cell(colTT); ok {
		r.TT = tt
		n, err := strconv.Atoi(strings.TrimRight(tt, "."))
		if err != nil || n <= 0 {
			ps.errorf(line, "row-tt", "expected a row number in column TT, found %q", tt)
			if tt == "" && len(cells) <= 1 {
				return r, false
			}
		} else {
			r.Number = n
		}
	} else if _, has := h.index[colTT]; !has {
		r.Number = len(ps.prog.Annex.Rows) + 1
		r.TT = twoDigits(r.Number)
	}
	if lead, ok := cell(colLead); ok {
		r.AgencyText = lead
		if lead == "" {
			ps.errorf(line, "row-empty", "annex row %s: the column %q is empty: expected the lead agency", r.TT, columnNames[colLead])
		}
		r.Lead, r.Coordinators = ps.assignment(lead)
		if r.Coordinators == nil {
			r.Coordinators = []program.Agency{}
		}
	}
	if co, ok := cell(colCoord); ok && co != "" {
		r.Coordinators = append(r.Coordinators, splitAgencies(co)...)
	}
	if title, ok := cell(colTitle); ok {
		if c, changed := cleanHTML(title); changed {
			ps.warn(line, "html-remnant", "annex row %s: HTML tags removed from the title cell, which now reads %q", r.TT, c)
			title = c
		}
		r.Title = title
		if title == "" {
			ps.errorf(line, "row-empty", "annex row %s: the column %q is empty: expected the title of the product", r.TT, columnNames[colTitle])
		}
	}
	if dl, ok := cell(colDeadline); ok {
		d, err := ps.deadline(dl)
		r.Deadline = d
		if err != nil {
			ps.errorf(line, "deadline-unknown", "annex row %s: %v", r.TT, err)
		}
	} else {
		r.Deadline = program.Deadline{Kind: program.DeadlineUnknown}
	}
	return r, true
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// tableResumes reports whether one of the next few paragraphs is a table line.
func tableResumes(next []para) bool {
	for i := 0; i < len(next) && i < 3; i++ {
		if splitCells(next[i].text) != nil {
			return true
		}
	}
	return false
}
