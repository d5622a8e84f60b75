package check

import (
	"baocao/internal/program"
	"baocao/internal/vocab"
)

// mark says whether the body marks a work item as a product (in bold).
type mark struct {
	marked   bool
	taskLine int
}

// productMarks pairs each work item with a bold product of its linked body
// task of the same kind, in order. An item left without one is a product
// the annex lists and the body does not mark; the reverse (a bold product
// with no item) is reported by compare.
func productMarks(p *program.Programme, tasks map[int]bodyTask, items map[string]*program.WorkItem) map[string]mark {
	m := map[string]mark{}
	for _, row := range p.Annex.Rows {
		t, ok := tasks[row.Task]
		if !ok || row.Task == 0 {
			continue
		}
		free := productKinds(t.task.Products)
		for _, id := range row.WorkItems {
			w := items[id]
			if w == nil {
				continue
			}
			mk := mark{taskLine: t.task.Line}
			for i, k := range free {
				if k == w.Kind {
					free[i] = ""
					mk.marked = true
					break
				}
			}
			m[id] = mk
		}
	}
	return m
}

// productKind reads the kind a bold phrase starts with: "Sơ kết Chỉ thị số
// 05-CT/TW" is a Sơ kết, "Chương trình hành động" a Chương trình.
func productKind(phrase string) (program.Kind, bool) { return vocab.ProductKind(phrase) }

func productKinds(products []string) []program.Kind {
	out := make([]program.Kind, 0, len(products))
	for _, ph := range products {
		if k, ok := productKind(ph); ok {
			out = append(out, k)
		}
	}
	return out
}
