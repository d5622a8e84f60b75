package report

import (
	"strconv"
	"strings"
	"text/template"

	"baocao/internal/progress"
)

// tableNames are the tables a template may place with [[table NAME]].
var tableNames = []string{"areas", "agencies", "kinds", "overdue", "duenext", "items"}

// buildTables fills the report's tables; their column headings are the
// "col.*" templates of tables.tmpl, so the wording stays in templates/.
// Every heading is resolved here, so a broken template fails before any
// renderer runs; the first failure is returned with the tables. The
// headings are returned too, by name, for the workbook's status sheet.
func buildTables(r *progress.Review, data Data, t *template.Template) (map[string]*Table, map[string]string, error) {
	var first error
	word := func(name string) string {
		out, err := execute(t, name, data)
		if err != nil && first == nil {
			first = err
		}
		return strings.TrimSpace(out)
	}
	h := map[string]string{}
	for _, n := range []string{"col.tt", "col.area", "col.agency", "col.kind", "col.total", "col.done_rate", "col.sum",
		"col.item", "col.id", "col.lead", "col.deadline", "col.due", "col.days_overdue", "col.status", "col.result",
		"col.completed", "col.changed", "col.completed_on", "col.document", "col.note"} {
		h[n] = word(n)
	}
	// Status columns: those with at least one item in the whole review.
	var shown []progress.Status
	for _, s := range progress.Statuses {
		if r.Total.Count(s) > 0 {
			shown = append(shown, s)
		}
	}
	tally := func(name, first string, groups []progress.Group) *Table {
		// The figures' headings are set vertically in the PDF: six
		// statuses set across would leave each one word a line.
		t := &Table{Name: name, Columns: []Column{{h["col.tt"], Centre}, {first, Left}, {h["col.total"], Figure}}}
		for _, s := range shown {
			t.Columns = append(t.Columns, Column{s.Label(), Figure})
		}
		t.Columns = append(t.Columns, Column{h["col.done_rate"], Figure})
		row := func(tt, label string, tl progress.Tally) []string {
			out := []string{tt, label, strconv.Itoa(tl.Total)}
			for _, s := range shown {
				out = append(out, strconv.Itoa(tl.Count(s)))
			}
			return append(out, percent(tl.Done(), tl.Total))
		}
		for i, g := range groups {
			t.Rows = append(t.Rows, Row{Cells: row(strconv.Itoa(i+1), g.Label, g.Tally)})
		}
		if len(t.Rows) > 0 {
			t.Rows = append(t.Rows, Row{Cells: row("", h["col.sum"], r.Total), Total: true})
		}
		return t
	}
	tables := map[string]*Table{
		"areas":    tally("areas", h["col.area"], r.ByArea),
		"agencies": tally("agencies", h["col.agency"], r.ByAgency),
		"kinds":    tally("kinds", h["col.kind"], r.ByKind),
	}
	overdue := &Table{Name: "overdue", Columns: []Column{{h["col.tt"], Centre}, {h["col.item"], Justify}, {h["col.lead"], Left},
		{h["col.due"], Centre}, {h["col.days_overdue"], Centre}}}
	for _, it := range data.Overdue {
		overdue.Rows = append(overdue.Rows, Row{Cells: []string{strconv.Itoa(it.N), it.Title, it.Lead, it.Due, strconv.Itoa(it.DaysOverdue)},
			Status: progress.Status(it.StatusCode)})
	}
	tables["overdue"] = overdue
	duenext := &Table{Name: "duenext", Columns: []Column{{h["col.tt"], Centre}, {h["col.item"], Justify}, {h["col.lead"], Left},
		{h["col.deadline"], Centre}, {h["col.status"], Centre}}}
	for _, it := range data.DueNext {
		duenext.Rows = append(duenext.Rows, Row{Cells: []string{strconv.Itoa(it.N), it.Title, it.Lead, it.Due, it.Status},
			Status: progress.Status(it.StatusCode)})
	}
	tables["duenext"] = duenext
	items := &Table{Name: "items", Columns: []Column{{h["col.tt"], Centre}, {h["col.id"], Centre}, {h["col.item"], Justify},
		{h["col.lead"], Left}, {h["col.deadline"], Centre}, {h["col.status"], Centre}, {h["col.result"], Left}}}
	for _, it := range data.Items {
		items.Rows = append(items.Rows, Row{Cells: []string{strconv.Itoa(it.N), it.ID, it.Title, it.Lead, itemDeadline(it), it.Status, itemResult(it, h)},
			Status: progress.Status(it.StatusCode)})
	}
	tables["items"] = items
	return tables, h, first
}

// itemDeadline shows the deadline words, and a moved due date with the
// original kept for the record.
func itemDeadline(it ItemData) string {
	s := it.Deadline
	if it.OriginalDue != "" && it.Due != "" {
		s += " (" + it.OriginalDue + " → " + it.Due + ")"
	}
	return s
}

// itemResult joins what was done: the document issued, the completion
// date, the note.
func itemResult(it ItemData, h map[string]string) string {
	var parts []string
	if it.Document != "" {
		parts = append(parts, it.Document)
	}
	if it.Completed != "" {
		parts = append(parts, h["col.completed"]+" "+it.Completed)
	}
	if it.Note != "" {
		parts = append(parts, it.Note)
	}
	if it.Changed != "" {
		parts = append(parts, h["col.changed"]+" "+it.Changed)
	}
	return strings.Join(parts, "; ")
}
