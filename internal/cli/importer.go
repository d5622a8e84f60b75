package cli

import (
	"context"
	"path/filepath"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/source"
	"baocao/internal/xlsx"
)

// importer collects, form by form, the answers of one import that pass the
// import policy, and the problems found.
//
// The records are dated recorded (--date), which defaults to today or, for
// a quarter that has ended, its last day: forms for quý III come back in
// October, and the quý III report (dated 30 September) must count them.
// The comment AppendUpdates writes keeps the real time of the import.
type importer struct {
	current  *progress.Ledger
	q        program.Quarter
	recorded program.Date
	answered map[string]xlsx.FormUpdate // the first answer for each item, to find forms that disagree
	all      []progress.Update
	diags    source.Diagnostics
	tr       func(format string, args ...any) string // the messages' language
	// opened gives a form as the import's identity step opened it, so that
	// each form is opened once (importForms.opened); nil: opened here.
	opened func(name string, data []byte) *xlsx.SentForm
}

func newImporter(current *progress.Ledger, q program.Quarter, recorded program.Date, tr func(string, ...any) string) *importer {
	return &importer{current: current, q: q, recorded: recorded, answered: map[string]xlsx.FormUpdate{}, tr: tr}
}

// form reads one returned form's bytes and adds its answers.
func (imp *importer) form(ctx context.Context, name string, data []byte, p *program.Programme) {
	q, recorded, current := imp.q, imp.recorded, imp.current
	open := xlsx.OpenForm
	if imp.opened != nil {
		open = imp.opened
	}
	sf := open(name, data)
	ups, ds := sf.Read(ctx, p, q)
	sf.Close()
	imp.diags = append(imp.diags, ds...)
	diags := &imp.diags
	for _, fu := range ups {
		if conflicts(diags, imp.answered, fu, imp.tr) {
			continue
		}
		if fu.Completed != nil && fu.Completed.After(recorded) {
			diags.Add(source.Pos{File: fu.Cells.Completed}, source.Error, "form-completed-later", "%s", imp.tr(
				"item %s completed on %s, after %s, the date the import records it on (--date): a form for %s reports what was done by then; put a later completion on the next quarter's form, or import with a later --date",
				fu.ItemID, dmy(*fu.Completed), dmy(recorded), q.Label()))
			continue
		}
		u := fu.Ledger(recorded, "import: "+filepath.Base(name))
		if !withoutRepeats(current, &u) {
			continue
		}
		if newer := laterRecord(current, u, recorded); newer != nil && !newer.Date.After(q.Last()) {
			diags.Add(source.Pos{File: fu.Cells.ID}, source.Error, "form-hidden", "%s", imp.tr(
				"item %s: the ledger already has a record of %s, after %s that --date gives this import's records; dated before it, the form's answer would have no effect on reports after that. Import with --date %s or later",
				u.Item, newer.Date, recorded, newer.Date))
			continue
		}
		if newer := laterRecord(current, u, q.Last()); newer != nil {
			diags.Add(source.Pos{File: fu.Cells.ID}, source.Error, "form-outdated", "%s", imp.tr(
				"item %s: the ledger already has a record of %s, after %s that this form reports on; importing it would undo that record. Send a new form (baocao forms --quarter %s) or edit the ledger by hand",
				u.Item, newer.Date, q, program.QuarterOf(newer.Date)))
			continue
		}
		imp.all = append(imp.all, u)
	}
}
