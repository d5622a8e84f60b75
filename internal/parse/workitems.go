package parse

import (
	"strconv"

	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/vocab"
)

// product is one work item found in a title (vocab.Products).
type product = vocab.Product

// splitProducts finds the products a title asks for (vocab.Products).
func splitProducts(title string) []product { return vocab.Products(title) }

// workItems splits every annex row into its work items. The ID is the
// row's TT, a dot and the product's 1-based position in the row ("04.1",
// "04.2"): the annex is the list of record, so the IDs stay the same as
// long as the annex rows and their wording do. A row whose title names no
// product kind still gives one work item, of kind none ("Khác"), so that
// nothing is lost, with a warning.
func (ps *parser) workItems() {
	p := ps.prog
	p.WorkItems = make([]program.WorkItem, 0, len(p.Annex.Rows)*5/4+1)
	byWording := ps.productsByWording()
	seen := make(map[string]int, len(p.Annex.Rows)) // sized once: a long annex rehashed it a dozen times
	for ri := range p.Annex.Rows {
		r := &p.Annex.Rows[ri]
		tt := r.TT
		if tt == "" {
			tt = twoDigits(ri + 1)
		}
		if prev, dup := seen[tt]; dup {
			ps.errorf(r.Line, "row-duplicate", "annex row number %s is used twice (first on %s): work item IDs would collide, expected unique numbers", tt, ps.place(prev))
		}
		seen[tt] = r.Line
		prods := splitProducts(r.Title)
		if len(prods) == 0 && r.Title != "" {
			prods = []product{{Kind: program.KindNone, Start: 0, End: len(r.Title)}}
			if k, ok := ps.markedKind(r.Task, byWording); ok {
				// The body names the one product: take its kind, and say so.
				prods[0].Kind = k
				how := source.Msgf("marks it")
				if byWording {
					how = source.Msgf("words it")
				}
				ps.warn(r.Line, "kind-from-body", "annex row %s: the title does not start with a product kind; the body (task %d) %s as a %s, so that kind is used", tt, r.Task, how, k.Label())
			} else {
				ps.warn(r.Line, "no-kind", "annex row %s: the title does not start with a product kind (Đề án, Chương trình, Kế hoạch, Quy định, Quy chế, Danh mục, Nghị quyết, Sơ kết, Tổng kết, Chỉ thị, Kết luận, Hướng dẫn, Báo cáo): kept as one work item of kind %s", tt, program.KindNone.Label())
			}
		}
		for i, pr := range prods {
			w := program.WorkItem{
				ID:           tt + "." + strconv.Itoa(i+1),
				TT:           tt,
				Seq:          i + 1,
				Kind:         pr.Kind,
				Title:        upperFirst(trimPunct(r.Title[pr.Start:pr.End])),
				Lead:         r.Lead,
				Coordinators: r.Coordinators,
				Deadline:     r.Deadline,
				Area:         r.Area,
				Line:         r.Line,
			}
			r.WorkItems = append(r.WorkItems, w.ID)
			p.WorkItems = append(p.WorkItems, w)
		}
	}
}

// productsByWording reports whether the body marks no product in bold at
// all while it has tasks: the products are then read from the tasks'
// wording ("Xây dựng kế hoạch …"), and that is said once, not on every
// item. A body that marks some products in bold is read by its marks.
func (ps *parser) productsByWording() bool {
	tasks, line := 0, 0
	for _, a := range ps.prog.Areas {
		for _, t := range a.Tasks {
			if len(t.Products) > 0 {
				return false
			}
			if tasks == 0 {
				line = t.Line
			}
			tasks++
		}
	}
	if tasks == 0 {
		return false
	}
	ps.diags.Add(source.Pos{File: ps.name, Line: line}, source.Info, "products-by-wording",
		"the body marks no product in bold: the products of its %d tasks are read from their wording (\"Xây dựng kế hoạch …\")", tasks)
	return true
}

// markedKind returns the kind of the only product body task n names: in
// bold, or by its wording when the body has no bold at all.
func (ps *parser) markedKind(n int, byWording bool) (program.Kind, bool) {
	if n == 0 {
		return "", false
	}
	for _, a := range ps.prog.Areas {
		for _, t := range a.Tasks {
			if t.Number != n {
				continue
			}
			var kinds []program.Kind
			if byWording {
				for _, pr := range vocab.Products(taskBody(t)) {
					kinds = append(kinds, pr.Kind)
				}
			}
			for _, ph := range t.Products {
				if k, _, ok := kindPrefix(ph); ok {
					kinds = append(kinds, k)
				}
			}
			if len(kinds) == 1 {
				return kinds[0], true
			}
			return "", false
		}
	}
	return "", false
}
