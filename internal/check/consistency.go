package check

import (
	"baocao/internal/source"

	"strings"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// compare lists the disagreements between an annex row and its body task.
func compare(row program.AnnexRow, bt bodyTask, items map[string]*program.WorkItem, marks map[string]mark, v *vocabulary, wording bool) []Finding {
	t := bt.task
	var out []Finding
	add := func(field string, m source.Msg) {
		out = append(out, Finding{TT: row.TT, Line: row.Line, Task: t.Number, TaskLine: t.Line, Field: field, Message: m.String(), Text: m})
	}
	// Deadline.
	if a, b := row.Deadline, t.Deadline; a.Text != "" && b.Text != "" && a.Kind != program.DeadlineUnknown && b.Kind != program.DeadlineUnknown {
		da, db := dueText(a), dueText(b)
		switch {
		case da != db:
			add("deadline", source.Msgf("deadline differs: annex %s (%s), body %s (%s)", quote(a.Text), dueMsg(a), quote(b.Text), dueMsg(b)))
		case canonical(a) != canonical(b):
			add("deadline", source.Msgf("same deadline (%s), different words: annex %s, body %s", dueMsg(a), quote(a.Text), quote(b.Text)))
		}
	}
	// Lead agency.
	if !row.Lead.IsZero() && !t.Lead.IsZero() && row.Lead.Key != t.Lead.Key {
		if bt.area != nil && t.Lead.Key == bt.area.Lead.Key && !strings.Contains(strings.ToLower(t.Text), "giao ") {
			add("lead", source.Msgf("lead agency differs: annex %s, body %s (the area's lead, line %d)", quote(row.Lead.Name), quote(t.Lead.Name), bt.area.Line))
		} else {
			add("lead", source.Msgf("lead agency differs: annex %s, body %s", quote(row.Lead.Name), quote(t.Lead.Name)))
		}
	}
	// Coordinators.
	onlyA, onlyB := agencyDiff(row.Coordinators, t.Coordinators)
	switch {
	case len(onlyA) > 0 && len(onlyB) > 0:
		add("coordinators", source.Msgf("coordinators differ: annex names %s, body names %s", list(onlyA), list(onlyB)))
	case len(onlyA) > 0:
		add("coordinators", source.Msgf("the annex names coordinators the body does not: %s", list(onlyA)))
	case len(onlyB) > 0:
		add("coordinators", source.Msgf("the body names coordinators the annex does not: %s", list(onlyB)))
	}
	out = append(out, selfCoordination(row, &t)...)
	// Products: annex items the body does not mark, body products with no item.
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
			if wording {
				add("products", source.Msgf("work item %s %s is listed in the annex, but the body does not name it as a product", id, quote(clip(w.Title, 70))))
			} else {
				add("products", source.Msgf("work item %s %s is listed in the annex, but the body does not mark it as a product", id, quote(clip(w.Title, 70))))
			}
		}
	}
	for _, bp := range free {
		if bp.kind == "" {
			continue
		}
		if wording {
			add("products", source.Msgf("the body names %s as a product, but the annex row has no %s", quote(clip(bp.text, 70)), bp.kind.Label()))
		} else {
			add("products", source.Msgf("the body marks %s as a product, but the annex row has no %s", quote(bp.text), bp.kind.Label()))
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
		add("words", source.Msgf("words only in the annex: %s", quoteAll(wa)))
	}
	if len(wb) > 0 {
		add("words", source.Msgf("words only in the body: %s", quoteAll(wb)))
	}
	return out
}

// selfCoordination flags a lead listed among its own coordinators.
func selfCoordination(row program.AnnexRow, t *program.Task) []Finding {
	var out []Finding
	for _, c := range row.Coordinators {
		if c.Key == row.Lead.Key && c.Key != "" {
			m := source.Msgf("the annex makes %s lead and also coordinate with itself", quote(row.Lead.Name))
			f := Finding{TT: row.TT, Line: row.Line, Field: "coordinators", Message: m.String(), Text: m}
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
				m := source.Msgf("the body makes %s lead and also coordinate with itself", quote(t.Lead.Name))
				out = append(out, Finding{TT: row.TT, Line: row.Line, Task: t.Number, TaskLine: t.Line, Field: "coordinators", Message: m.String(), Text: m})
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

// dueMsg is dueText for the reader, in either language.
func dueMsg(d program.Deadline) source.Msg {
	from := source.Msg{}
	if d.From != nil {
		from = source.Msgf(" from %s", d.From.String())
	}
	switch {
	case d.Due != nil:
		return source.Msgf("due %s", d.Due.String())
	case d.Kind == program.DeadlineRecurring && d.Every != "":
		return source.Msgf("recurring %s in %s%s", recurrence(d.Recurrence), d.Every, from)
	case d.Kind == program.DeadlineRecurring:
		return source.Msgf("recurring %s%s", recurrence(d.Recurrence), from)
	case d.Kind == program.DeadlineOngoing:
		return source.Msgf("ongoing")
	case d.Kind == program.DeadlineOpen:
		return source.Msgf("open%s", from)
	}
	return source.Msgf("no due date")
}

// recurrence names a recurrence in either language.
func recurrence(r string) source.Msg {
	switch r {
	case program.RecurAnnual:
		return source.Msgf("annual")
	case program.RecurSemiannual:
		return source.Msgf("semiannual")
	case program.RecurQuarterly:
		return source.Msgf("quarterly")
	case program.RecurMonthly:
		return source.Msgf("monthly")
	}
	return source.Msgf("%s", r)
}

// dueText is what a deadline means, to compare two: equal texts are the
// same due date.
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
