package progress

import (
	"fmt"

	"baocao/internal/program"
)

// EarlierQuarterError refuses forms of a quarter before the latest one
// whose forms have been sent: an agency that fills in last quarter's form
// after the new one went out describes the items as they stood then, and
// its answers, dated now, would undo what the new quarter's forms and
// records say. The command line words it for the clerk (which forms, which
// agency, what to do).
type EarlierQuarterError struct {
	Quarter program.Quarter // the forms' quarter
	Sent    program.Quarter // the later quarter whose forms have been sent
}

func (e *EarlierQuarterError) Error() string {
	return fmt.Sprintf("forms for %s, an earlier quarter: the forms for %s have been sent since", e.Quarter, e.Sent)
}

// Refused returns an *EarlierQuarterError when o.Quarter is before o.Sent,
// else nil. Merge checks it first; the command line asks it before it
// locks and reads the ledger, so old forms are refused before anything else
// is looked at.
func (o MergeOptions) Refused() error {
	if o.Sent == (program.Quarter{}) || !o.Sent.First().After(o.Quarter.Last()) {
		return nil
	}
	return &EarlierQuarterError{Quarter: o.Quarter, Sent: o.Sent}
}
