package progress

import (
	"baocao/internal/source"
)

// conflicts reports, at the later cell, each field of a that differs from
// what an earlier form of the same import said of the same item, and
// otherwise adds a's answers to what is known of the item. Without it the
// form named last on the command line (the shell's sort order) would
// silently win.
func (m *merger) conflicts(a Answer) bool {
	prev, seen := m.answered[a.Item]
	if !seen {
		m.answered[a.Item] = a
		return false
	}
	found := false
	differ := func(cell, prevCell source.Pos, v, pv string) {
		if v == "" || pv == "" || v == pv {
			return
		}
		m.diags.Add(cell, source.Error, "form-conflict", "%s", m.o.tr(
			"item %s: this form says %q, but %s says %q: import only the right one of the two forms", a.Item, v, prevCell, pv))
		found = true
	}
	differ(a.At.State, prev.At.State, a.stateText(), prev.stateText())
	differ(a.At.Document, prev.At.Document, a.Document, prev.Document)
	differ(a.At.Note, prev.At.Note, a.Note, prev.Note)
	differ(a.At.Difficulties, prev.At.Difficulties, a.Difficulties, prev.Difficulties)
	// Keep what the earlier forms said and add what this one says besides.
	if prev.State == "" {
		prev.State, prev.Completed, prev.At.State, prev.At.Completed = a.State, a.Completed, a.At.State, a.At.Completed
	}
	if prev.Document == "" {
		prev.Document, prev.At.Document = a.Document, a.At.Document
	}
	if prev.Note == "" {
		prev.Note, prev.At.Note = a.Note, a.At.Note
	}
	if prev.Difficulties == "" {
		prev.Difficulties, prev.At.Difficulties = a.Difficulties, a.At.Difficulties
	}
	m.answered[a.Item] = prev
	return found
}

// stateText is an answer's status with its completion date, as compared
// and as the forms show it: "Hoàn thành 15/06/2021".
func (a Answer) stateText() string {
	if a.State == "" {
		return ""
	}
	if !a.Completed.IsZero() {
		return a.State.Label() + " " + slashed(a.Completed)
	}
	return a.State.Label()
}
