package cli

import (
	"encoding/json"
	"fmt"

	"baocao/internal/source"
)

func (a *app) cmdParse(args []string) error {
	var out string
	var quiet bool
	j := a.newJob(args, "baocao parse [FILE] [-o FILE]",
		`Read an action programme and print it as JSON: metadata, parts, areas and
tasks, the annex rows, every work item with its kind, lead agency,
coordinators and deadline, and the counts the Ghi chú declares. Field names
are stable (see internal/program). Problems are printed to stderr as
file:line:col: severity: message; on errors the JSON is still written (an
unreadable deadline is "unknown") and the exit code is 1. Without FILE the
workspace's programme is read, outside a workspace the bundled one.`,
		"  baocao parse seeds/07-CTr-TU-2021.txt -o /tmp/07.json")
	j.f.StringVar(&out, "o", "", "write the JSON to this `file` (atomically) instead of stdout")
	j.f.BoolVar(&quiet, "q", false, "quiet: do not print warnings")
	p, diags, err := j.parsedAsIs()
	if err != nil {
		return err
	}
	if p == nil {
		if err := a.printDiagnostics(diags, quiet); err != nil {
			return err
		}
		return invalidErrorf("%s: no programme could be read (nothing written)", j.in.name)
	}
	// One unreadable cell never costs the programme: the JSON is written
	// with that cell marked (a deadline of kind unknown keeps its words),
	// the errors go to stderr and the exit code still says so.
	a.listDiagnostics(diags, quiet)
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding JSON: %w", err)
	}
	b = append(b, '\n')
	if err := a.writeTo(out, b); err != nil {
		return err
	}
	if n := diags.Count(source.Error); n > 0 {
		fmt.Fprintln(a.stderr, a.tr("%d error(s): the JSON is written, what could not be read is marked unknown", n))
		return silent(ExitInvalid)
	}
	return nil
}
