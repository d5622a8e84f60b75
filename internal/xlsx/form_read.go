package xlsx

import (
	"context"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/source"
)

// Limits for reading a workbook someone sent: a form of a few hundred
// items is tens of kilobytes (the bundled programme's largest is 14 KB,
// 60 KB unzipped; a form of 1,000 items unzips to about 1 MB), so anything
// near these is not a form.
const (
	// MaxFormBytes is the largest form file accepted, checked before it is
	// read (baocao import stats the file first).
	MaxFormBytes = 8 << 20
	// unzipSizeLimit bounds all parts together, uncompressed. Every part is
	// kept in memory (the per-part limit is the same), so a form never
	// costs more than this in unzipped bytes, and excelize writes no
	// temporary files.
	unzipSizeLimit = 8 << 20
)

// formReader checks one returned form and collects its problems.
type formReader struct {
	name  string
	f     *excelize.File
	p     *program.Programme
	diags source.Diagnostics
	ctx   context.Context
	id    *grid      // the identity sheet
	items *grid      // the item sheet
	lay   formLayout // the layout of the form's version
}

// pos names a cell as file!sheet!cell (source.Pos with Line 0 prints File).
func (fr *formReader) pos(sheet, cell string) source.Pos {
	return source.Pos{File: fr.name + "!" + sheet + "!" + cell}
}

func (fr *formReader) errorf(sheet, cell, code, format string, args ...any) {
	fr.diags.Add(fr.pos(sheet, cell), source.Error, code, format, args...)
}

// ReadForm reads a returned agency form for programme p and quarter q. It
// checks every cell: the form's identity (programme, quarter, agency,
// version), each row's read-only cells against the programme (an unknown
// ID, a changed kind, title or due date), the status against the list,
// the completion date, and anything written outside the form. Formulas are
// never evaluated: a formula's text is taken as the cell's text and
// refused where a status or date is expected. It returns one update per
// row with an answer in its editable cells; a cell left as the form was
// sent (prefilled from the ledger) is no answer, and a prefilled status
// cleared is an error. The updates are only to be used when the
// diagnostics hold no error.
//
// The sheets are read as streams, only as far as the form's rows and
// columns go, and every number read from the form is checked against what
// the form can hold, so a small crafted file cannot make it use much memory
// or time.
func ReadForm(name string, data []byte, p *program.Programme, q program.Quarter) (ups []FormUpdate, diags source.Diagnostics) {
	return ReadFormContext(context.Background(), name, data, p, q)
}

// ReadFormContext is ReadForm stopping early, with an error diagnostic,
// once ctx is done (the import was interrupted).
func ReadFormContext(ctx context.Context, name string, data []byte, p *program.Programme, q program.Quarter) (ups []FormUpdate, diags source.Diagnostics) {
	if p == nil {
		return (&SentForm{name: name}).Read(ctx, p, q)
	}
	s := OpenForm(name, data)
	defer s.Close()
	return s.Read(ctx, p, q)
}

// read checks the opened form fr.f.
func (fr *formReader) read(q program.Quarter) (ups []FormUpdate, diags source.Diagnostics) {
	// A crafted file must not bring the import down with it: a panic in
	// the workbook reader becomes an error about this file.
	defer func() {
		if r := recover(); r != nil {
			ups = nil
			diags = append(fr.diags, source.Diagnostic{Pos: source.Pos{File: fr.name}, Severity: source.Error, Code: "form-unreadable",
				Message: fmt.Sprintf("the workbook could not be read (%v): expected the .xlsx form as sent", r)})
		}
	}()
	if err := checkXML(fr.f); err != nil {
		fr.diags.Add(source.Pos{File: fr.name}, source.Error, "form-not-xml",
			"the form is not readable XML (%v): expected the .xlsx form as sent", err)
		return nil, fr.diags
	}
	expected, ok := fr.identity(q)
	if !ok {
		fr.diags.Sort()
		return nil, fr.diags
	}
	ups = fr.rows(expected)
	if fr.ctx.Err() != nil {
		fr.diags.Add(source.Pos{File: fr.name}, source.Error, "form-interrupted", "interrupted before the form was read to its end")
	}
	fr.diags.Sort()
	return ups, fr.diags
}

