package check

import (
	"slices"
	"strings"

	"baocao/internal/program"
)

// reconcile counts the work items per declared entry of the Ghi chú and
// names the items behind each difference. It never adjusts a count.
func reconcile(p *program.Programme, marks map[string]mark) Reconciliation {
	rec := Reconciliation{DeclaredTotal: p.DeclaredTotal, FoundTotal: len(p.WorkItems), Lines: []KindLine{},
		Undeclared: len(p.Declared) == 0 && p.DeclaredTotal == 0}
	if rec.Undeclared {
		rec.Note = clip(p.Annex.Note, 90)
	}
	covered := map[program.Kind]bool{}
	for _, d := range p.Declared {
		l := KindLine{Label: labels(d.Kinds), Text: d.Text, Kinds: d.Kinds, Declared: d.Count}
		for _, k := range d.Kinds {
			covered[k] = true
		}
		rec.Lines = append(rec.Lines, count(p, l, marks))
	}
	for _, k := range program.AllKinds {
		if covered[k] {
			continue
		}
		l := count(p, KindLine{Label: k.Label(), Kinds: []program.Kind{k}, Declared: -1}, marks)
		if rec.Undeclared {
			l.Items = nil // nothing was declared: listing every item explains nothing
		}
		if l.Found > 0 {
			rec.Lines = append(rec.Lines, l)
		}
	}
	if rec.DeclaredTotal != 0 && rec.DeclaredTotal != rec.FoundTotal {
		explained := false
		for _, l := range rec.Lines {
			explained = explained || l.Differs()
		}
		if !explained {
			for _, w := range p.WorkItems {
				if mk, ok := marks[w.ID]; ok && !mk.marked {
					rec.TotalItems = append(rec.TotalItems, unmarkedNote(p, w, mk))
				}
			}
		}
	}
	return rec
}

// count fills in Found and, when it differs from Declared, the items
// behind the difference.
func count(p *program.Programme, l KindLine, marks map[string]mark) KindLine {
	var all, unmarked []ItemNote
	for _, w := range p.WorkItems {
		if !slices.Contains(l.Kinds, w.Kind) {
			continue
		}
		l.Found++
		all = append(all, ItemNote{ID: w.ID, Title: clip(w.Title, 90), Line: w.Line})
		if mk, ok := marks[w.ID]; ok && !mk.marked {
			unmarked = append(unmarked, unmarkedNote(p, w, mk))
		}
	}
	if !l.Differs() {
		return l
	}
	switch {
	case l.Found > l.Declared && len(unmarked) > 0:
		l.Items = unmarked
	case l.Declared < 0:
		for i := range all {
			all[i].Note = "the Ghi chú does not count this kind"
		}
		l.Items = all
	default:
		for i := range all {
			all[i].Note = "no single item explains the difference; compare with the Ghi chú"
		}
		l.Items = append(unmarked, all...)
	}
	return l
}

func unmarkedNote(p *program.Programme, w program.WorkItem, mk mark) ItemNote {
	return ItemNote{ID: w.ID, Title: clip(w.Title, 90), Line: w.Line,
		Note: "listed in the annex; the body (" + p.Place(mk.taskLine) + ") does not mark it as a product"}
}

func labels(kinds []program.Kind) string {
	var s []string
	for _, k := range kinds {
		s = append(s, k.Label())
	}
	return strings.Join(s, ", ")
}
