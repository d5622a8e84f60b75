package cli

import (
	"fmt"

	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/internal/xlsx"
)

// conflicts reports, at the later cell, each answer of fu that differs from
// an earlier form's answer for the same item in the same import, and
// records fu's answers otherwise. Without it the form named last on the
// command line (the shell's sort order) would silently win.
func conflicts(diags *source.Diagnostics, answered map[string]xlsx.FormUpdate, fu xlsx.FormUpdate, tr func(string, ...any) string) bool {
	prev, seen := answered[fu.ItemID]
	if !seen {
		answered[fu.ItemID] = fu
		return false
	}
	found := false
	differ := func(cell, prevCell, v, pv string) {
		if v == "" || pv == "" || v == pv {
			return
		}
		diags.Add(source.Pos{File: cell}, source.Error, "form-conflict", "%s",
			tr("item %s: this form says %q, but %s says %q: import only the right one of the two forms", fu.ItemID, v, prevCell, pv))
		found = true
	}
	differ(fu.Cells.State, prev.Cells.State, stateText(fu), stateText(prev))
	differ(fu.Cells.Document, prev.Cells.Document, fu.Document, prev.Document)
	differ(fu.Cells.Note, prev.Cells.Note, fu.Note, prev.Note)
	differ(fu.Cells.Difficulties, prev.Cells.Difficulties, fu.Difficulties, prev.Difficulties)
	// Keep what the earlier forms said and add what this one says besides.
	if prev.State == "" {
		prev.State, prev.Completed, prev.Cells.State, prev.Cells.Completed = fu.State, fu.Completed, fu.Cells.State, fu.Cells.Completed
	}
	if prev.Document == "" {
		prev.Document, prev.Cells.Document = fu.Document, fu.Cells.Document
	}
	if prev.Note == "" {
		prev.Note, prev.Cells.Note = fu.Note, fu.Cells.Note
	}
	if prev.Difficulties == "" {
		prev.Difficulties, prev.Cells.Difficulties = fu.Difficulties, fu.Cells.Difficulties
	}
	answered[fu.ItemID] = prev
	return found
}

// stateText is a row's status with its completion date, as compared.
func stateText(fu xlsx.FormUpdate) string {
	if fu.State == "" {
		return ""
	}
	if fu.Completed != nil {
		return fmt.Sprintf("%s %s", fu.State.Label(), dmy(*fu.Completed))
	}
	return fu.State.Label()
}

// dmy writes a date as the forms show it, 15/06/2021.
func dmy(d program.Date) string {
	return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year)
}
