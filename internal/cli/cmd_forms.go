package cli

import (
	"path/filepath"
)

func (a *app) cmdForms(args []string) error {
	var c common
	var ledger string
	f := a.flags("baocao forms [FILE] --quarter Q [--date D] [--ledger F] [-o DIR]",
		`Write one progress form (Excel workbook) per lead agency, listing its
work items with their current status: the agency fills in the status
(drop-down), completion date, document issued and a note; every other cell
is locked. Files are named after the agency (phieu-ban-tuyen-giao-tinh-uy.xlsx)
and go to output/<programme>/<YYYY-Qn>/ unless -o is given. Send them out,
and read the returned ones with 'baocao import'.`,
		"  baocao forms --quarter 2021-Q2\n  baocao forms seeds/07-CTr-TU-2021.txt --quarter 2021-Q3 -o /tmp/forms")
	f.configFlag(&c)
	f.dateFlag(&c)
	f.quarterFlag(&c)
	f.outputFlags(&c, "output `folder` (default: <paths.output>/<programme>/<YYYY-Qn>)")
	f.StringVar(&ledger, "ledger", "", "progress ledger `file` (default: <programme>.progress.toml beside the programme)")
	f.exitHelp = true
	pos, err := f.parse(args)
	if err != nil {
		return err
	}
	file, err := f.atMostOne(pos)
	if err != nil {
		return err
	}
	if err := c.checkLogFormat(); err != nil {
		return err
	}
	cfg, err := a.loadConfig(c.configPath)
	if err != nil {
		return err
	}
	d, q, err := a.dateAndQuarter(&c)
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
	led, err := existingLedger(cfg, in, ledger)
	if err != nil {
		return err
	}
	rv, err := a.review(p, led, cfg, q, d)
	if err != nil {
		return err
	}
	st, err := newStyle(cfg)
	if err != nil {
		return err
	}
	docs, err := st.formDocs(rv)
	if err != nil {
		return withCode(ExitInvalid, err)
	}
	root := cfg.Resolve(cfg.Paths.Output)
	dir := filepath.Join(root, p.Slug(), q.String())
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