// formRow is a row the form was written with.
type formRow struct {
	id   string
	due  string     // Excel serial as written, "" for none
	sent *[4]string // the editable cells as prefilled (status, completed, document, note); nil on forms written before baocao kept them
}

// identity checks the hidden identity sheet and returns the rows the form
// was written with, by sheet row number.
func (fr *formReader) identity(q program.Quarter) (map[int]formRow, bool) {
	if idx, _ := fr.f.GetSheetIndex(SheetFormID); idx < 0 {
		fr.diags.Add(source.Pos{File: fr.name}, source.Error, "form-not-baocao",
			"no identity sheet %q: not a form written by baocao forms (or it was copied into another workbook)", SheetFormID)
		return nil, false
	}
	if idx, _ := fr.f.GetSheetIndex(SheetForm); idx < 0 {
		fr.diags.Add(source.Pos{File: fr.name}, source.Error, "form-no-sheet", "no sheet %q: expected the form's item sheet", SheetForm)
		return nil, false
	}
	// The identity sheet has a row per item of the form, and a form has no
	// more items than its programme.
	maxItems := len(fr.p.WorkItems)
	id, err := readGrid(fr.ctx, fr.f, SheetFormID, "", identityFirst-1+maxItems, identityCols)
	if err != nil {
		fr.errorf(SheetFormID, "A1", "form-unreadable", "cannot read the identity sheet: %v", err)
		return nil, false
	}
	fr.id = id
	get := func(cell string) string {
		c, r, _ := excelize.CellNameToCoordinates(cell)
		return id.at(r, c).value
	}
	switch sig, v := get("A1"), get("B1"); {
	case sig == formSignature && v == FormVersion:
		fr.lay = formRows
	case sig == formSignature && v == formVersion1: // sent before the difficulties column and the footer
		fr.lay = formRowsV1
	default:
		fr.errorf(SheetFormID, "A1", "form-version", "form signature %q version %q: expected %q version %s or %s (a form from another baocao version?)",
			sig, v, formSignature, formVersion1, FormVersion)
		return nil, false
	}
	ok := true
	if got := get("B2"); got != fr.p.Number {
		fr.errorf(SheetFormID, "B2", "form-programme", "the form is for programme %q, not %q: send it with that programme", got, fr.p.Number)
		ok = false
	}
	if got := get("B3"); got != q.String() {
		fr.errorf(SheetFormID, "B3", "form-quarter", "the form is for quarter %q, not %s (%s)", got, q, q.Label())
		ok = false
	}
	agency := get("B4")
	leads := false
	for _, it := range fr.p.WorkItems {
		if it.Lead.Key == agency {
			leads = true
			break
		}
	}
	if !leads {
		fr.errorf(SheetFormID, "B4", "form-agency", "agency %q leads no work item of programme %s", agency, fr.p.Number)
		ok = false
	}
	if !ok {
		return nil, false
	}
	items, err := strconv.Atoi(get("B5"))
	if err != nil || items < 1 || items > maxItems {
		fr.errorf(SheetFormID, "B5", "form-identity", "item count %q: expected a number from 1 to %d, the work items of programme %s; the identity sheet was edited",
			shorten(get("B5")), maxItems, fr.p.Number)
		return nil, false
	}
	// Each item row names the item sheet row it describes: one of the
	// form's own rows, each once. An unchecked number here once made import
	// loop over 2^63 rows.
	lastSheetRow := fr.lay.first + items - 1
	prefilled := id.at(identityFirst-1, 4).value != "" // the header row names the prefilled columns
	expected := map[int]formRow{}
	for r := identityFirst; r < identityFirst+items; r++ {
		cell := func(c int) string { return id.at(r, c).value }
		n, err := strconv.Atoi(cell(1))
		if err != nil || n < fr.lay.first || n > lastSheetRow {
			fr.errorf(SheetFormID, ref(1, r), "form-identity", "row number %q: expected a row from %d to %d of sheet %s; the identity sheet was edited",
				shorten(cell(1)), fr.lay.first, lastSheetRow, SheetForm)
			return nil, false
		}
		if _, dup := expected[n]; dup {
			fr.errorf(SheetFormID, ref(1, r), "form-identity", "row %d is listed twice; the identity sheet was edited", n)
			return nil, false
		}
		row := formRow{id: cell(2), due: cell(3)}
		if n, err := strconv.Atoi(row.due); row.due != "" && (err != nil || n < 61 || n > maxSerial) {
			fr.errorf(SheetFormID, ref(3, r), "form-identity", "due date %q: expected a day as Excel numbers them (61 to %d); the identity sheet was edited",
				shorten(row.due), maxSerial)
			return nil, false
		}
		if prefilled {
			var sent [4]string
			for c := range sent {
				sent[c] = cell(4 + c)
			}
			row.sent = &sent
		}
		expected[n] = row
	}
	for _, row := range expected {
		if it := fr.p.WorkItemByID(row.id); it != nil && it.Lead.Key != agency {
			fr.errorf(SheetFormID, "B4", "form-agency", "item %s is led by %s, not by this form's agency", row.id, it.Lead.Name)
			return nil, false
		}
	}
	return expected, true
}

