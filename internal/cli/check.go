package cli

import (
	"io"

	"baocao/internal/check"
	"baocao/internal/program"
)

// checkReport writes the Ghi chú reconciliation and the body/annex
// consistency findings in the reader's language; they are warnings and
// never change the exit code.
func (a *app) checkReport(w io.Writer, p *program.Programme) error {
	return check.Check(p).WriteTextIn(w, a.tr)
}
