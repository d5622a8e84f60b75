package check

import (
	"strings"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// compare lists the disagreements between an annex row and its body task.
func compare(row program.AnnexRow, bt bodyTask, items map[string]*program.WorkItem, marks map[string]mark, v *vocabulary, wording bool) []Finding {
	t := bt.task
	var out []Finding
	add := func(field, msg string) {
		out = append(out, Finding{TT: row.TT, Line: row.Line, Task: t.Number, TaskLine: t.Line, Field: field, Message: msg})
	}
	// Deadline.
	if a, b := row.Deadline, t.Deadline; a.Text != "" && b.Text != "" && a.Kind != program.DeadlineUnknown && b.Kind != program.DeadlineUnknown {
		da, db := dueText(a), dueText(b)
		switch {
		case da != db:
			add("deadline", "deadline differs: annex "+quote(a.Text)+" ("+da+"), body "+quote(b.Text)+" ("+db+")")
		case canonical(a) != canonical(b):
			add("deadline", "same deadline ("+da+"), different words: annex "+quote(a.Text)+", body "+quote(b.Text))
		}
	}
	// Lead agency.
	if !row.Lead.IsZero() && !t.Lead.IsZero() && row.Lead.Key != t.Lead.Key {
		from := ""
		if bt.area != nil && t.Lead.Key == bt.area.Lead.Key && !strings.Contains(strings.ToLower(t.Text), "giao ") {
			from = " (the area's lead, line " + itoa(bt.area.Line) + ")"
		}
		add("lead", "lead agency differs: annex "+quote(row.Lead.Name)+", body "+quote(t.Lead.Name)+from)
	}
	// Coordinators.
	onlyA, onlyB := agencyDiff(row.Coordinators, t.Coordinators)
	switch {
	case len(onlyA) > 0 && len(onlyB) > 0:
		add("coordinators", "coordinators differ: annex names "+list(onlyA)+", body names "+list(onlyB))
	case len(onlyA) > 0:
		add("coordinators", "the annex names coordinators the body does not: "+list(onlyA))
	case len(onlyB) > 0:
		add("coordinators", "the body names coordinators the annex does not: "+list(onlyB))
	}
	out = append(out, selfCoordination(row, &t)...)
	// Products: annex items the body does not mark, body products with no item.
	verb := "mark it as a product"
	if wording {
		verb = "name it as a product"
	}
	free := bodyProducts(t, wording)
	for _, id := range row.WorkItems {
		w := items[id]
		if w == nil {
			continue
		}
		for i, bp := range free {
			if bp.kind == w.Kind {
				free[i].kind = ""
				break
			}
		}
		if mk, ok := marks[id]; ok && !mk.marked {
			add("products", "work item "+id+" "+quote(clip(w.Title, 70))+" is listed in the annex, but the body does not "+verb)
		}
	}
	for _, bp := range free {
		if bp.kind == "" {
			continue
		}
		if wording {
			add("products", "the body names "+quote(clip(bp.text, 70))+" as a product, but the annex row has no "+bp.kind.Label())
		} else {
			add("products", "the body marks "+quote(bp.text)+" as a product, but the annex row has no "+bp.kind.Label())
		}
	}
	// Words.
	body := taskBody(t.Text)
	if _, product, ok := vocab.Subject(body); ok {
		// "Ủy ban nhân dân phường xây dựng đề án …": the agency and
		// the verb are the assignment, compared above, not the title.
		body = body[product:]
	}
	wa, wb := wordDiff(row.Title, body, v, productWords(row.Product, v))
	if len(wa) > 0 {
		add("words", "words only in the annex: "+quoteAll(wa))
	}
	if len(wb) > 0 {
		add("words", "words only in the body: "+quoteAll(wb))
	}
	return out
}

// selfCoordination flags a lead listed among its own coordinators.
func selfCoordination(row program.AnnexRow, t *program.Task) []Finding {
	var out []Finding
	for _, c := range row.Coordinators {
		if c.Key == row.Lead.Key && c.Key != "" {
			f := Finding{TT: row.TT, Line: row.Line, Field: "coordinators",
				Message: "the annex makes " + quote(row.Lead.Name) + " lead and also coordinate with itself"}
			if t != nil {
				f.Task, f.TaskLine = t.Number, t.Line
			}
			out = append(out, f)
			break
		}
	}
	if t != nil {
		for _, c := range t.Coordinators {
			if c.Key == t.Lead.Key && c.Key != "" {
				out = append(out, Finding{TT: row.TT, Line: row.Line, Task: t.Number, TaskLine: t.Line, Field: "coordinators",
					Message: "the body makes " + quote(t.Lead.Name) + " lead and also coordinate with itself"})
				break
			}
		}
	}
	return out
}

// agencyDiff returns the names in a and not in b, and in b and not in a,
// comparing keys.
func agencyDiff(a, b []program.Agency) (onlyA, onlyB []string) {
	in := func(list []program.Agency, key string) bool {
		for _, x := range list {
			if x.Key == key {
				return true
			}
		}
		return false
	}
	for _, x := range a {
		if !in(b, x.Key) {
			onlyA = append(onlyA, x.Name)
		}
	}
	for _, x := range b {
		if !in(a, x.Key) {
			onlyB = append(onlyB, x.Name)
		}
	}
	return
}

func dueText(d program.Deadline) string {
	from := ""
	if d.From != nil {
		from = " from " + d.From.String()
	}
	switch {
	case d.Due != nil:
		return "due " + d.Due.String()
	case d.Kind == program.DeadlineRecurring && d.Every != "":
		return "recurring " + d.Recurrence + " in " + d.Every + from
	case d.Kind == program.DeadlineRecurring:
		return "recurring " + d.Recurrence + from
	case d.Kind == program.DeadlineOngoing:
		return "ongoing"
	case d.Kind == program.DeadlineOpen:
		return "open" + from
	}
	return "no due date"
}

// canonical is what a deadline means, without how it is written: its
// periods, its qualifier and its recurrence. "quý II/2021" and "Hoàn thành
// trong quý 2 năm 2021" are the same; "chậm nhất trong quý IV-2021" and
// "quý IV-2021" have the same due date but not the same words.
func canonical(d program.Deadline) string {
	var b strings.Builder
	b.WriteString(string(d.Kind) + "|" + d.Qualifier + "|" + d.Recurrence)
	if d.From != nil {
		b.WriteString("|from:" + d.From.String())
	}
	if d.Every != "" {
		b.WriteString("|every:" + d.Every)
	}
	for _, m := range d.Milestones {
		b.WriteString("|" + string(m.Granularity) + ":" + m.Start.String() + ":" + m.Due.String())
	}
	return b.String()
}

func list(names []string) string { return quoteAll(names) }

func quoteAll(s []string) string {
	q := make([]string, len(s))
	for i, x := range s {
		q[i] = quote(x)
	}
	return strings.Join(q, ", ")
}
