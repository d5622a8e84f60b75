package cli

import (
	"errors"
	"io"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/source"
)

// errNotImplemented marks a step whose package has not landed yet.
var errNotImplemented = errors.New("not implemented yet: the package this step needs is not part of this build")

// reportDocs renders bao-cao-<quarter>.pdf and .xlsx.
func (s *style) reportDocs(rv *progress.Review) ([]document, error) {
	return nil, withCode(ExitUsage, errNotImplemented)
}

// formDocs renders one progress form per lead agency.
func (s *style) formDocs(rv *progress.Review) ([]document, error) {
	return nil, withCode(ExitUsage, errNotImplemented)
}

// checkReport writes the reconciliation and consistency findings.
func checkReport(w io.Writer, p *program.Programme) error {
	return withCode(ExitUsage, errNotImplemented)
}

// readForm reads one returned form.
func readForm(name string, data []byte, p *program.Programme, q program.Quarter) ([]progress.Update, source.Diagnostics) {
	var d source.Diagnostics
	d.Add(source.Pos{File: name}, source.Error, "not-implemented", "%v", errNotImplemented)
	return nil, d
}
