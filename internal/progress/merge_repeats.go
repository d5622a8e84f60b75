package progress

import (
	"baocao/internal/program"
)

// withoutRepeats blanks the fields of u that the latest record imported
// from a form of the same name, for the same quarter, set to the same
// value, and reports whether anything is left. Forms come back over days
// and the clerk imports the whole folder again each time: without this,
// the old forms' answers would be appended again after any hand correction
// made since, and silently undo it. Only the latest such record counts: an
// agency that sends phieu.xlsx saying "Đang thực hiện", then a corrected
// one saying "Tạm dừng", then "Đang thực hiện" again, has a new answer the
// third time, though the first form said the same (compared with any
// earlier record, it was dropped and the report kept "Tạm dừng"). Whether
// an answer that is not a repeat changes anything is then decided against
// the item's state now (Ledger.Diff).
func withoutRepeats(l *Ledger, u *Update) bool {
	q := program.QuarterOf(u.Date)
	var state, doc, note, hard *Update
	recs := l.ItemUpdates(u.Item)
	for i := range recs {
		rec := &recs[i]
		if rec.Source != u.Source || program.QuarterOf(rec.Date) != q {
			continue
		}
		if rec.State != "" {
			state = rec
		}
		if rec.Document != "" {
			doc = rec
		}
		if rec.Note != "" {
			note = rec
		}
		if rec.Difficulties != "" {
			hard = rec
		}
	}
	if u.State != "" && state != nil && state.State == u.State && state.Completed == u.Completed {
		u.State, u.Completed = "", program.Date{}
	}
	if u.Document != "" && doc != nil && doc.Document == u.Document {
		u.Document = ""
	}
	if u.Note != "" && note != nil && note.Note == u.Note {
		u.Note = ""
	}
	if u.Difficulties != "" && hard != nil && hard.Difficulties == u.Difficulties {
		u.Difficulties = ""
	}
	return u.State != "" || u.Document != "" || u.Note != "" || u.Difficulties != ""
}
