package xlsx

import (
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// Sheet names and identity of an agency form.
const (
	SheetForm     = "Phần việc" // the visible sheet an agency fills in
	SheetFormID   = "Mã phiếu"  // the very hidden identity sheet
	FormVersion   = "2"         // bumped when the layout changes; ReadForm reads this and formVersion1
	formSignature = "baocao-form"
)

// FormOptions shape an agency form.
type FormOptions struct {
	Date     program.Date // document properties date; zero: the review's report date
	Author   string       // zero: the programme's issuer
	Password string       // sheet protection password; empty: protected without one
	Font     Font         // zero: Times New Roman 12
	Margins  Margins      // zero: 20/20/30/15 mm
	ReturnBy program.Date // the day the form is due back; zero: ReturnDays after the quarter
	Contact  FormContact  // the office that receives the form; empty parts are not printed
}

// ReturnDays is the default time to return a form: the 5th day after the
// quarter ends (5 October for the third quarter).
const ReturnDays = 5

// FormContact is the office a returned form goes to and whom to call.
type FormContact struct {
	Office, Person, Phone, Email string
}

// returnBy is the form's return deadline.
func (o FormOptions) returnBy(q program.Quarter) program.Date {
	if !o.ReturnBy.IsZero() {
		return o.ReturnBy
	}
	return q.Last().AddDays(ReturnDays)
}

// The form's columns: four read-only, five editable. Forms of version 1
// had the first eight.
var formColumns = []string{"ID", "Loại", "Tên phần việc", "Hạn hoàn thành", "Tình trạng", "Ngày hoàn thành", "Văn bản ban hành", "Ghi chú",
	"Khó khăn, vướng mắc, đề xuất"}

// formWidths in characters (8 px each at 12 pt); Loại holds "Chương trình" on one line.
var formWidths = []float64{6, 12, 28, 11, 15, 11, 17, 16, 19}

const (
	formColID = iota + 1
	formColKind
	formColTitle
	formColDue
	formColState
	formColCompleted
	formColDocument
	formColNote
	formColDifficulties
)

// formLayout places the form's rows and columns: the header row, the first
// item row, the columns, and the rows of notes and signatures below the
// last item (where ReadForm accepts only the footer's own texts).
type formLayout struct{ header, first, cols, footer int }

var (
	formRows = formLayout{header: 6, first: 7, cols: len(formColumns), footer: formFooterSpan}
	// formRowsV1 is the layout of version 1 forms, which can still be returned.
	formRowsV1 = formLayout{header: 5, first: 6, cols: formColNote}
)

const formVersion1 = "1"

// stateLabels are the form's drop-down choices: the ledger's vocabulary
// (what an agency can report), not the computed report statuses.
func stateLabels() []string {
	ls := make([]string, len(progress.States))
	for i, s := range progress.States {
		ls[i] = s.Label()
	}
	return ls
}

// FormAgencies lists the lead agencies of the review's items, each once,
// in Vietnamese alphabetical order: one form each.
func FormAgencies(r *progress.Review) []program.Agency {
	seen := map[string]bool{}
	var out []program.Agency
	for _, is := range r.Items {
		if a := is.Item.Lead; !seen[a.Key] {
			seen[a.Key] = true
			out = append(out, a)
		}
	}
	sortVietnamese(out, func(a program.Agency) string { return a.Name })
	return out
}

// Form writes the workbook one lead agency fills in: its items with the
// read-only columns (ID, kind, title, due) locked and the editable ones
// (status drop-down, completion date with date validation, document,
// note) unlocked and shaded, the sheet and workbook protected, and a very
// hidden sheet naming the programme, quarter, agency and form version so
// ReadForm can check a returned form. Editable cells start with what the
// review knows.
func Form(w io.Writer, r *progress.Review, agencyKey string, o FormOptions) error {
	if r == nil || r.Programme == nil {
		return fmt.Errorf("agency form: no review or no programme")
	}
	var items []progress.ItemStatus
	for _, is := range r.Items {
		if is.Item.Lead.Key == agencyKey {
			items = append(items, is)
		}
	}
	if len(items) == 0 {
		return fmt.Errorf("agency form: no work item is led by the agency %q", agencyKey)
	}
	o.Font = o.Font.orDefault()
	o.Margins = o.Margins.orDefault() // the same page either way; one template key
	if o.Date.IsZero() {
		o.Date = r.Date
	}
	p := r.Programme
	if o.Author == "" {
		o.Author = p.Issuer
	}
	return writeForm(w, &formData{r: r, agency: items[0].Item.Lead, items: items, o: o})
}

// formData is everything one agency's form shows.
type formData struct {
	r      *progress.Review
	agency program.Agency
	items  []progress.ItemStatus
	o      FormOptions // with defaults filled in
}

// title is the form's document title (File > Properties).
func (fd *formData) title() string {
	p := fd.r.Programme
	return fmt.Sprintf("Phiếu cập nhật tiến độ %s số %s %s – %s", p.Type, p.Number, fd.r.Quarter.Label(), fd.agency.Name)
}

// formParts renders a form with excelize: every part of the workbook,
// uncompressed, and the cell styles it was written with.
func formParts(fd *formData) (map[string][]byte, *styleSet, error) {
	f, st, err := newWorkbook(fd.o.Font, SheetForm)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if err := writeFormIdentity(f, fd.r, fd.agency, fd.items, fd.o); err != nil {
		return nil, nil, err
	}
	if err := writeFormSheet(f, st, fd.r, fd.agency, fd.items, fd.o); err != nil {
		return nil, nil, fmt.Errorf("agency form, sheet %s: %w", SheetForm, err)
	}
	// The structure lock keeps the identity sheet from being unhidden. It
	// carries no password: excelize hashes a workbook password with a random
	// salt, which would make two runs differ (the sheets' legacy password
	// hash is repeatable). ReadForm checks the identity cells anyway.
	if err := f.ProtectWorkbook(&excelize.WorkbookProtectionOptions{LockStructure: true}); err != nil {
		return nil, nil, err
	}
	p := fd.r.Programme
	if err := (docProps{Title: fd.title(), Subject: p.Subject, Author: fd.o.Author, Date: fd.o.Date}).apply(f); err != nil {
		return nil, nil, err
	}
	parts, err := collectParts(f)
	return parts, st, err
}

// writeFormIdentity writes the very hidden identity sheet: what the form
// is for, and per row the item ID and the due date it showed (a moved
// deadline is not in the programme, so ReadForm compares with this copy),
// and what its editable cells were prefilled with: ReadForm takes a cell
// left as sent as no answer, so a record the office wrote by hand after
// sending the form is not undone by the form's stale copy of it.
func writeFormIdentity(f *excelize.File, r *progress.Review, agency program.Agency, items []progress.ItemStatus, o FormOptions) error {
	if _, err := f.NewSheet(SheetFormID); err != nil {
		return err
	}
	for _, row := range formIdentityRows(r, agency, items) {
		if err := f.SetSheetRow(SheetFormID, ref(1, row.n), &row.cells); err != nil {
			return err
		}
	}
	if err := f.ProtectSheet(SheetFormID, &excelize.SheetProtectionOptions{Password: o.Password}); err != nil {
		return err
	}
	return f.SetSheetVisible(SheetFormID, false, true)
}

// identityRow is one row of the identity sheet: its number and cells
// (strings, whole numbers, or nil for no value).
type identityRow struct {
	n     int
	cells []any
}

// formIdentityRows are the identity sheet's rows.
func formIdentityRows(r *progress.Review, agency program.Agency, items []progress.ItemStatus) []identityRow {
	cells := [][2]string{
		{formSignature, FormVersion},
		{"programme", r.Programme.Number},
		{"quarter", r.Quarter.String()},
		{"agency", agency.Key},
		{"items", fmt.Sprint(len(items))},
	}
	rows := make([]identityRow, 0, len(cells)+1+len(items))
	for i, c := range cells {
		rows = append(rows, identityRow{i + 1, []any{c[0], c[1]}})
	}
	rows = append(rows, identityRow{7, []any{"row", "id", "due", "status", "completed", "document", "note"}})
	for i, is := range items {
		var due any
		if is.Due != nil {
			due = excelSerial(*is.Due)
		}
		var completed any
		if is.Completed != nil && !is.Completed.IsZero() {
			completed = excelSerial(*is.Completed)
		}
		texts := formRowTexts(is)
		rows = append(rows, identityRow{8 + i, []any{formRows.first + i, is.Item.ID, due, texts[4], completed, texts[6], texts[7]}})
	}
	return rows
}

// writeFormSheet writes the visible sheet.
func writeFormSheet(f *excelize.File, st *styleSet, r *progress.Review, agency program.Agency, items []progress.ItemStatus, o FormOptions) error {
	m, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	size := o.Font.Size
	first, last := formRows.first, formRows.first+len(items)-1
	col := func(c int) string { return fmt.Sprintf("%s%d:%s%d", colName(c), first, colName(c), last) }
	if err := addListValidation(f, SheetForm, col(formColState), stateLabels(), 1,
		"Tình trạng", "Chọn một tình trạng trong danh sách."); err != nil {
		return err
	}
	from := earliestCompletion(r.Programme)
	if err := addDateValidation(f, SheetForm, col(formColCompleted), from, program.Date{Year: 2100, Month: 12, Day: 31},
		"Ngày hoàn thành", "Nhập ngày theo dạng ngày/tháng/năm, ví dụ 15/06/2021."); err != nil {
		return err
	}
	if err := f.ProtectSheet(SheetForm, &excelize.SheetProtectionOptions{
		Password: o.Password, SelectLockedCells: true, SelectUnlockedCells: true, FormatRows: true, FormatColumns: true,
	}); err != nil {
		return err
	}
	sw, err := openSheet(f, SheetForm, pageSetup{landscape: true, margins: o.Margins, font: o.Font, titleRow: formRows.header}, formWidths)
	if err != nil {
		return err
	}
	full := textWidth(size, formWidths...)
	lines := formTitleLines(st, m, mb, r, agency, o)
	if err := writeTitleLines(sw, lines, len(formColumns), size, full); err != nil {
		return err
	}
	if err := writeHeader(sw, st, mb, size, formRows.header, formColumns, formWidths); err != nil {
		return err
	}
	widths := columnPoints(size, formWidths)
	for i, is := range items {
		texts := formRowTexts(is)
		h := m.fitRow(texts, size, widths)
		if err := sw.SetRow(ref(1, first+i), []any{
			excelize.Cell{StyleID: st.center, Value: texts[0]},
			excelize.Cell{StyleID: st.text, Value: texts[1]},
			excelize.Cell{StyleID: st.text, Value: texts[2]},
			dateCell(st.date, is.Due),
			excelize.Cell{StyleID: st.editText, Value: texts[4]},
			dateCell(st.editDate, is.Completed),
			excelize.Cell{StyleID: st.editText, Value: texts[6]},
			excelize.Cell{StyleID: st.editText, Value: texts[7]},
			excelize.Cell{StyleID: st.editText, Value: texts[8]},
		}, excelize.RowOpts{Height: h}); err != nil {
			return err
		}
	}
	for _, fr := range formFooterRows(st, m, mb, last, size) {
		cells := make([]any, fr.cells[len(fr.cells)-1].col)
		for _, c := range fr.cells {
			cells[c.col-1] = excelize.Cell{StyleID: c.style, Value: c.text}
		}
		if err := sw.SetRow(ref(1, fr.row), cells, excelize.RowOpts{Height: fr.height}); err != nil {
			return err
		}
		for _, c := range fr.cells {
			if err := sw.MergeCell(ref(c.col, fr.row), ref(c.end, fr.row)); err != nil {
				return err
			}
		}
	}
	return sw.Flush()
}

// formTitleLines are the five lines above the form's table.
func formTitleLines(st *styleSet, m, mb *fontMetrics, r *progress.Review, agency program.Agency, o FormOptions) []titleLine {
	p := r.Programme
	return []titleLine{
		{strings.ToUpper("Phiếu cập nhật tiến độ thực hiện"), st.title, mb},
		{fmt.Sprintf("(%s số %s, %s)", p.Type, p.Number, r.Quarter.Label()), st.caption, m},
		{agency.Name, st.subtitle, mb},
		{returnLine(o.returnBy(r.Quarter), o.Contact), st.subtitle, mb},
		{"Chỉ điền các ô nền vàng: Tình trạng (chọn trong danh sách), Ngày hoàn thành (ngày/tháng/năm), " +
			"Văn bản ban hành (số, ký hiệu, ngày), Ghi chú, Khó khăn, vướng mắc, đề xuất. " +
			"Các cột khác đã khóa; không thêm, xóa hay đổi thứ tự dòng.", st.note, m},
	}
}

// longDate is a date as official documents write it: "ngày 05 tháng 10 năm 2021".
func longDate(d program.Date) string {
	return fmt.Sprintf("ngày %02d tháng %02d năm %d", d.Day, d.Month, d.Year)
}

// returnLine says by when the form goes back, where and whom to ask,
// leaving out what the configuration does not give. One line whatever the
// contact, so the table starts on the same row in every form.
func returnLine(by program.Date, c FormContact) string {
	parts := []string{"Hạn gửi lại: " + longDate(by)}
	add := func(label, v string) {
		if v = strings.TrimSpace(v); v != "" {
			parts = append(parts, label+v)
		}
	}
	add("Gửi về: ", c.Office)
	add("Người liên hệ: ", c.Person)
	add("Điện thoại: ", c.Phone)
	add("Email: ", c.Email)
	return strings.Join(parts, "; ")
}

// formRowTexts are the texts of a form row's nine cells as written and
// measured; the due and completion dates (cells 4 and 6) are dates, not
// text. Difficulties start blank: they are the quarter's own.
func formRowTexts(is progress.ItemStatus) []string {
	return []string{is.Item.ID, is.Item.Kind.Label(), is.Item.Title, "", prefillState(is.Status), "", is.Document, is.Note, ""}
}

// prefillState is the drop-down value a form starts with: what the ledger
// is known to say. Open items start blank so that an untouched row
// reports nothing new.
func prefillState(s progress.Status) string {
	switch {
	case s.Done():
		return progress.StateDone.Label()
	case s == progress.Paused:
		return progress.StatePaused.Label()
	}
	return ""
}
