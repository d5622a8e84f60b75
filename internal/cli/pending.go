package cli

import (
	"errors"

	"baocao/internal/progress"
)

// errNotImplemented marks a step whose renderer has not landed yet.
var errNotImplemented = errors.New("not implemented yet: the renderer this command needs is not part of this build")

// reportDocs renders bao-cao-<quarter>.pdf and .xlsx.
func (s *style) reportDocs(rv *progress.Review) ([]document, error) {
	return nil, withCode(ExitUsage, errNotImplemented)
}

// formDocs renders one progress form per lead agency.
func (s *style) formDocs(rv *progress.Review) ([]document, error) {
	return nil, withCode(ExitUsage, errNotImplemented)
}

func (a *app) cmdCheck(args []string) error  { return withCode(ExitUsage, errNotImplemented) }
func (a *app) cmdGen(args []string) error    { return withCode(ExitUsage, errNotImplemented) }
func (a *app) cmdReport(args []string) error { return withCode(ExitUsage, errNotImplemented) }
func (a *app) cmdForms(args []string) error  { return withCode(ExitUsage, errNotImplemented) }
func (a *app) cmdImport(args []string) error { return withCode(ExitUsage, errNotImplemented) }