// The identity sheet: its item rows start at identityFirst, below the
// header row, and have seven columns (row, id, due and the four prefilled
// answers).
const (
	identityFirst = 8
	identityCols  = 7
)

// text returns an item sheet cell's text: a formula as its text "=…"
// (never evaluated), otherwise the raw value, NFC, without surrounding
// spaces.
func (fr *formReader) text(sheet, cell string) string {
	c, r, err := excelize.CellNameToCoordinates(cell)
	if err != nil || fr.items == nil {
		return ""
	}
	return fr.items.at(r, c).text()
}

// isFormula reports whether the item sheet cell holds a formula.
func (fr *formReader) isFormula(sheet, cell string) bool {
	c, r, err := excelize.CellNameToCoordinates(cell)
	return err == nil && fr.items != nil && fr.items.at(r, c).formula
}

// rows checks the item sheet row by row.
func (fr *formReader) rows(expected map[int]formRow) []FormUpdate {
	sheet := SheetForm
	lastRow := fr.lay.header
	for r := range expected {
		lastRow = max(lastRow, r)
	}
	part, ok := sheetPart(fr.f, sheet)
	if !ok {
		fr.errorf(sheet, "A1", "form-unreadable", "cannot find the sheet in the workbook")
		return nil
	}
	// The footer's rows are read too: they may hold only the footer's own texts.
	g, err := readGrid(fr.ctx, fr.f, sheet, part, lastRow+fr.lay.footer, fr.lay.cols)
	if err != nil {
		fr.errorf(sheet, "A1", "form-unreadable", "cannot read the sheet: %v", err)
		return nil
	}
	fr.items = g
	for c, h := range formColumns[:fr.lay.cols] {
		if got := fr.text(sheet, ref(c+1, fr.lay.header)); got != h {
			fr.errorf(sheet, ref(c+1, fr.lay.header), "form-edited", "header %q changed to %q: the form's columns must stay as sent", h, got)
		}
	}
	seen := map[string]string{}
	var ups []FormUpdate
	for row := fr.lay.first; row <= lastRow+fr.lay.footer; row++ {
		if fr.ctx.Err() != nil {
			return nil
		}
		if c, ok := g.outside[row]; ok {
			fr.errorf(sheet, ref(c, row), "form-outside", "a value outside the form's columns: write only in columns %s to %s",
				colName(formColState), colName(fr.lay.cols))
		}
		exp, ok := expected[row]
		if !ok {
			for c := 1; c <= fr.lay.cols; c++ {
				if v := g.at(row, c).text(); v != "" && (row <= lastRow || !formFooterText(v)) {
					fr.errorf(sheet, ref(c, row), "form-outside", "row %d is not one of the form's items: do not add rows to the form", row)
					break
				}
			}
			continue
		}
		if up, ok := fr.row(row, exp, seen); ok {
			ups = append(ups, up)
		}
	}
	if g.extra != 0 {
		fr.errorf(sheet, ref(g.extraCol, g.extra), "form-outside", "row %d is not one of the form's items: do not add rows to the form", g.extra)
	}
	return ups
}

