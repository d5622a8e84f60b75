package progress

import "baocao/internal/program"

// Review is everything a quarterly report shows: each item's status at the
// report date and the tallies per area, lead agency and kind. Renderers read
// it; they never compute statuses themselves.
type Review struct {
	Programme   *program.Programme
	Quarter     program.Quarter
	Date        program.Date // report date D
	DueSoonDays int          // the window used for DueSoon
	Items       []ItemStatus // in work-item order
	Total       Tally
	ByArea      []Group      // in area order; items of unlinked rows go in a group with Key "0"
	ByAgency    []Group      // lead agencies in Vietnamese alphabetical order
	ByKind      []Group      // in program.AllKinds order, kinds with no item left out
	Overdue     []ItemStatus // open_late items, most days overdue first
	DueNext     []ItemStatus // open items due within the next quarter, by due date
	// Untracked says the programme has no progress ledger yet: every status
	// comes from the deadlines alone, and the documents say so.
	Untracked bool
	// Difficulties are the agencies' "khó khăn, vướng mắc, đề xuất"
	// recorded in the quarter up to the report date, for the drafter.
	Difficulties []Difficulty
}

// Group is a tally for one area, agency or kind.
type Group struct {
	Key   string // area number, agency key, or kind value
	Label string // "Về kinh tế", "Ban Tuyên giáo Tỉnh ủy", "Đề án"
	Tally Tally
}

// Tally counts items per status.
type Tally struct {
	Total    int
	ByStatus map[Status]int
}

// Count returns the number of items with status s.
func (t Tally) Count(s Status) int { return t.ByStatus[s] }

// OpenInTime returns the open items not overdue: open_on_time plus due_soon.
// Statuses partition the items, so due_soon items are not in OpenOnTime's
// count; a sentence about "in time" items adds both.
func (t Tally) OpenInTime() int { return t.ByStatus[OpenOnTime] + t.ByStatus[DueSoon] }

// Done returns the completed items (on time and late).
func (t Tally) Done() int { return t.ByStatus[DoneOnTime] + t.ByStatus[DoneLate] }

// Percent returns n as a percentage of the total, 0 when the total is 0.
func (t Tally) Percent(n int) float64 {
	if t.Total == 0 {
		return 0
	}
	return 100 * float64(n) / float64(t.Total)
}
