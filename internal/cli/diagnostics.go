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
	keep := func(d source.Diagnostic) bool { return !quiet || d.Severity == source.Error }
	for _, line := range cappedLines(diags, keep) {
		fmt.Fprintln(a.stderr, line)
	}
	if n := diags.Count(source.Error); n > 0 {
		fmt.Fprintf(a.stderr, "%d error(s): nothing written\n", n)
		return silent(ExitInvalid)
	}
	return nil
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
	return fmt.Errorf("no programme could be read")
}

// warnDiagnostics mentions a programme's warnings in one line: a batch run
// over many programmes must stay readable; 'baocao check' lists them.
func (a *app) warnDiagnostics(rep *reporter, in inputFile, diags source.Diagnostics) {
	n := diags.Count(source.Warning)
	if n == 0 {
		return
	}
	how := "'baocao check " + in.name + "' lists them"
	if in.bundled {
		how = "'baocao check' lists them"
	}
	rep.warn(in.name, fmt.Sprintf("%s: %d warning(s); %s", in.name, n, how))
}
