package parse

import (
	"strings"

	"baocao/internal/document"
	"baocao/internal/lazyre"
	"baocao/internal/source"
	"baocao/internal/vocab"
)

// A small programme (a Đảng ủy phường or xã) often has no annex: each task
// is a numbered paragraph of the body, followed by the line that assigns
// it, with labels:
//
//	1. Xây dựng Kế hoạch chỉnh trang đô thị …
//	- Chủ trì: Ủy ban nhân dân phường; phối hợp: …; thời gian: quý III/2022.
//
// or with the labels in a parenthesis closing the task ("… (Chủ trì: …;
// thời gian: …)"). bodyAnnex reads such tasks as the rows of an annex the
// programme does not have, so they become work items like any annex row.

// reNumberedTask is a task numbered "1." or "1)" at the start of a paragraph.
var reNumberedTask = lazyre.New(`^(\d{1,3})[.)]\s+(\S.*)$`)

// assignLabels are the labels of an assignment line, by the annex column
// their value fills.
var assignLabels = []struct {
	label string
	col   column
}{
	{"cơ quan chủ trì", colLead}, {"đơn vị chủ trì", colLead}, {"chủ trì", colLead},
	{"cơ quan phối hợp", colCoord}, {"đơn vị phối hợp", colCoord}, {"phối hợp", colCoord},
	{"thời gian hoàn thành", colDeadline}, {"thời gian thực hiện", colDeadline}, {"thời hạn hoàn thành", colDeadline},
	{"thời gian", colDeadline}, {"thời hạn", colDeadline}, {"tiến độ", colDeadline},
}

// bodyAssignment reads "Chủ trì: X; phối hợp: Y; thời gian: Z" into the
// lead, coordinators and deadline; a part without a label continues the
// one before ("phối hợp: A; B"). ok needs a lead and a deadline.
func bodyAssignment(s string) (lead, coord, deadline string, ok bool) {
	s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "-+*•–"))
	s = strings.TrimRight(s, " .")
	vals := map[column]*string{colLead: &lead, colCoord: &coord, colDeadline: &deadline}
	var cur *string
	for _, part := range strings.Split(s, ";") {
		part = strings.TrimSpace(part)
		low := vocab.Lower(part)
		found := false
		for _, l := range assignLabels {
			if rest, has := strings.CutPrefix(low, l.label); has && strings.HasPrefix(strings.TrimSpace(rest), ":") {
				// the value as written: the label and colon cut from the original
				v := part[strings.IndexByte(part, ':')+1:]
				cur, found = vals[l.col], true
				*cur = strings.TrimSpace(v)
				break
			}
		}
		switch {
		case found:
		case cur != nil && part != "":
			*cur += "; " + part
		default:
			return "", "", "", false // text before the first label: not an assignment
		}
	}
	return lead, coord, deadline, lead != "" && deadline != ""
}

// bodyAnnex finds the numbered tasks assigned in the body and returns the
// list without their paragraphs, ending with a table that holds them as
// annex rows; ok is false when the body has fewer than two.
func (ps *parser) bodyAnnex(list []para) ([]para, bool) {
	type task struct {
		tt, title, lead, coord, deadline string
		line                             int
	}
	var tasks []task
	used := make([]bool, len(list))
	for i := 0; i < len(list); i++ {
		q := list[i]
		if q.table != nil {
			continue
		}
		m := reNumberedTask().FindStringSubmatch(q.text)
		if m == nil {
			continue
		}
		title := m[2]
		lead, coord, dl, ok := "", "", "", false
		if i+1 < len(list) && list[i+1].table == nil {
			lead, coord, dl, ok = bodyAssignment(list[i+1].text)
			if ok {
				used[i+1] = true
			}
		}
		if !ok {
			// "… (Chủ trì: X; thời gian: Z)" closing the task itself
			if open := strings.LastIndex(title, "("); open > 0 && strings.HasSuffix(strings.TrimRight(title, " ."), ")") {
				inner := strings.TrimSuffix(strings.TrimRight(title, " ."), ")")[open+1:]
				if lead, coord, dl, ok = bodyAssignment(inner); ok {
					title = strings.TrimSpace(title[:open])
				}
			}
		}
		if !ok {
			continue
		}
		used[i] = true
		tasks = append(tasks, task{m[1], strings.TrimRight(title, " ."), lead, coord, dl, q.line})
	}
	if len(tasks) < 2 {
		return list, false
	}
	cell := func(col int, text string, line int) document.Cell {
		pos := ps.pos(line)
		return document.Cell{Col: col, ColSpan: 1, RowSpan: 1, Pos: pos,
			Paras: []document.Paragraph{{Runs: []document.Run{{Text: text}}, Pos: pos}}}
	}
	first := tasks[0].line
	t := &document.Table{Cols: 5, Pos: ps.pos(first)}
	head := document.Row{Header: true, Pos: ps.pos(first)}
	for c, h := range []string{"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"} {
		head.Cells = append(head.Cells, cell(c, h, first))
	}
	t.Rows = append(t.Rows, head)
	for _, k := range tasks {
		row := document.Row{Pos: ps.pos(k.line)}
		for c, v := range []string{k.tt, k.title, k.lead, k.coord, k.deadline} {
			row.Cells = append(row.Cells, cell(c, v, k.line))
		}
		t.Rows = append(t.Rows, row)
	}
	out := make([]para, 0, len(list)-2*len(tasks)+1)
	for i, q := range list {
		if !used[i] {
			out = append(out, q)
		}
	}
	ps.diags.Add(ps.pos(first), source.Info, "body-annex", "no annex table: the %d numbered tasks of the body that name their lead and deadline (\"Chủ trì: …; thời gian: …\") are read as the programme's rows", len(tasks))
	return append(out, para{line: first, table: t}), true
}
