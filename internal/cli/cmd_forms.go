package cli

func (a *app) cmdForms(args []string) error {
	j := a.newJob(args, "baocao forms [FILE] --quarter Q [--date D] [--ledger F] [-o DIR]",
		`Write one progress form (Excel workbook) per lead agency, listing its
work items with their current status: the agency fills in the status
(drop-down), completion date, document issued and a note; every other cell
is locked. Files are named after the agency (phieu-ban-tuyen-giao-tinh-uy.xlsx)
and go to output/<programme>/<YYYY-Qn>/ unless -o is given. Send them out,
and read the returned ones with 'baocao import'.`,
		"  baocao forms --quarter 2021-Q2\n  baocao forms seeds/07-CTr-TU-2021.txt --quarter 2021-Q3 -o /tmp/forms")
	j.f.configDateQuarterFlags(&j.c)
	j.f.outputFlags(&j.c, "output `folder` (default: <paths.output>/<programme>/<YYYY-Qn>)")
	j.f.ledgerFlag(&j.c)
	if err := j.reviewed(); err != nil {
		return err
	}
	docs, err := j.style.formDocs(j.rv)
	return j.writeQuarter(docs, err)
}
