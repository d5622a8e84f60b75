package cli

import (
	"fmt"

	"baocao/internal/source"
)

func (a *app) cmdCheck(args []string) error {
	j := a.newJob(args, "baocao check [FILE]",
		`Read an action programme and print what a careful reader would want to
know: every problem found (file:line:col: severity: message), the work items
counted per kind against the counts the closing Ghi chú declares (with the
items behind any difference), and every disagreement between a body task
and its annex row (deadline, lead agency, coordinators, wording). Exit code
1 when there are errors, 0 when there are only warnings. Without FILE the
workspace's programme is checked, outside a workspace the bundled one.`,
		"  baocao check\n  baocao check seeds/07-CTr-TU-2021.txt")
	p, diags, err := j.parsedAsIs()
	if err != nil {
		return err
	}
	for _, line := range cappedLinesIn(a.lang(), diags, nil) {
		fmt.Fprintln(a.stdout, line)
	}
	if p != nil {
		if len(diags) > 0 {
			fmt.Fprintln(a.stdout)
		}
		if err := a.checkReport(a.stdout, p); err != nil {
			return err
		}
	}
	if n := diags.Count(source.Error); n > 0 || p == nil {
		fmt.Fprintln(a.stderr, a.tr("%s: %d error(s), %d warning(s)", j.in.name, n, diags.Count(source.Warning)))
		return silent(ExitInvalid)
	}
	return nil
}
