package progress

import (
	"sort"
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"baocao/internal/program"
)

// Labels of the catch-all groups (document text).
const (
	unlinkedAreaLabel = "Chưa gắn với lĩnh vực"
	noAgencyLabel     = "Chưa xác định cơ quan chủ trì"
)

// BuildReview computes every work item's status at report date d for the
// report of quarter q, and the tallies a report shows. l may be nil (no
// ledger yet: every item is open). Only ledger records dated on or before d
// count, so a report for an earlier quarter never sees later updates.
//
// Rules (shared/spec/design.md), with due the effective due date:
//   - done_on_time: done and completed ≤ due; done_late: completed > due
//     (DaysOverdue = completed − due).
//   - paused: the latest state is "paused", whatever the dates; a paused
//     item is never counted overdue.
//   - open_late: not done and d > due (DaysOverdue = d − due).
//   - due_soon: not done, d ≤ due and due − d ≤ DueSoonDays. It is a part
//     of "on time" reported separately: statuses partition the items, so
//     open_on_time does not include it (Tally.OpenInTime adds both).
//   - open_on_time: not done and d ≤ due, not due soon.
//   - no_deadline: no due date (recurring, ongoing, unreadable deadline) and
//     not done for the current period.
//
// Changed deadline: due is the latest new_deadline recorded by d;
// OriginalDue keeps the programme's date and DeadlineChanges the history.
//
// Several milestones ("quý I và quý II-2021"): the item is due at its last
// milestone. Earlier milestones that passed while the item was open (before
// d, or before its completion) are listed in MissedMilestones, a flag for
// the report's wording, not a status of their own. A changed deadline
// replaces the milestones.
//
// A half-year ("6 tháng đầu năm 2021") is a period like a quarter: due on
// its last day (30 June, 31 December).
//
// Recurring (hằng năm, định kỳ 6 tháng, hằng quý, hằng tháng), ongoing
// (thường xuyên) and open (từ năm 2021) items have no due date. Their
// "current period" is the report's year for annual, the half-year of the
// report quarter for semiannual, the month of d for monthly, and the
// report quarter q otherwise.
// A completion dated inside the current period makes them done_on_time;
// otherwise they are no_deadline (an earlier period's completion does not
// carry over). Any other item without a due date that is done is
// done_on_time: nothing makes it late.
func BuildReview(p *program.Programme, l *Ledger, q program.Quarter, d program.Date, o ReviewOptions) *Review {
	soon := o.DueSoonDays
	if soon == 0 {
		soon = DefaultDueSoonDays
	}
	rv := &Review{Programme: p, Quarter: q, Date: d, DueSoonDays: soon, Total: newTally()}
	if p == nil {
		return rv
	}
	rv.Items = make([]ItemStatus, len(p.WorkItems))
	for i, w := range p.WorkItems {
		rv.Items[i] = itemStatus(w, l, q, d, soon)
	}
	for _, it := range rv.Items {
		rv.Total.add(it.Status)
	}
	rv.ByArea = byArea(p, rv.Items)
	coll := o.Collator
	if coll == nil {
		coll = collate.New(language.Vietnamese)
	}
	rv.ByAgency = byAgency(rv.Items, coll)
	rv.ByKind = byKind(rv.Items)
	next := q.Next()
	for _, it := range rv.Items {
		switch {
		case it.Status == OpenLate:
			rv.Overdue = append(rv.Overdue, it)
		case (it.Status == OpenOnTime || it.Status == DueSoon) && it.Due != nil && next.Contains(*it.Due):
			rv.DueNext = append(rv.DueNext, it)
		}
	}
	sort.SliceStable(rv.Overdue, func(i, j int) bool { return rv.Overdue[i].DaysOverdue > rv.Overdue[j].DaysOverdue })
	sort.SliceStable(rv.DueNext, func(i, j int) bool { return rv.DueNext[i].Due.Before(*rv.DueNext[j].Due) })
	rv.Difficulties = quarterDifficulties(p, l, q, d)
	return rv
}

// itemStatus applies the rules of BuildReview to one item.
func itemStatus(w program.WorkItem, l *Ledger, q program.Quarter, d program.Date, soon int) ItemStatus {
	st := l.stateAt(w.ID, w.Deadline.Due, d)
	it := ItemStatus{
		Item: w, Due: st.Due, Document: st.Document, Note: st.Note,
		State: st.State, Source: st.Source, DeadlineChanges: st.Changes,
	}
	if !st.Updated.IsZero() {
		u := st.Updated
		it.Updated = &u
	}
	if len(st.Changes) > 0 {
		it.OriginalDue = w.Deadline.Due
	}
	periodic := len(st.Changes) == 0 && (w.Deadline.Kind == program.DeadlineRecurring || w.Deadline.Kind == program.DeadlineOngoing || w.Deadline.Kind == program.DeadlineOpen)
	if periodic {
		it.Due = nil
	}
	switch {
	case st.State == StateDone:
		c := st.Completed
		it.Completed = &c
		switch {
		case periodic:
			if from, to := currentPeriod(w.Deadline, q, d); c.Before(from) || c.After(to) {
				it.Status, it.Completed = NoDeadline, nil
			} else {
				it.Status = DoneOnTime
			}
		case it.Due == nil || !c.After(*it.Due):
			it.Status = DoneOnTime
		default:
			it.Status = DoneLate
			it.DaysOverdue = c.DaysSince(*it.Due)
		}
	case st.State == StatePaused:
		it.Status = Paused
	case it.Due == nil:
		it.Status = NoDeadline
	case d.After(*it.Due):
		it.Status = OpenLate
		it.DaysOverdue = d.DaysSince(*it.Due)
	default:
		it.DaysLeft = it.Due.DaysSince(d)
		if soon >= 0 && it.DaysLeft <= soon {
			it.Status = DueSoon
		} else {
			it.Status = OpenOnTime
		}
	}
	if ms := w.Deadline.Milestones; len(ms) > 1 && len(st.Changes) == 0 && !periodic {
		ref := d
		if it.Completed != nil {
			ref = *it.Completed
		}
		for _, m := range ms[:len(ms)-1] {
			if m.Due.Before(ref) {
				it.MissedMilestones = append(it.MissedMilestones, m)
			}
		}
	}
	return it
}

// currentPeriod is the period a recurring item's completion must fall in.
func currentPeriod(dl program.Deadline, q program.Quarter, d program.Date) (program.Date, program.Date) {
	switch dl.Recurrence {
	case "annual":
		return program.Date{Year: q.Year, Month: time.January, Day: 1}, program.Date{Year: q.Year, Month: time.December, Day: 31}
	case "monthly":
		return program.Date{Year: d.Year, Month: d.Month, Day: 1}, program.LastOfMonth(d.Year, d.Month)
	case "semiannual":
		return program.HalfYear(q.First())
	}
	return q.First(), q.Last()
}
