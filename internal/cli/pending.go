package cli

import (
	"errors"
	"io"

	"baocao/internal/program"
)

// errNotImplemented marks a step whose package has not landed yet.
var errNotImplemented = errors.New("not implemented yet: the package this step needs is not part of this build")

// checkReport writes the reconciliation and consistency findings.
func checkReport(w io.Writer, p *program.Programme) error {
	return withCode(ExitUsage, errNotImplemented)
}