// row checks one item row and returns its update when it has one.
func (fr *formReader) row(row int, exp formRow, seen map[string]string) (FormUpdate, bool) {
	sheet := SheetForm
	at := func(c int) string { return ref(c, row) }
	id := fr.text(sheet, at(formColID))
	item := fr.p.WorkItemByID(id)
	switch {
	case fr.isFormula(sheet, at(formColID)):
		fr.errorf(sheet, at(formColID), "form-edited", "a formula %s in the ID cell, which is read-only: expected %s", id, exp.id)
		return FormUpdate{}, false
	case item == nil:
		fr.errorf(sheet, at(formColID), "form-unknown-id", "unknown work item ID %q: programme %s has no such item (the form had %s here)", id, fr.p.Number, exp.id)
		return FormUpdate{}, false
	case id != exp.id:
		fr.errorf(sheet, at(formColID), "form-edited", "ID changed from %s to %s: the read-only columns must stay as sent", exp.id, id)
		return FormUpdate{}, false
	}
	if prev, dup := seen[id]; dup {
		fr.errorf(sheet, at(formColID), "form-duplicate", "item %s appears twice (also at %s)", id, prev)
		return FormUpdate{}, false
	}
	seen[id] = at(formColID)
	readOnly := []struct {
		col  int
		what source.Msg // translated where printed
		want string
	}{
		{formColKind, source.Msgf("kind"), item.Kind.Label()},
		{formColTitle, source.Msgf("title"), item.Title},
		{formColDue, source.Msgf("due date"), exp.due},
	}
	clean := true
	for _, c := range readOnly {
		got := fr.text(sheet, at(c.col))
		if got != norm.NFC.String(c.want) {
			fr.errorf(sheet, at(c.col), "form-edited", "the %s of item %s was changed (%q, expected %q): only columns %s to %s may be edited",
				c.what, id, shorten(got), shorten(fr.display(c.col, c.want)), colName(formColState), colName(fr.lay.cols))
			clean = false
		}
	}
	up := FormUpdate{ItemID: id, Cells: FormCells{
		ID: fr.pos(sheet, at(formColID)).File, State: fr.pos(sheet, at(formColState)).File,
		Completed: fr.pos(sheet, at(formColCompleted)).File, Document: fr.pos(sheet, at(formColDocument)).File,
		Note: fr.pos(sheet, at(formColNote)).File,
	}}
	if fr.lay.cols >= formColDifficulties {
		up.Cells.Difficulties = fr.pos(sheet, at(formColDifficulties)).File
		up.Difficulties = fr.text(sheet, at(formColDifficulties))
	}
	if s := fr.text(sheet, at(formColState)); s != "" {
		st, ok := progress.ParseState(s)
		if !ok || strings.HasPrefix(s, "=") {
			fr.errorf(sheet, at(formColState), "form-status", "%q is not a status in the list: expected one of %s", shorten(s), strings.Join(stateLabels(), ", "))
			clean = false
		}
		up.State = st
	}
	d, dateOK := fr.date(sheet, at(formColCompleted))
	up.Completed = d
	clean = clean && dateOK
	up.Document = fr.text(sheet, at(formColDocument))
	up.Note = fr.text(sheet, at(formColNote))
	if exp.sent != nil {
		clean = fr.leftAsSent(row, id, *exp.sent, &up) && clean
	}
	fr.printable(at(formColDocument), &up.Document)
	fr.printable(at(formColNote), &up.Note)
	fr.printable(at(formColDifficulties), &up.Difficulties)
	for _, c := range []struct {
		col int
		v   string
	}{{formColDocument, up.Document}, {formColNote, up.Note}, {formColDifficulties, up.Difficulties}} {
		if fr.isFormula(sheet, at(c.col)) {
			fr.diags.Add(fr.pos(sheet, at(c.col)), source.Warning, "form-formula",
				"a formula, kept as its text %q and not calculated", shorten(c.v))
		}
	}
	switch {
	case !dateOK: // already reported
	case up.State == progress.StateDone && up.Completed == nil:
		fr.errorf(sheet, at(formColCompleted), "form-completed", "status %q needs the completion date in this cell", progress.StateDone.Label())
		clean = false
	case up.Completed != nil && up.State != progress.StateDone && up.State != "":
		fr.errorf(sheet, at(formColCompleted), "form-completed", "a completion date goes with status %q, not %q", progress.StateDone.Label(), up.State.Label())
		clean = false
	case up.Completed != nil && up.State == "":
		fr.errorf(sheet, at(formColState), "form-completed", "a completion date is given: choose status %q", progress.StateDone.Label())
		clean = false
	}
	if !clean || (up.State == "" && up.Completed == nil && up.Document == "" && up.Note == "" && up.Difficulties == "") {
		return FormUpdate{}, false
	}
	return up, true
}

