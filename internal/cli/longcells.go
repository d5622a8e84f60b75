package cli

import (
	"unicode/utf8"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// maxCellChars is the most characters a workbook cell holds (Excel's
// limit; excelize cuts longer text to it without a word).
const maxCellChars = 32767

// warnLongCells warns about the programme texts the workbooks would show
// cut: an annex row's or work item's title, the programme's title lines.
func (a *app) warnLongCells(rep *reporter, in inputFile, p *program.Programme) {
	// what names the cell; it is translated only for a cell that is too
	// long, not for each of the thousands of rows.
	long := func(line int, what func() string, s string) {
		if n := utf8.RuneCountInString(s); n > maxCellChars {
			rep.warnf(in.name, "%s:%d: warning: %s has %d characters; a workbook cell holds at most %d: the workbooks show it cut",
				in.name, line, what(), n, maxCellChars)
		}
	}
	for _, t := range p.Title {
		long(0, func() string { return a.tr("the programme's title") }, t)
	}
	for _, r := range p.Annex.Rows {
		long(r.Line, func() string { return a.tr("the title of annex row %s", r.TT) }, r.Title)
	}
	for _, w := range p.WorkItems {
		long(w.Line, func() string { return a.tr("the title of work item %s", w.ID) }, w.Title)
	}
}

// warnLongNotes warns about ledger texts the report workbook and the forms
// would show cut.
func (a *app) warnLongNotes(rep *reporter, ledger string, rv *progress.Review) {
	for _, is := range rv.Items {
		for _, f := range []struct {
			what func() string
			s    string
		}{{func() string { return a.tr("note") }, is.Note}, {func() string { return a.tr("document") }, is.Document}} {
			if n := utf8.RuneCountInString(f.s); n > maxCellChars {
				rep.warnf(ledger, "%s: warning: the %s of item %s has %d characters; a workbook cell holds at most %d: the workbooks show it cut",
					ledger, f.what(), is.Item.ID, n, maxCellChars)
			}
		}
	}
}
