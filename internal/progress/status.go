package progress

import "baocao/internal/program"

// Status is a work item's standing at a report date (national task-tracking
// convention, see shared/spec/design.md). Values are the stable spelling used
// in JSON and the report workbook's drop-downs map to Label. Statuses are
// computed at a report date, never stored: the ledger records States.
type Status string

const (
	DoneOnTime Status = "done_on_time" // Đã hoàn thành đúng hạn
	DoneLate   Status = "done_late"    // Đã hoàn thành quá hạn
	OpenOnTime Status = "open_on_time" // Đang thực hiện trong hạn
	OpenLate   Status = "open_late"    // Đang thực hiện quá hạn
	DueSoon    Status = "due_soon"     // Sắp đến hạn (open, due within the configured days)
	NoDeadline Status = "no_deadline"  // Không hạn (recurring, ongoing or no deadline)
	Paused     Status = "paused"       // Tạm dừng
)

// Statuses lists every status in report order.
var Statuses = []Status{DoneOnTime, DoneLate, OpenOnTime, DueSoon, OpenLate, NoDeadline, Paused}

var statusLabels = map[Status]string{
	DoneOnTime: "Đã hoàn thành đúng hạn",
	DoneLate:   "Đã hoàn thành quá hạn",
	OpenOnTime: "Đang thực hiện trong hạn",
	OpenLate:   "Đang thực hiện quá hạn",
	DueSoon:    "Sắp đến hạn",
	NoDeadline: "Không hạn",
	Paused:     "Tạm dừng",
}

// Label is the Vietnamese wording of the status.
func (s Status) Label() string {
	if l, ok := statusLabels[s]; ok {
		return l
	}
	return string(s)
}

// Done reports whether the status counts as completed.
func (s Status) Done() bool { return s == DoneOnTime || s == DoneLate }

// ItemStatus is one work item as it stands at the report date.
type ItemStatus struct {
	Item            program.WorkItem
	Status          Status
	Due             *program.Date // effective due date (after any change), nil if none
	OriginalDue     *program.Date // the programme's due date when a change moved it
	Completed       *program.Date // completion date, when done
	Document        string        // issued document: "Đề án số 05-ĐA/TU ngày 15-6-2021"
	Note            string
	DaysOverdue     int // > 0 for open_late (days from due to report date) and done_late (completion - due)
	DeadlineChanges []DeadlineChange
	// Added by the progress helper (ledger facts behind the status):
	State            State               // the ledger's latest recorded state at the report date; "" when nothing recorded
	Updated          *program.Date       // date of the latest ledger record counted; nil when none
	DaysLeft         int                 // open_on_time and due_soon: days from the report date to due (0 on the due date)
	MissedMilestones []program.Milestone // earlier milestones of a several-milestone deadline passed while the item was open
	Source           string              // where the latest record came from ("import: …"); "" when written by hand
}

// DeadlineChange records a moved deadline and why, kept for the record.
type DeadlineChange struct {
	From   *program.Date
	To     program.Date
	Reason string
	On     program.Date // when the change was decided, if known
}
