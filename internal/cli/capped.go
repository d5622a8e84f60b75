package cli

import (
	"errors"
	"strings"

	"baocao/internal/i18n"
	"baocao/internal/source"
)

// cappedLinesIn are the lines of the diagnostics keep selects, in p's
// language (English when p is nil), at most maxShownPerFile for each file,
// the rest of a file's said in one line "FILE: … and N more". A crafted
// form once printed 211,422 lines; no one reads past the first screen, and
// a cron mail of that size is lost. A form's cells ("x.xlsx!sheet!A1")
// count as one file.
func cappedLinesIn(p *i18n.Printer, diags source.Diagnostics, keep func(source.Diagnostic) bool) []string {
	items := cappedItems(diags, keep)
	lines := make([]string, len(items))
	for i, e := range items {
		lines[i] = localize(p, e)
	}
	return lines
}

// cappedItems are cappedLines as errors, the "… and N more" ones
// translatable (trError) where printed.
func cappedItems(diags source.Diagnostics, keep func(source.Diagnostic) bool) []error {
	var lines []error
	shown := map[string]int{}
	more := map[string]int{}
	var order []string
	for _, d := range diags {
		if keep != nil && !keep(d) {
			continue
		}
		file, _, _ := strings.Cut(d.Pos.File, "!")
		if _, seen := shown[file]; !seen {
			order = append(order, file)
		}
		if shown[file] >= maxShownPerFile {
			more[file]++
			continue
		}
		shown[file]++
		lines = append(lines, diagLine{d})
	}
	for _, f := range order {
		if n := more[f]; n > 0 {
			lines = append(lines, trErrorf("%s: … and %d more", f, n))
		}
	}
	return lines
}

// diagLine is a diagnostic as an error: its English line, translated by
// localize where it is printed.
type diagLine struct{ d source.Diagnostic }

func (l diagLine) Error() string { return l.d.String() }

func (l diagLine) in(p *i18n.Printer) string { return l.d.Translated(p.Sprintf) }

// errorsOnly keeps the error diagnostics.
func errorsOnly(d source.Diagnostic) bool { return d.Severity == source.Error }

// cappedError is diags' errors as one error, capped per file.
func cappedError(diags source.Diagnostics) error {
	if !diags.HasErrors() {
		return nil
	}
	return errors.Join(cappedItems(diags, errorsOnly)...)
}
