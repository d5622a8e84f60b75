package cli

import (
	"baocao/internal/parse"
	"baocao/internal/source"
)

func (a *app) cmdAnnex(args []string) error {
	var by string
	var portrait bool
	j := a.newJob(args, "baocao annex [FILE] [-o DIR] [--by agency] [--portrait] [--date D]",
		`Write the Danh mục annex of a programme, ready to print and sign:
danh-muc.pdf (official format, A4 landscape, Liberation Serif or the fonts of
the configuration) and danh-muc.xlsx (the table, one row per work item, and
counts with a chart). With --by agency, also one PDF and one workbook per
lead agency holding only its rows, named after the agency
(danh-muc-ban-tuyen-giao-tinh-uy.pdf). Files go to output/<programme>/ unless
-o is given; unchanged files are not rewritten. Without FILE the workspace's
programme is used, outside a workspace the bundled one.`,
		"  baocao annex --by agency\n  baocao annex seeds/07-CTr-TU-2021.txt -o /tmp/annex --portrait")
	j.f.configFlag(&j.c)
	j.f.dateFlag(&j.c)
	j.f.outputFlags(&j.c, "output `folder` (default: <paths.output>/<programme>)")
	j.f.StringVar(&by, "by", "", "also split by `agency`: one file pair per lead agency")
	j.f.BoolVar(&portrait, "portrait", false, "A4 portrait instead of the configured orientation (landscape by default)")
	checkBy := func() error {
		if by != "" && by != "agency" {
			return usageErrorf("--by %q: the only split is --by agency", by)
		}
		return nil
	}
	// The document date: --date when given, else the programme's own date,
	// so the same programme always gives the same bytes.
	dateGiven := func() error {
		if j.c.date == "" {
			j.date = j.p.Date
			return nil
		}
		return j.when()
	}
	if err := do(j.readArgs, checkBy, j.configure, j.loadAsWritten, dateGiven, j.makeStyle); err != nil {
		return err
	}
	landscape := !portrait && j.cfg.Page.AnnexOrientation == "landscape"
	docs, err := j.style.annexDocs(j.p, annexSpec{date: j.date, landscape: landscape, byAgency: by == "agency"})
	return j.write(docs, err, j.p.Slug())
}

// loadAsWritten parses the programme for the annex, which prints every
// cell as written: a deadline the parser could not read, or an empty lead
// agency, costs a warning, not the annex. Only a document with no
// programme at all (no annex table) stops it.
func (j *job) loadAsWritten() error {
	if err := j.read(); err != nil {
		return err
	}
	p, diags := parse.Parse(j.in.name, j.in.data)
	if p == nil {
		return withCode(ExitInvalid, diagError(diags))
	}
	for _, d := range diags {
		if d.Severity == source.Error {
			d.Severity = source.Warning
			j.rep.warnf(j.in.name, "%s (the annex prints the cell as written)", d.String())
		}
	}
	j.a.warnDiagnostics(j.rep, j.in, diags)
	j.a.warnLongCells(j.rep, j.in, p)
	j.p = p
	return nil
}
