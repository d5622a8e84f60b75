package xlsx

import (
	"baocao/internal/program"
	"baocao/internal/progress"
)

// FormUpdate is what one row of a returned form reports. Empty fields were
// left blank. Cells says where each value came from, in the
// "file!sheet!cell" form diagnostics use.
type FormUpdate struct {
	ItemID    string
	State     progress.State // the ledger's vocabulary (the form's drop-down); "" when blank
	Completed *program.Date
	Document  string
	Note      string
	// Difficulties is the "Khó khăn, vướng mắc, đề xuất" cell; forms of
	// version 1 have none.
	Difficulties string
	Cells        FormCells
}

// FormCells are the positions of a row's values: "x.xlsx!Phần việc!E7".
type FormCells struct {
	ID, State, Completed, Document, Note, Difficulties string
}

// Ledger turns the row into a ledger record dated recorded, with source
// naming where it came from ("import: form-ban-tuyen-giao.xlsx"). Blank
// cells stay unset; progress.Ledger.Diff drops records that change nothing.
func (u FormUpdate) Ledger(recorded program.Date, source string) progress.Update {
	up := progress.Update{Item: u.ItemID, Date: recorded, State: u.State, Document: u.Document, Note: u.Note, Difficulties: u.Difficulties, Source: source}
	if u.Completed != nil {
		up.Completed = *u.Completed
	}
	return up
}
