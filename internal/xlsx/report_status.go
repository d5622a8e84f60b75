package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"baocao/internal/progress"
	"baocao/internal/report"
)

// statusColumns name the status sheet's columns by their headings in
// tables.tmpl: the words are the report's, not the workbook's own.
var statusColumns = []string{"col.id", "col.area", "col.kind", "col.item", "col.lead", "col.due",
	"col.status", "col.completed_on", "col.document", "col.note", "col.days_overdue"}

// statusWidths in characters (8 px each at 12 pt), 135 in all: fitted to one
// landscape page wide the sheet prints at 84%, 10 pt (218 printed at 6,5
// pt); longer texts and the headings wrap, and rows grow to fit them (fitRow).
var statusWidths = []float64{5, 14, 9, 23, 13, 11, 13, 11, 15, 12, 8}

// Status sheet columns the summary's formulas refer to.
const (
	colArea   = 2
	colKind   = 3
	colLead   = 5
	colStatus = 7
)

// statusLayout places the status sheet's rows.
type statusLayout struct{ header, first, last int }

func newStatusLayout(n int) statusLayout {
	return statusLayout{header: 3, first: 4, last: 3 + max(n, 1)}
}

// statusLabels are the drop-down's choices, in report order.
func statusLabels(m *report.Report) []string {
	ls := make([]string, len(m.Statuses))
	for i, s := range m.Statuses {
		ls[i] = s.Label
	}
	return ls
}

// statusLabel is the model's label of a status.
func statusLabel(m *report.Report, code progress.Status) string {
	for _, s := range m.Statuses {
		if s.Code == code {
			return s.Label
		}
	}
	return code.Label()
}

// headings are the model's headings of the named columns.
func headings(m *report.Report, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = m.Headings[n]
	}
	return out
}

// writeStatusSheet writes one row per item with its status as a drop-down
// and a conditional format that colours the row while its status cell says
// "Đang thực hiện quá hạn" (so the colour follows an edit of the status),
// in rs's overdue style.
func writeStatusSheet(f *excelize.File, st *styleSet, rs *reportStyles, m *report.Report, rows []reportRow, o ReportOptions) error {
	mr, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	size := o.Font.Size
	lay := newStatusLayout(len(rows))
	lastCol := len(statusColumns)
	body := fmt.Sprintf("%s:%s", ref(1, lay.first), ref(lastCol, lay.last))

	if err := addListValidation(f, SheetStatus, fmt.Sprintf("%s:%s", ref(colStatus, lay.first), ref(colStatus, lay.last)),
		statusLabels(m), 1, m.Headings["col.status"], m.Workbook.StatusPrompt); err != nil {
		return err
	}
	if err := setConditionalFormat(f, rs, SheetStatus, body, []excelize.ConditionalFormatOptions{{
		Type:     "formula",
		Criteria: fmt.Sprintf(`$%s%d="%s"`, colName(colStatus), lay.first, statusLabel(m, progress.OpenLate)),
		Format:   &rs.overdue,
	}}); err != nil {
		return err
	}
	if err := f.AutoFilter(SheetStatus, ref(1, lay.header)+":"+ref(lastCol, lay.last), nil); err != nil {
		return err
	}
	sw, err := openSheet(f, SheetStatus, pageSetup{landscape: true, margins: o.Margins, font: o.Font, titleRow: lay.header}, statusWidths)
	if err != nil {
		return err
	}
	full := textWidth(size, statusWidths...)
	// Both lines are measured bold: wider than the italic caption, so its
	// row is never short.
	if err := writeTitleLines(sw, []titleLine{{m.Workbook.StatusTitle, st.title, mb}, {m.Workbook.StatusCaption, st.caption, mb}}, lastCol, size, full); err != nil {
		return err
	}
	if err := writeHeader(sw, st, mb, size, lay.header, headings(m, statusColumns), statusWidths); err != nil {
		return err
	}
	widths := columnPoints(size, statusWidths)
	sr := newSheetRows()
	for i, row := range rows {
		texts := row.texts()
		h := mr.fitRow(texts, size, widths)
		var days any
		if row.it.DaysOverdue > 0 {
			days = row.it.DaysOverdue
		}
		sr.add(lay.first+i, []any{
			excelize.Cell{StyleID: st.center, Value: texts[0]},
			excelize.Cell{StyleID: st.text, Value: texts[1]},
			excelize.Cell{StyleID: st.text, Value: texts[2]},
			excelize.Cell{StyleID: st.text, Value: texts[3]},
			excelize.Cell{StyleID: st.text, Value: texts[4]},
			dateCell(st.date, row.due),
			excelize.Cell{StyleID: st.text, Value: texts[6]},
			dateCell(st.date, row.completed),
			excelize.Cell{StyleID: st.text, Value: texts[8]},
			excelize.Cell{StyleID: st.text, Value: texts[9]},
			excelize.Cell{StyleID: st.number, Value: days},
		}, h)
	}
	if err := sr.flush(f, sw, SheetStatus); err != nil {
		return err
	}
	return sw.Flush()
}

// texts are the status row's first ten cells as written and measured; the
// due and completion dates (cells 6 and 8) are dates, not text.
func (row reportRow) texts() []string {
	it := row.it
	return []string{it.ID, it.Area, it.Kind, it.Title, it.Agency, "", it.Status, "", it.Document, it.Note}
}
