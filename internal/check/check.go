package check

import (
	"baocao/internal/source"

	"cmp"
	"slices"

	"baocao/internal/program"
)

// Check compares the programme with itself: the work items with the Ghi
// chú, each body task with its annex row, and lists what is not placed.
// It never changes the programme.
func Check(p *program.Programme) Report {
	r := Report{Findings: []Finding{}, Unplaced: []Unplaced{}}
	if p == nil {
		return r
	}
	r.Source, r.Number = p.Source, p.Number
	r.place = p.Place
	tasks := taskIndex(p)
	items := itemIndex(p)
	wording := byWording(p)
	r.ProductsByWording = wording
	marks := productMarks(p, tasks, items, wording)
	vocab := newVocabulary()
	r.Reconciliation = reconcile(p, marks)
	r.NoBodyTasks = len(tasks) == 0
	for _, row := range p.Annex.Rows {
		if row.Heading {
			continue // a parent row that only heads its sub-rows asks for nothing itself
		}
		r.Rows++
		from := len(r.Findings)
		r.Findings = append(r.Findings, dueBeforeIssue(p, row)...)
		t, ok := tasks[row.Task]
		if !ok || row.Task == 0 {
			if !r.NoBodyTasks {
				r.Unplaced = append(r.Unplaced, unplaced(row.Line, source.Msgf("annex row %s has no matching task in the body", row.TT)))
			}
			r.Findings = append(r.Findings, selfCoordination(row, nil)...)
		} else {
			r.Linked++
			r.Findings = append(r.Findings, compare(row, t, items, marks, vocab, wording)...)
		}
		for i := from; i < len(r.Findings); i++ {
			r.Findings[i].RowTitle = clip(row.Title, 60)
		}
	}
	for _, a := range p.Areas {
		for _, t := range a.Tasks {
			if t.AnnexTT == "" {
				r.Unplaced = append(r.Unplaced, unplaced(t.Line, source.Msgf("body task %d has no matching row in the annex: %s", t.Number, quote(clip(taskBody(t.Text), 90)))))
			}
		}
	}
	for _, w := range p.WorkItems {
		if w.Kind == "" || w.Kind == program.KindNone {
			r.Unplaced = append(r.Unplaced, unplaced(w.Line, source.Msgf("work item %s names no product kind (counted as %s): %s", w.ID, program.KindNone.Label(), quote(clip(w.Title, 90)))))
		}
	}
	slices.SortStableFunc(r.Unplaced, func(a, b Unplaced) int { return cmp.Compare(a.Line, b.Line) })
	return r
}

// bodyTask is a task with the area it belongs to.
type bodyTask struct {
	task program.Task
	area *program.Area
}

func taskIndex(p *program.Programme) map[int]bodyTask {
	m := map[int]bodyTask{}
	for ai := range p.Areas {
		for _, t := range p.Areas[ai].Tasks {
			m[t.Number] = bodyTask{t, &p.Areas[ai]}
		}
	}
	return m
}

// dueBeforeIssue flags a row due before the programme's own date: either
// the work was done before the programme was signed or the date is a slip.
func dueBeforeIssue(p *program.Programme, row program.AnnexRow) []Finding {
	d := row.Deadline.Due
	if d == nil || p.Date.IsZero() || !d.Before(p.Date) {
		return nil
	}
	m := source.Msgf("due %s (%s), before the programme's own date %s", d.String(), quote(row.Deadline.Text), p.Date.String())
	return []Finding{{TT: row.TT, Line: row.Line, Task: row.Task, TaskLine: taskLine(p, row.Task), Field: "deadline",
		Message: m.String(), Text: m}}
}

func taskLine(p *program.Programme, n int) int {
	for _, a := range p.Areas {
		for _, t := range a.Tasks {
			if t.Number == n {
				return t.Line
			}
		}
	}
	return 0
}

// itemIndex maps work item IDs to the items (Programme.WorkItemByID scans
// the list, which is quadratic over a long programme).
func itemIndex(p *program.Programme) map[string]*program.WorkItem {
	m := make(map[string]*program.WorkItem, len(p.WorkItems))
	for i := range p.WorkItems {
		m[p.WorkItems[i].ID] = &p.WorkItems[i]
	}
	return m
}
