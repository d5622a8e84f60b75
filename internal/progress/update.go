package progress

import (
	"baocao/internal/program"
	"baocao/internal/source"
)

// Update is one `[[update]]` record of the ledger as a Go value. A zero field
// is a field the record does not set: the latest record that sets a field
// wins for that field (see Ledger).
type Update struct {
	Item         string       // work-item ID from the parser: "04.1"
	Date         program.Date // when the update was recorded (required)
	State        State        // TOML key `status`; "" leaves the state as it was
	Completed    program.Date // required with StateDone, forbidden otherwise
	Document     string       // issued document: "Đề án số 05-ĐA/TU ngày 15-6-2021"
	Note         string
	Difficulties string       // Khó khăn, vướng mắc, đề xuất: what holds the item up and what the agency asks for
	NewDeadline  program.Date // a moved deadline; the programme's one is kept for the record
	Reason       string       // why the deadline moved (required with NewDeadline)
	Source       string       // "import: form-ban-tuyen-giao.xlsx 2021-07-02" for imported records
	Pos          source.Pos   // the record's `[[update]]` line; zero for updates not read from a file
}

// problem is a rule broken by one key of a record. Message is kept for
// translation: the command line prints it in the reader's language.
type problem struct {
	Key     string
	Message source.Msg
}

// problems checks the rules between a record's fields (types and item IDs
// are checked where the record is read). Both the loader and AppendUpdates
// use it, so an appended record can never make the ledger fail to load.
func (u Update) problems() []problem {
	var ps []problem
	if u.Item == "" {
		ps = append(ps, problem{"item", source.Msgf(`missing: every record names its work item, e.g. item = "04.1"`)})
	}
	if u.Date.IsZero() {
		ps = append(ps, problem{"date", source.Msgf("missing: every record says when it was recorded, e.g. date = 2021-05-10")})
	}
	for _, d := range []struct {
		key string
		v   program.Date
	}{{"date", u.Date}, {"completed", u.Completed}, {"new_deadline", u.NewDeadline}} {
		if !d.v.IsZero() && !plausible(d.v) {
			ps = append(ps, problem{d.key, source.Msgf("year %d is outside 1945–2100: expected a date such as 2021-06-15", d.v.Year)})
		}
	}
	if u.State != "" && !u.State.Valid() {
		msg := source.Msgf(`"%s" is not a ledger status: expected one of %s (report statuses such as done_on_time are computed, never written)`, string(u.State), stateList())
		if st, ok := ParseState(string(u.State)); ok {
			msg = source.Msgf(`"%s" is the form's wording: in the ledger write status = "%s"`, string(u.State), string(st))
		}
		ps = append(ps, problem{"status", msg})
	}
	switch {
	case u.State == StateDone && u.Completed.IsZero():
		ps = append(ps, problem{"completed", source.Msgf(`missing: status = "done" needs the completion date, e.g. completed = 2021-06-15`)})
	case u.State != StateDone && !u.Completed.IsZero():
		ps = append(ps, problem{"completed", source.Msgf(`a completion date needs status = "done" in the same record`)})
	case !u.Completed.IsZero() && !u.Date.IsZero() && u.Completed.After(u.Date):
		ps = append(ps, problem{"completed", source.Msgf("%s is after the record's date %s: a completion is recorded on or after the day it happened", u.Completed, u.Date)})
	}
	switch {
	case !u.NewDeadline.IsZero() && u.Reason == "":
		ps = append(ps, problem{"reason", source.Msgf("missing: a new_deadline needs the reason it was moved (and who decided it)")})
	case u.NewDeadline.IsZero() && u.Reason != "":
		ps = append(ps, problem{"reason", source.Msgf("a reason belongs to a new_deadline in the same record")})
	}
	if u.Item != "" && !u.Date.IsZero() && u.State == "" && u.Document == "" && u.Note == "" && u.Difficulties == "" && u.NewDeadline.IsZero() {
		ps = append(ps, problem{"update", source.Msgf("the record sets nothing: expected at least one of status, document, note, difficulties, new_deadline")})
	}
	return ps
}

// plausible rejects years no progress record can carry (a typo such as 0021).
func plausible(d program.Date) bool { return d.Year >= 1945 && d.Year <= 2100 }
