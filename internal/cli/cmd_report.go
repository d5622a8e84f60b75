package cli

func (a *app) cmdReport(args []string) error {
	var number string
	j := a.newJob(args, "baocao report [FILE] [--quarter Q] [--date D] [--ledger F] [-o DIR]",
		`Write the quarterly progress report of a programme: bao-cao-<YYYY-Qn>.pdf,
the official Party report (header, results with numbers and a chart, overdue
items, what falls due next quarter, signature, Nơi nhận, an appendix of every
item), bao-cao-<YYYY-Qn>.xlsx (status sheet, summary with formulas,
chart) and bao-cao-<YYYY-Qn>.docx (the report as an editable Word document,
for the office's own wording before signing). Statuses are computed at --date from the progress ledger
(<programme>.progress.toml in theo-doi/ of the workspace, else beside the
programme, or --ledger). The office's own text (Đánh giá chung; Phương
hướng, nhiệm vụ quý tới; Kiến nghị, đề xuất) is read from
<programme>.<YYYY-Qn>.md beside the ledger: the first report writes it with
its headings and the agencies' difficulties, and never overwrites it. The issuer,
signer, recipients and number pattern come from the configuration; the
wording from the templates. Files go to output/<programme>/<YYYY-Qn>/ with
its manifest.json unless -o is given; a folder holding files made for
another --date is replaced with a warning naming them. Without FILE the
workspace's programme is used, outside a workspace the bundled programme and
its sample ledger.`,
		"  baocao report --quarter 2021-Q2 --date 2021-06-30\n  baocao report seeds/07-CTr-TU-2021.txt --ledger /srv/baocao/07.progress.toml --number 15")
	j.f.configDateQuarterFlags(&j.c)
	j.f.outputFlags(&j.c, "output `folder` (default: <paths.output>/<programme>/<YYYY-Qn>)")
	j.f.ledgerFlag(&j.c)
	j.f.StringVar(&number, "number", "", "report `number` put into issuer.report_number, e.g. 15 (default: blank, written by hand)")
	if err := do(j.reviewed, j.readOffice); err != nil {
		return err
	}
	j.style.number = number
	docs, err := j.style.reportDocs(j.rv, j.office.forReport())
	if err := j.writeQuarter(docs, err); err != nil {
		return err
	}
	if err := j.writeSkeleton(); err != nil {
		return err
	}
	j.sayOffice()
	return nil
}
