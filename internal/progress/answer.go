package progress

import (
	"baocao/internal/program"
	"baocao/internal/source"
)

// Answer is what one row of a returned agency form says about one work
// item, as the import policy (Merge) sees it. A blank field is a cell left
// blank or as the form was sent. The form's reader (xlsx) fills it; progress
// knows nothing of workbooks, so the command line converts between the two.
type Answer struct {
	Form         string       // the form's file name as given; the record's source names its base name
	Item         string       // work-item ID: "04.1"
	State        State        // the ledger's vocabulary; "" when blank
	Completed    program.Date // with StateDone; zero when blank
	Document     string
	Note         string
	Difficulties string // Khó khăn, vướng mắc, đề xuất; forms of version 1 have none
	At           AnswerCells
}

// AnswerCells are where each value of an Answer was read, for the
// diagnostics that name it (a form's cell is Pos{File: "x.xlsx!Phần việc!E7"}).
type AnswerCells struct {
	Item, State, Completed, Document, Note, Difficulties source.Pos
}
