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
	long := func(line int, what, s string) {
		if n := utf8.RuneCountInString(s); n > maxCellChars {
			rep.warn(in.name, a.tr("%s:%d: warning: %s has %d characters; a workbook cell holds at most %d: the workbooks show it cut",
				in.name, line, what, n, maxCellChars))
		}
	}
	for _, t := range p.Title {
		long(0, a.tr("the programme's title"), t)
	}
	for _, r := range p.Annex.Rows {
		long(r.Line, a.tr("the title of annex row %s", r.TT), r.Title)
	}
	for _, w := range p.WorkItems {
		long(w.Line, a.tr("the title of work item %s", w.ID), w.Title)
	}
}

// warnLongNotes warns about ledger texts the report workbook and the forms
// would show cut.
func (a *app) warnLongNotes(rep *reporter, ledger string, rv *progress.Review) {
	for _, is := range rv.Items {
		for _, f := range []struct{ what, s string }{{a.tr("note"), is.Note}, {a.tr("document"), is.Document}} {
			if n := utf8.RuneCountInString(f.s); n > maxCellChars {
				rep.warn(ledger, a.tr("%s: warning: the %s of item %s has %d characters; a workbook cell holds at most %d: the workbooks show it cut",
					ledger, f.what, is.Item.ID, n, maxCellChars))
			}
		}
	}
}
