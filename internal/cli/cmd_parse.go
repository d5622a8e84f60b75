package cli

import (
	"encoding/json"
	"fmt"
)

func (a *app) cmdParse(args []string) error {
	var out string
	var quiet bool
	j := a.newJob(args, "baocao parse [FILE] [-o FILE]",
		`Read an action programme and print it as JSON: metadata, parts, areas and
tasks, the annex rows, every work item with its kind, lead agency,
coordinators and deadline, and the counts the Ghi chú declares. Field names
are stable (see internal/program). Problems are printed to stderr as
file:line:col: severity: message; on errors nothing is written and the exit
code is 1. Without FILE the workspace's programme is read, outside a
workspace the bundled one.`,
		"  baocao parse seeds/07-CTr-TU-2021.txt -o /tmp/07.json")
	j.f.StringVar(&out, "o", "", "write the JSON to this `file` (atomically) instead of stdout")
	j.f.BoolVar(&quiet, "q", false, "quiet: do not print warnings")
	p, diags, err := j.parsedAsIs()
	if err != nil {
		return err
	}
	if err := a.printDiagnostics(diags, quiet); err != nil {
		return err
	}
	if p == nil {
		return invalidErrorf("%s: no programme could be read (nothing written)", j.in.name)
	}
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return fmt.Errorf("encoding JSON: %w", err)
	}
	b = append(b, '\n')
	return a.writeTo(out, b)
}