// printable removes from an answer's text the characters no document can
// print (control characters, U+FEFF; Excel writes them as _xHHHH_ escapes),
// with a warning naming the cell: stored in the ledger, they would stop
// every later report on a missing glyph.
func (fr *formReader) printable(cell string, v *string) {
	clean := program.Printable(*v)
	if clean == *v {
		return
	}
	var removed []string
	n := 0
	seen := map[rune]bool{}
	for _, r := range *v {
		if !program.Unprintable(r) {
			continue
		}
		n++
		if !seen[r] && len(removed) < 8 {
			seen[r] = true
			removed = append(removed, fmt.Sprintf("U+%04X", r))
		}
	}
	if n > 0 {
		fr.diags.Add(fr.pos(SheetForm, cell), source.Warning, "form-control",
			"removed %d character(s) that cannot be printed (%s)", n, strings.Join(removed, " "))
	}
	*v = strings.TrimSpace(clean)
}

// leftAsSent blanks the answers of up whose cells are as the form was sent:
// they repeat what the ledger said then, and importing them (dated at the
// import) would undo any record written since. A status cleared where one
// was prefilled is an error, since the ledger cannot record "no status" and
// ignoring it would keep a state the agency removed; a cleared document or
// note is a warning that the ledger keeps it.
func (fr *formReader) leftAsSent(row int, id string, sent [4]string, up *FormUpdate) bool {
	sheet := SheetForm
	at := func(c int) string { return ref(c, row) }
	state, completed := fr.text(sheet, at(formColState)), fr.text(sheet, at(formColCompleted))
	ok := true
	switch {
	case sent[0] != "" && state == "" && completed == "":
		fr.errorf(sheet, at(formColState), "form-cleared",
			"the status %q of item %s was cleared: choose what the item is now (for example %q to reopen it), or put %q back",
			sent[0], id, progress.StateInProgress.Label(), sent[0])
		ok = false
	case state == sent[0] && completed == sent[1]:
		up.State, up.Completed = "", nil
	case sent[0] == progress.StateDone.Label() && up.State != "" && up.State != progress.StateDone:
		when := sent[1]
		if n, err := strconv.Atoi(when); err == nil && n >= 61 && n <= maxSerial {
			when = dmyText(dateFromSerial(n))
		}
		fr.diags.Add(fr.pos(sheet, at(formColState)), source.Warning, "form-reopened",
			"item %s was %q (%s) and this form reopens it as %q", id, sent[0], when, up.State.Label())
	}
	for _, c := range []struct {
		col  int
		sent string
		v    *string
	}{{formColDocument, sent[2], &up.Document}, {formColNote, sent[3], &up.Note}} {
		switch {
		case *c.v == c.sent:
			*c.v = ""
		case *c.v == "" && c.sent != "":
			fr.diags.Add(fr.pos(sheet, at(c.col)), source.Warning, "form-cleared",
				"the cell was cleared, but the ledger keeps %q for item %s: a form cannot delete it; edit the ledger by hand to remove it", shorten(c.sent), id)
		}
	}
	return ok
}

