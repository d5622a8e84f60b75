package progress

import (
	"sort"

	"baocao/internal/program"
)

// Ledger is a loaded progress ledger (sổ theo dõi): the header and every
// valid `[[update]]` record in file order.
//
// Rule for reading it: an item's records are taken in date order, records of
// the same date in file order, and the latest record that sets a field wins
// for that field. `status` decides the state; a record setting any status
// other than "done" clears the completion date, and "done" brings its own.
// `document`, `note`, `difficulties` and `source` keep their latest non-empty value. Every
// `new_deadline` is kept as a DeadlineChange; the latest is the effective
// due date. Reports at a date D see only records dated on or before D.
//
// A Ledger from LoadLedger is safe for concurrent reads (BuildReview, Diff);
// one built by hand is indexed on first use.
type Ledger struct {
	Name          string       // file name as given to LoadLedger
	Number        string       // [programme] number = "07-CTr/TU"
	ProgrammeDate program.Date // [programme] date, zero when not written
	Title         string       // [programme] title, free text
	Updates       []Update     // valid records, in file order

	programme *program.Programme
	byItem    map[string][]int // indexes into Updates, by (date, file order)
}

// index builds byItem after Updates changed.
func (l *Ledger) index() {
	l.byItem = make(map[string][]int)
	for i, u := range l.Updates {
		l.byItem[u.Item] = append(l.byItem[u.Item], i)
	}
	for _, idx := range l.byItem {
		sort.SliceStable(idx, func(a, b int) bool {
			return l.Updates[idx[a]].Date.Before(l.Updates[idx[b]].Date)
		})
	}
}

// ItemUpdates returns the records of one item in the order they apply
// (by date, then file order).
func (l *Ledger) ItemUpdates(id string) []Update {
	if l == nil {
		return nil
	}
	if l.byItem == nil {
		l.index()
	}
	idx := l.byItem[id]
	out := make([]Update, len(idx))
	for i, j := range idx {
		out[i] = l.Updates[j]
	}
	return out
}

// itemState is an item's standing after folding its records.
type itemState struct {
	State        State
	Completed    program.Date
	Document     string
	Note         string
	Difficulties string
	Source       string
	Due          *program.Date // effective due: the programme's, or the latest new_deadline
	Changes      []DeadlineChange
	Updated      program.Date // date of the latest record applied
}

// stateAt folds the records of item id dated on or before d (all of them
// when d is zero), starting from the programme's due date.
func (l *Ledger) stateAt(id string, due *program.Date, d program.Date) itemState {
	st := itemState{Due: due}
	if l == nil {
		return st
	}
	if l.byItem == nil {
		l.index()
	}
	for _, j := range l.byItem[id] {
		u := l.Updates[j]
		if !d.IsZero() && u.Date.After(d) {
			break // sorted by date: every later record is after d too
		}
		st.apply(u)
	}
	return st
}

// apply lays one record over the state, field by field. A note describes
// the standing it was written with: when a record changes the status, an
// earlier note is dropped unless the record brings its own, so a finished
// item is not printed with "đang hoàn chỉnh dự thảo" beside it. The issued
// document stays: it was issued whatever came after.
func (st *itemState) apply(u Update) {
	if u.State != "" {
		if u.State != st.State {
			st.Note = ""
		}
		st.State = u.State
		st.Completed = u.Completed // zero unless done
	}
	if u.Document != "" {
		st.Document = u.Document
	}
	if u.Note != "" {
		st.Note = u.Note
	}
	if u.Difficulties != "" {
		st.Difficulties = u.Difficulties
	}
	if u.Source != "" {
		st.Source = u.Source
	}
	if !u.NewDeadline.IsZero() {
		to := u.NewDeadline
		st.Changes = append(st.Changes, DeadlineChange{From: st.Due, To: to, Reason: u.Reason, On: u.Date})
		st.Due = &to
	}
	st.Updated = u.Date
}

var zeroDate program.Date

// programmeDue is the programme's due date of item id, when the ledger was
// loaded with its programme.
func (l *Ledger) programmeDue(id string) *program.Date {
	if l == nil || l.programme == nil {
		return nil
	}
	if w := l.programme.WorkItemByID(id); w != nil {
		return w.Deadline.Due
	}
	return nil
}
