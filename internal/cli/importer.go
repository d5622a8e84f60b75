package cli

import (
	"context"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/source"
	"baocao/internal/xlsx"
)

// importer collects, form by form, the answers of one import and the
// problems the forms' reader finds, then hands them to the import policy
// (progress.Merge), which decides what becomes a ledger record.
type importer struct {
	current *progress.Ledger
	opts    progress.MergeOptions
	answers []progress.Answer
	diags   source.Diagnostics
	// opened gives a form as the import's identity step opened it, so that
	// each form is opened once (importForms.opened); nil: opened here.
	opened func(name string, data []byte) *xlsx.SentForm
}

// newImporter starts an import into current of forms for quarter q, whose
// records are dated recorded (--date; see progress.MergeOptions), with
// messages formatted by tr.
func newImporter(current *progress.Ledger, q program.Quarter, recorded program.Date, tr func(string, ...any) string) *importer {
	return &importer{current: current, opts: progress.MergeOptions{Quarter: q, Recorded: recorded, Tr: tr}}
}

// form reads one returned form's bytes and keeps its answers.
func (imp *importer) form(ctx context.Context, name string, data []byte, p *program.Programme) {
	open := xlsx.OpenForm
	if imp.opened != nil {
		open = imp.opened
	}
	sf := open(name, data)
	ups, ds := sf.Read(ctx, p, imp.opts.Quarter)
	sf.Close()
	imp.diags = append(imp.diags, ds...)
	for _, fu := range ups {
		imp.answers = append(imp.answers, answerOf(name, fu))
	}
}

// merge applies the import policy to every answer read and adds its
// problems to the forms' ones. The records it returns are only to be
// written when the diagnostics hold no error.
func (imp *importer) merge() ([]progress.Update, error) {
	merged, ds, err := progress.Merge(imp.current, imp.answers, imp.opts)
	imp.diags = append(imp.diags, ds...)
	return merged.Records, err
}

// answerOf is one row of a form as the import policy takes it.
func answerOf(name string, fu xlsx.FormUpdate) progress.Answer {
	a := progress.Answer{Form: name, Item: fu.ItemID, State: fu.State, Document: fu.Document, Note: fu.Note, Difficulties: fu.Difficulties}
	if fu.Completed != nil {
		a.Completed = *fu.Completed
	}
	c := fu.Cells
	a.At = progress.AnswerCells{Item: source.Pos{File: c.ID}, State: source.Pos{File: c.State}, Completed: source.Pos{File: c.Completed},
		Document: source.Pos{File: c.Document}, Note: source.Pos{File: c.Note}, Difficulties: source.Pos{File: c.Difficulties}}
	return a
}