var (
	dmy = regexp.MustCompile(`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$`)
	ymd = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)
)

// date reads the completion date: a date cell (a whole serial number), or
// text written as 15/06/2021 or 2021-06-15. Blank gives nil, true.
func (fr *formReader) date(sheet, cell string) (*program.Date, bool) {
	s := fr.text(sheet, cell)
	if s == "" {
		return nil, true
	}
	bad := func(why source.Msg) (*program.Date, bool) {
		fr.errorf(sheet, cell, "form-date", "%q is not a date%s: expected a date such as 15/06/2021", shorten(s), why)
		return nil, false
	}
	if strings.HasPrefix(s, "=") {
		return bad(source.Msgf(" (formulas are not calculated)"))
	}
	var d program.Date
	c, r, _ := excelize.CellNameToCoordinates(cell)
	switch {
	case fr.items.at(r, c).numeric():
		v, err := strconv.ParseFloat(s, 64)
		if err != nil {
			if m := dmy.FindStringSubmatch(s); m != nil {
				d = program.Date{Year: atoi(m[3]), Month: monthOf(m[2]), Day: atoi(m[1])}
				break
			}
			if m := ymd.FindStringSubmatch(s); m != nil {
				d = program.Date{Year: atoi(m[1]), Month: monthOf(m[2]), Day: atoi(m[3])}
				break
			}
			return bad(source.Msg{})
		}
		if v != math.Trunc(v) || v < 61 || v > maxSerial {
			return bad(source.Msgf(" (a number, not a day)"))
		}
		d = dateFromSerial(int(v))
	default:
		if m := dmy.FindStringSubmatch(s); m != nil {
			d = program.Date{Year: atoi(m[3]), Month: monthOf(m[2]), Day: atoi(m[1])}
		} else if m := ymd.FindStringSubmatch(s); m != nil {
			d = program.Date{Year: atoi(m[1]), Month: monthOf(m[2]), Day: atoi(m[3])}
		} else {
			return bad(source.Msg{})
		}
	}
	if !d.Valid() {
		return bad(source.Msgf(" (no such day)"))
	}
	if d.Year < 1945 || d.Year > 2100 {
		return bad(source.Msgf(" (year outside 1945–2100)"))
	}
	if from := earliestCompletion(fr.p); d.Before(from) {
		fr.errorf(sheet, cell, "form-date", "%q is before %s, the earliest completion date the form accepts for programme %s: check the year",
			dmyText(d), dmyText(from), fr.p.Number)
		return nil, false
	}
	return &d, true
}

// display shows an expected value as a person reads it: a serial as a date.
func (fr *formReader) display(col int, v string) string {
	if col == formColDue && v != "" {
		if n, err := strconv.Atoi(v); err == nil && n >= 61 && n <= maxSerial {
			d := dateFromSerial(n)
			return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year)
		}
	}
	return v
}

// dmyText writes a date as the form shows it, 15/06/2021.
func dmyText(d program.Date) string {
	return fmt.Sprintf("%02d/%02d/%d", d.Day, int(d.Month), d.Year)
}

// maxSerial is the Excel serial of 31/12/9999, the last day Excel has.
const maxSerial = 2958465

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func monthOf(s string) time.Month { return time.Month(atoi(s)) }

// shorten keeps messages readable when a cell holds a long text.
func shorten(s string) string {
	r := []rune(s)
	if len(r) > 60 {
		return string(r[:57]) + "…"
	}
	return s
}
