package cli

import (
	"fmt"

	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/internal/source"
)

// printDiagnostics prints warnings (unless quiet) and errors to stderr, and
// returns an ExitInvalid error when there are errors.
func (a *app) printDiagnostics(diags source.Diagnostics, quiet bool) error {
	a.listDiagnostics(diags, quiet)
	if n := diags.Count(source.Error); n > 0 {
		fmt.Fprintln(a.stderr, a.tr("%d error(s): nothing written", n))
		return silent(ExitInvalid)
	}
	return nil
}

// listDiagnostics prints warnings (unless quiet) and errors to stderr,
// capped per file so one bad file cannot flood the terminal or a cron mail.
func (a *app) listDiagnostics(diags source.Diagnostics, quiet bool) {
	keep := func(d source.Diagnostic) bool { return !quiet || d.Severity == source.Error }
	for _, line := range cappedLinesIn(a.lang(), diags, keep) {
		fmt.Fprintln(a.stderr, line)
	}
}

// parseProgramme parses and turns errors into one ExitInvalid error listing them.
func parseProgramme(in inputFile) (*program.Programme, source.Diagnostics, error) {
	p, diags := parse.Parse(in.name, in.data)
	if diags.HasErrors() || p == nil {
		return nil, diags, withCode(ExitInvalid, diagError(diags))
	}
	return p, diags, nil
}

// diagError lists the error diagnostics, one a line, capped per file.
func diagError(diags source.Diagnostics) error {
	if err := cappedError(diags); err != nil {
		return err
	}
	return trErrorf("no programme could be read")
}

// warnDiagnostics mentions a programme's warnings in one line: a batch run
// over many programmes must stay readable; 'baocao check' lists them.
func (a *app) warnDiagnostics(rep *reporter, in inputFile, diags source.Diagnostics) {
	n := diags.Count(source.Warning)
	if n == 0 {
		return
	}
	check := "baocao check " + in.name
	if in.bundled {
		check = "baocao check"
	}
	rep.warnf(in.name, "%s: %d warning(s); '%s' lists them", in.name, n, check)
}
