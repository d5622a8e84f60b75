package cli

import (
	"baocao/internal/program"
	"baocao/internal/progress"
)

// withoutRepeats blanks the fields of u that a record already imported from
// a form of the same name, for the same quarter, set to the same value, and
// reports whether anything is left. Forms come back over days and the
// clerk imports the whole folder again each time: without this, the old
// forms' answers would be appended again after any hand correction made
// since, and silently undo it. A corrected form sent under the same name
// still brings what it changed.
func withoutRepeats(l *progress.Ledger, u *progress.Update) bool {
	q := program.QuarterOf(u.Date)
	for _, rec := range l.ItemUpdates(u.Item) {
		if rec.Source != u.Source || program.QuarterOf(rec.Date) != q {
			continue
		}
		if u.State != "" && rec.State == u.State && rec.Completed == u.Completed {
			u.State, u.Completed = "", program.Date{}
		}
		if u.Document != "" && rec.Document == u.Document {
			u.Document = ""
		}
		if u.Note != "" && rec.Note == u.Note {
			u.Note = ""
		}
	}
	return u.State != "" || u.Document != "" || u.Note != ""
}
