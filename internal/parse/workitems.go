package parse

import (
	"strconv"
	"strings"
	"unicode"

	"baocao/internal/program"
)

// product is one work item found in an annex title: its kind and the byte
// range of its own words.
type product struct {
	kind       program.Kind
	start, end int
}

// splitProducts finds the products an annex title asks for. A product
// starts where a clause (the title's start, or after ". " or "; ") begins
// with a kind word, optionally after "Xây dựng" or "Chỉ đạo"; or where
// "xây dựng" is followed by a capitalised kind word inside a clause
// ("…, trên cơ sở đó xây dựng Đề án mới"). A kind word elsewhere is part of
// the current product's title: "Kế hoạch thực hiện Đề án của Bộ Quốc phòng"
// is one Kế hoạch, "Tổng kết Đề án … và Đề án …" one Tổng kết, and
// "Đồng thời triển khai thực hiện Đề án …" implements, it does not build.
// A product ends where the next begins; connector words before the next
// one (", trên cơ sở đó", "; chỉ đạo Ủy ban nhân dân tỉnh") are dropped.
func splitProducts(title string) []product {
	var out []product
	add := func(k program.Kind, at, cut int) {
		if len(out) > 0 {
			prev := &out[len(out)-1]
			prev.end = max(prev.start, min(cut, at))
		}
		out = append(out, product{kind: k, start: at, end: len(title)})
	}
	clauseStart := true
	lastSep := 0 // where the current clause began (after its separator)
	for i := 0; i < len(title); {
		if clauseStart {
			for i < len(title) && (title[i] == ' ' || title[i] == '-') {
				i++
			}
			j := i
			for _, verb := range []string{"xây dựng ", "chỉ đạo ", "tiếp tục xây dựng "} {
				if strings.HasPrefix(lowerSame(title[j:min(len(title), j+len(verb))]), verb) {
					j += len(verb)
					break
				}
			}
			if k, _, ok := kindPrefix(title[j:]); ok {
				add(k, j, lastSep)
				i = j
			}
			clauseStart = false
			continue
		}
		c := title[i]
		if (c == '.' || c == ';') && i+1 < len(title) && title[i+1] == ' ' {
			lastSep = i
			clauseStart = true
			i += 2
			continue
		}
		if c == ',' {
			lastSep = i
		}
		if (c == 'x' || c == 'X') && strings.HasPrefix(lowerSame(title[i:min(len(title), i+len("xây dựng "))]), "xây dựng ") && (i == 0 || title[i-1] == ' ') {
			j := i + len("xây dựng ")
			if k, _, ok := kindPrefix(title[j:]); ok && unicode.IsUpper(firstRune(title[j:])) {
				cut := i
				if between := title[lastSep:i]; len(out) > 0 && lastSep > out[len(out)-1].start && len(strings.Fields(between)) <= 8 {
					cut = lastSep
				}
				add(k, j, cut)
				i = j
				continue
			}
		}
		i++
	}
	return out
}

// workItems splits every annex row into its work items. The ID is the
// row's TT, a dot and the product's 1-based position in the row ("04.1",
// "04.2"): the annex is the list of record, so the IDs stay the same as
// long as the annex rows and their wording do. A row whose title names no
// product kind still gives one work item (kind empty) so that nothing is
// lost, with a warning.
func (ps *parser) workItems() {
	p := ps.prog
	p.WorkItems = make([]program.WorkItem, 0, len(p.Annex.Rows)*5/4+1)
	seen := map[string]int{}
	for ri := range p.Annex.Rows {
		r := &p.Annex.Rows[ri]
		tt := r.TT
		if tt == "" {
			tt = twoDigits(ri + 1)
		}
		if prev, dup := seen[tt]; dup {
			ps.errorf(r.Line, "row-duplicate", "annex row number %s is used twice (first on line %d): work item IDs would collide, expected unique numbers", tt, prev)
		}
		seen[tt] = r.Line
		prods := splitProducts(r.Title)
		if len(prods) == 0 && r.Title != "" {
			prods = []product{{start: 0, end: len(r.Title)}}
			if k, ok := ps.markedKind(r.Task); ok {
				// The body's bold marker names the one product: take its kind, and say so.
				prods[0].kind = k
				ps.warn(r.Line, "kind-from-body", "annex row %s: the title does not start with a product kind; the body (task %d) marks it as a %s, so that kind is used", tt, r.Task, k.Label())
			} else {
				ps.warn(r.Line, "no-kind", "annex row %s: the title does not start with a product kind (Đề án, Chương trình, Kế hoạch, Quy định, Quy chế, Danh mục, Nghị quyết, Sơ kết, Tổng kết): kept as one work item without kind", tt)
			}
		}
		for i, pr := range prods {
			w := program.WorkItem{
				ID:           tt + "." + strconv.Itoa(i+1),
				TT:           tt,
				Seq:          i + 1,
				Kind:         pr.kind,
				Title:        upperFirst(trimPunct(r.Title[pr.start:pr.end])),
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

// markedKind returns the kind of the only bold product of body task n, if
// the task marks exactly one.
func (ps *parser) markedKind(n int) (program.Kind, bool) {
	if n == 0 {
		return "", false
	}
	for _, a := range ps.prog.Areas {
		for _, t := range a.Tasks {
			if t.Number != n {
				continue
			}
			var kinds []program.Kind
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
