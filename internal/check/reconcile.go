package check

import (
	"baocao/internal/source"

	"slices"
	"strings"

	"baocao/internal/program"
)

// reconcile counts the work items per declared entry of the Ghi chú and
// names the items behind each difference. It never adjusts a count.
//
// One item is counted by the Ghi chú's words rather than its own kind: a
// "Báo cáo sơ kết …" or "Báo cáo tổng kết …" is a Sơ kết or Tổng kết work
// item, but a Ghi chú that counts reports and does not count that review
// kind at all ("gồm: 02 kế hoạch, 01 báo cáo") means it by its report, so
// it is counted on the Báo cáo line. The item keeps its kind; a Ghi chú
// that counts Sơ kết (or Tổng kết) keeps it there, and a review not
// written as a Báo cáo never moves.
func reconcile(p *program.Programme, marks map[string]mark) Reconciliation {
	rec := Reconciliation{DeclaredTotal: p.DeclaredTotal, FoundTotal: len(p.WorkItems), Lines: []KindLine{},
		Undeclared: len(p.Declared) == 0 && p.DeclaredTotal == 0}
	if rec.Undeclared {
		rec.Note = clip(p.Annex.Note, 90)
	}
	covered := map[program.Kind]bool{}
	for _, d := range p.Declared {
		for _, k := range d.Kinds {
			covered[k] = true
		}
	}
	kindOf := func(w program.WorkItem) program.Kind {
		if (w.Kind == program.KindSoKet || w.Kind == program.KindTongKet) && !covered[w.Kind] &&
			covered[program.KindBaoCao] && hasPrefixFold(strings.TrimSpace(w.Title), "báo cáo") {
			return program.KindBaoCao
		}
		return w.Kind
	}
	for _, d := range p.Declared {
		l := KindLine{Label: labels(d.Kinds), Text: d.Text, Kinds: d.Kinds, Declared: d.Count}
		rec.Lines = append(rec.Lines, count(p, l, marks, kindOf))
	}
	for _, k := range program.AllKinds {
		if covered[k] {
			continue
		}
		l := count(p, KindLine{Label: k.Label(), Kinds: []program.Kind{k}, Declared: -1}, marks, kindOf)
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

// count fills in Found (by kindOf) and, when it differs from Declared, the items
// behind the difference.
func count(p *program.Programme, l KindLine, marks map[string]mark, kindOf func(program.WorkItem) program.Kind) KindLine {
	var all, unmarked []ItemNote
	for _, w := range p.WorkItems {
		if !slices.Contains(l.Kinds, kindOf(w)) {
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
			all[i] = note(all[i].ID, all[i].Title, all[i].Line, source.Msgf("the Ghi chú does not count this kind"))
		}
		l.Items = all
	default:
		for i := range all {
			all[i] = note(all[i].ID, all[i].Title, all[i].Line, source.Msgf("no single item explains the difference; compare with the Ghi chú"))
		}
		l.Items = append(unmarked, all...)
	}
	return l
}

func unmarkedNote(p *program.Programme, w program.WorkItem, mk mark) ItemNote {
	return note(w.ID, clip(w.Title, 90), w.Line,
		source.Msgf("listed in the annex; the body (%s) does not mark it as a product", Report{place: p.Place}.at(mk.taskLine)))
}

func labels(kinds []program.Kind) string {
	var s []string
	for _, k := range kinds {
		s = append(s, k.Label())
	}
	return strings.Join(s, ", ")
}

// hasPrefixFold reports whether s starts with prefix, ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
