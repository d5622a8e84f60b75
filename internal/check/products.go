package check

import (
	"baocao/internal/program"
	"baocao/internal/vocab"
)

// mark says whether the body marks a work item as a product (in bold, or
// by its wording when the body has no bold at all).
type mark struct {
	marked   bool
	taskLine int
}

// bodyProduct is a product a body task names: a bold phrase, or a phrase
// found by its wording.
type bodyProduct struct {
	kind program.Kind
	text string
}

// byWording reports whether the programme's body marks no product in bold
// while it has tasks: products are then read from the tasks' wording, as
// the parser does, and the report says so once.
func byWording(p *program.Programme) bool {
	tasks := 0
	for _, a := range p.Areas {
		for _, t := range a.Tasks {
			if len(t.Products) > 0 {
				return false
			}
			tasks++
		}
	}
	return tasks > 0
}

// bodyProducts lists the products a task names, in order: its bold phrases
// that start with a kind, or, by wording, the products its text (without
// the assignment) asks for ("Xây dựng kế hoạch …").
func bodyProducts(t program.Task, wording bool) []bodyProduct {
	var out []bodyProduct
	if wording {
		body := taskBody(t.Text)
		for _, pr := range vocab.Products(body) {
			out = append(out, bodyProduct{pr.Kind, body[pr.Start:pr.End]})
		}
		return out
	}
	for _, ph := range t.Products {
		if k, ok := vocab.ProductKind(ph); ok {
			out = append(out, bodyProduct{k, ph})
		}
	}
	return out
}

// productMarks pairs each work item with a product of its linked body task
// of the same kind, in order. An item left without one is a product the
// annex lists and the body does not mark; the reverse (a body product with
// no item) is reported by compare.
func productMarks(p *program.Programme, tasks map[int]bodyTask, items map[string]*program.WorkItem, wording bool) map[string]mark {
	m := map[string]mark{}
	for _, row := range p.Annex.Rows {
		t, ok := tasks[row.Task]
		if !ok || row.Task == 0 {
			continue
		}
		free := bodyProducts(t.task, wording)
		for _, id := range row.WorkItems {
			w := items[id]
			if w == nil || w.Kind == program.KindNone {
				continue // an item of no kind is no product the body could mark
			}
			mk := mark{taskLine: t.task.Line}
			for i, bp := range free {
				if bp.kind == w.Kind {
					free[i].kind = ""
					mk.marked = true
					break
				}
			}
			m[id] = mk
		}
	}
	return m
}
