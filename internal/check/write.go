package check

import (
	"bufio"
	"fmt"
	"io"

	"baocao/internal/source"
)

// WriteText prints the report in English (see WriteTextIn).
func (r Report) WriteText(w io.Writer) error { return r.WriteTextIn(w, fmt.Sprintf) }

// WriteTextIn prints the report for office staff: the reconciliation as a
// small table, then each annex row with its findings, then what is not
// placed, each with the line numbers to look at. tr translates and formats
// each line and message (i18n.Printer.Sprintf for the reader's language;
// fmt.Sprintf for English): check does not choose the language.
func (r Report) WriteTextIn(w io.Writer, tr func(format string, args ...any) string) error {
	bw := bufio.NewWriter(w)
	// A line's place inside a Word or PDF file ("page 2, line 9") is in
	// the reader's words too.
	pf := func(format string, args ...any) { bw.WriteString(tr(format, source.WhereArgs(format, args, tr)...)) }
	msg := func(m source.Msg, english string) string {
		if m.Format == "" {
			return english // a report made by hand, as the tests do
		}
		return tr(m.Format, m.Args...)
	}
	if r.Number == "" {
		pf("Check of programme (%s)\n\n", r.Source)
	} else {
		pf("Check of %s (%s)\n\n", r.Number, r.Source)
	}

	rec := r.Reconciliation
	pf("Work items found against the Ghi chú\n")
	pf("  %-26s %8s %6s\n", tr("Kind"), tr("Declared"), tr("Found"))
	for _, l := range rec.Lines {
		declared := fmt.Sprint(l.Declared)
		if l.Declared < 0 {
			declared = "-"
		}
		mark := ""
		if l.Differs() && !rec.Undeclared {
			mark = tr("   differs")
			if l.Declared >= 0 {
				mark = tr("   differs by %+d", l.Found-l.Declared)
			}
		}
		pf("  %-26s %8s %6d%s\n", l.Label, declared, l.Found, mark)
		for _, it := range l.Items {
			pf("      %s %s (%s): %s\n", it.ID, it.Title, r.at(it.Line), msg(it.NoteText, it.Note))
		}
	}
	total := "-"
	if rec.DeclaredTotal != 0 {
		total = fmt.Sprint(rec.DeclaredTotal)
	}
	mark := ""
	if rec.DeclaredTotal != 0 && rec.DeclaredTotal != rec.FoundTotal {
		mark = tr("   differs by %+d", rec.FoundTotal-rec.DeclaredTotal)
	}
	pf("  %-26s %8s %6d%s\n", tr("Total"), total, rec.FoundTotal, mark)
	for _, it := range rec.TotalItems {
		pf("      %s %s (%s): %s\n", it.ID, it.Title, r.at(it.Line), msg(it.NoteText, it.Note))
	}
	if mark != "" {
		pf("  The counts are reported as found; the programme is not changed to match the Ghi chú.\n")
	}
	switch {
	case rec.Undeclared && rec.Note != "":
		pf("  The programme declares no counts: its Ghi chú (%q) states no number, so there is nothing to reconcile; the counts above are what was found.\n", rec.Note)
	case rec.Undeclared:
		pf("  The programme declares no counts: there is no Ghi chú after the annex, so there is nothing to reconcile; the counts above are what was found.\n")
	}

	pf("\nBody tasks against annex rows: %d of %d rows linked to a task\n", r.Linked, r.Rows)
	if r.ProductsByWording {
		pf("  The body marks no product in bold: its products were read from the wording of each task.\n")
	}
	if r.NoBodyTasks {
		pf("  The body names no tasks: the annex is the programme's only list of work, and there is nothing to compare its rows with.\n")
	}
	if len(r.Findings) == 0 {
		pf("  no differences\n")
	}
	for i, f := range r.Findings {
		if i == 0 || r.Findings[i-1].TT != f.TT {
			if f.Task != 0 {
				pf("  Row %s (%s) and task %d (%s): %s\n", f.TT, r.at(f.Line), f.Task, r.at(f.TaskLine), f.RowTitle)
			} else {
				pf("  Row %s (%s): %s\n", f.TT, r.at(f.Line), f.RowTitle)
			}
		}
		pf("    - %s\n", msg(f.Text, f.Message))
	}

	pf("\nNot placed\n")
	if len(r.Unplaced) == 0 {
		pf("  nothing\n")
	}
	for _, u := range r.Unplaced {
		pf("  %s: %s\n", r.at(u.Line), msg(u.Text, u.Message))
	}
	pf("\n%d warning(s) to review; the check never changes the programme.\n", r.Warnings())
	return bw.Flush()
}
