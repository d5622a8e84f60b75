package cli

import (
	"path/filepath"
)

func (a *app) cmdAnnex(args []string) error {
	var c common
	var by string
	var portrait bool
	f := a.flags("baocao annex [FILE] [-o DIR] [--by agency] [--portrait] [--date D]",
		`Write the Danh mục annex of a programme, ready to print and sign:
danh-muc.pdf (official format, A4 landscape, Liberation Serif or the fonts of
the configuration) and danh-muc.xlsx (the table, one row per work item, and
counts with a chart). With --by agency, also one PDF and one workbook per
lead agency holding only its rows, named after the agency
(danh-muc-ban-tuyen-giao-tinh-uy.pdf). Files go to output/<programme>/ unless
-o is given; unchanged files are not rewritten. Without FILE the bundled
programme is used.`,
		"  baocao annex --by agency\n  baocao annex seeds/07-CTr-TU-2021.txt -o /tmp/annex --portrait")
	f.configFlag(&c)
	f.dateFlag(&c)
	f.outputFlags(&c, "output `folder` (default: <paths.output>/<programme>)")
	f.StringVar(&by, "by", "", "also split by `agency`: one file pair per lead agency")
	f.BoolVar(&portrait, "portrait", false, "A4 portrait instead of the configured orientation (landscape by default)")
	f.exitHelp = true
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	file, err := f.atMostOne(pos)
	if err != nil {
		return err
	}
	if by != "" && by != "agency" {
		return usageErrorf("--by %q: the only split is --by agency", by)
	}
	if err := c.checkLogFormat(); err != nil {
		return err
	}
	cfg, err := a.loadConfig(c.configPath)
	if err != nil {
		return err
	}
	in, err := readProgramme(file)
	if err != nil {
		return err
	}
	rep := a.newReporter(&c)
	p, diags, err := parseProgramme(in)
	if err != nil {
		return err
	}
	a.warnDiagnostics(rep, in, diags)
	// The document date: --date when given, else the programme's own date,
	// so the same programme always gives the same bytes.
	var date = p.Date
	if c.date != "" {
		if date, _, err = a.dateAndQuarter(&c); err != nil {
			return err
		}
	}
	st, err := newStyle(cfg)
	if err != nil {
		return err
	}
	docs, err := st.annexDocs(p, annexSpec{date: date, landscape: !portrait && cfg.Page.AnnexOrientation == "landscape", byAgency: by == "agency"})
	if err != nil {
		return withCode(ExitInvalid, err)
	}
	root := cfg.Resolve(cfg.Paths.Output)
	dir := filepath.Join(root, p.Slug())
	if c.outDir != "" {
		root, dir = c.outDir, c.outDir
	}
	l, err := a.lock(root, c.timeout(cfg))
	if err != nil {
		return err
	}
	defer l.Release()
	_, err = a.writeDocs(rep, dir, docs)
	return err
}
