package cli

import (
	"path/filepath"
)

func (a *app) cmdReport(args []string) error {
	var c common
	var ledger, number string
	f := a.flags("baocao report [FILE] [--quarter Q] [--date D] [--ledger F] [-o DIR]",
		`Write the quarterly progress report of a programme: bao-cao-<YYYY-Qn>.pdf,
the official Party report (header, results with numbers and a chart, overdue
items, what falls due next quarter, signature, Nơi nhận, an appendix of every
item), and bao-cao-<YYYY-Qn>.xlsx (status sheet, summary with formulas,
chart). Statuses are computed at --date from the progress ledger
(<programme>.progress.toml beside the programme, or --ledger). The issuer,
signer, recipients and number pattern come from the configuration; the
wording from the templates. Files go to output/<programme>/ unless -o is
given. Without FILE the bundled programme and its sample ledger are used.`,
		"  baocao report --quarter 2021-Q2 --date 2021-06-30\n  baocao report seeds/07-CTr-TU-2021.txt --ledger /srv/baocao/07.progress.toml --number 15")
	f.configFlag(&c)
	f.dateFlag(&c)
	f.quarterFlag(&c)
	f.outputFlags(&c, "output `folder` (default: <paths.output>/<programme>)")
	f.StringVar(&ledger, "ledger", "", "progress ledger `file` (default: <programme>.progress.toml beside the programme)")
	f.StringVar(&number, "number", "", "report `number` put into issuer.report_number, e.g. 15 (default: blank, written by hand)")
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
	st.number = number
	docs, err := st.reportDocs(rv)
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
