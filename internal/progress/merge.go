package progress

import (
	"errors"
	"fmt"
	"path/filepath"

	"baocao/internal/program"
	"baocao/internal/source"
)

// MergeOptions are what one import knows besides the ledger and the answers.
type MergeOptions struct {
	// Quarter is the quarter the forms were made for (each form says it).
	Quarter program.Quarter
	// Recorded is the date the new records get (the import's --date): by
	// default today or, for a quarter that has ended, its last day, since
	// forms for quý III come back in October and the quý III report (dated
	// 30 September) must count them. The ledger comment AppendUpdates writes
	// keeps the real time of the import.
	Recorded program.Date
	// Sent is the latest quarter whose forms have been sent to the
	// agencies, zero when not known. Forms of an earlier quarter are refused
	// (see Refused).
	Sent program.Quarter
	// Tr formats a diagnostic's message in the reader's language: the
	// format is the English text, the key of the catalogue in internal/i18n.
	// Nil formats the English text.
	Tr func(format string, args ...any) string
}

// tr formats a message through o.Tr.
func (o MergeOptions) tr(format string, args ...any) string {
	if o.Tr == nil {
		return fmt.Sprintf(format, args...)
	}
	return o.Tr(format, args...)
}

// Merged is what an import adds: the new records, and the ledger as it
// stands with them.
type Merged struct {
	// Records are the answers that become ledger records, in the order of
	// the answers; AppendUpdates writes them to the ledger's text.
	Records []Update
	// Ledger is the ledger with Records after its own: a report built from
	// it counts the import. It is the given ledger when Records is empty.
	Ledger *Ledger
}

// Merge is the import policy: it decides which answers of the returned
// forms become records of ledger l, dated o.Recorded, and reports each
// answer that cannot be taken, at its cell:
//   - two forms of one import that disagree about an item (form-conflict):
//     otherwise the form named last would silently win;
//   - a completion after the date the records get (form-completed-later);
//   - an answer the ledger's later records would hide (form-hidden) or that
//     would undo a record made after the forms' quarter (form-outdated).
//
// An answer that repeats what the latest record from a form of the same
// name in the same quarter said, or what the ledger already says, adds
// nothing (see withoutRepeats and Ledger.Diff), so importing a folder again
// is harmless. Records only add: deadline changes, documents and
// difficulties already in the ledger stay as they are.
//
// When the diagnostics hold an error, nothing is merged: Merged holds l and
// no records, and the import writes nothing. The error is for options that
// cannot be merged with: no quarter or record date, or forms of an earlier
// quarter than o.Sent (an *EarlierQuarterError). Merge never changes l.
func Merge(l *Ledger, answers []Answer, o MergeOptions) (Merged, source.Diagnostics, error) {
	unchanged := Merged{Ledger: l}
	switch {
	case o.Quarter == (program.Quarter{}):
		return unchanged, nil, errors.New("merge: the forms' quarter is not known")
	case o.Recorded.IsZero():
		return unchanged, nil, errors.New("merge: the date of the new records is not known")
	}
	if err := o.Refused(); err != nil {
		return unchanged, nil, err
	}
	m := &merger{l: l, o: o, answered: map[string]Answer{}}
	var all []Update
	for _, a := range answers {
		if u, ok := m.take(a); ok {
			all = append(all, u)
		}
	}
	if m.diags.HasErrors() {
		return unchanged, m.diags, nil
	}
	fresh := l.Diff(all)
	if len(fresh) == 0 {
		return unchanged, m.diags, nil
	}
	return Merged{Records: fresh, Ledger: l.with(fresh)}, m.diags, nil
}

// merger holds one Merge's state.
type merger struct {
	l        *Ledger
	o        MergeOptions
	answered map[string]Answer // what the import's forms say of each item so far, to find forms that disagree
	diags    source.Diagnostics
}

// take checks one answer against the policy and returns its record, or
// false when it adds nothing or breaks a rule (reported).
func (m *merger) take(a Answer) (Update, bool) {
	l, q, recorded := m.l, m.o.Quarter, m.o.Recorded
	if m.conflicts(a) {
		return Update{}, false
	}
	if !a.Completed.IsZero() && a.Completed.After(recorded) {
		m.diags.Add(a.At.Completed, source.Error, "form-completed-later", "%s", m.o.tr(
			"item %s completed on %s, after %s, the date the import records it on (--date): a form for %s reports what was done by then; put a later completion on the next quarter's form, or import with a later --date",
			a.Item, slashed(a.Completed), slashed(recorded), q.Label()))
		return Update{}, false
	}
	u := a.record(recorded)
	if !withoutRepeats(l, &u) {
		return Update{}, false
	}
	if newer := laterRecord(l, u, recorded); newer != nil && !newer.Date.After(q.Last()) {
		m.diags.Add(a.At.Item, source.Error, "form-hidden", "%s", m.o.tr(
			"item %s: the ledger already has a record of %s, after %s that --date gives this import's records; dated before it, the form's answer would have no effect on reports after that. Import with --date %s or later",
			u.Item, newer.Date, recorded, newer.Date))
		return Update{}, false
	}
	if newer := laterRecord(l, u, q.Last()); newer != nil {
		m.diags.Add(a.At.Item, source.Error, "form-outdated", "%s", m.o.tr(
			"item %s: the ledger already has a record of %s, after %s that this form reports on; importing it would undo that record. Send a new form (baocao forms --quarter %s) or edit the ledger by hand",
			u.Item, newer.Date, q, program.QuarterOf(newer.Date)))
		return Update{}, false
	}
	return u, true
}

// record is the answer as a ledger record dated recorded, its source
// naming the form ("import: phieu-ban-tuyen-giao.xlsx"): the repeats rule
// finds a form's earlier answers by it.
func (a Answer) record(recorded program.Date) Update {
	return Update{Item: a.Item, Date: recorded, State: a.State, Completed: a.Completed, Document: a.Document,
		Note: a.Note, Difficulties: a.Difficulties, Source: "import: " + filepath.Base(a.Form)}
}

// laterRecord returns the item's newest ledger record when it is dated
// after the given day and u would change the item. After the quarter's
// end: a form describes the item as it stood then, so applying it would
// silently undo what was recorded since. After the import's record date:
// the new record would be folded under that one and change nothing.
func laterRecord(l *Ledger, u Update, after program.Date) *Update {
	recs := l.ItemUpdates(u.Item)
	if len(recs) == 0 {
		return nil
	}
	last := recs[len(recs)-1]
	if !last.Date.After(after) || len(l.Diff([]Update{u})) == 0 {
		return nil
	}
	return &last
}

// with returns a copy of l with ups after its records; l is unchanged.
func (l *Ledger) with(ups []Update) *Ledger {
	next := &Ledger{}
	if l != nil {
		next.Name, next.Number, next.ProgrammeDate, next.Title, next.programme = l.Name, l.Number, l.ProgrammeDate, l.Title, l.programme
		next.Updates = append(next.Updates, l.Updates...)
	}
	next.Updates = append(next.Updates, ups...)
	next.index()
	return next
}

// slashed writes a date as the forms show it, 15/06/2021.
func slashed(d program.Date) string {
	return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year)
}
