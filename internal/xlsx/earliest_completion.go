package xlsx

import "baocao/internal/program"

// earliestCompletion is the first completion date a form accepts: 1
// January of the year before the programme (work prepared ahead of it),
// both in the form's date validation and when ReadForm reads it back.
func earliestCompletion(p *program.Programme) program.Date {
	return program.Date{Year: max(p.Date.Year-1, 1945), Month: 1, Day: 1}
}
