package xlsx

import (
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

var itemColumns = []string{"ID", "Loại", "Tên phần việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Hạn hoàn thành"}

// itemWidths in characters (8 px each at 12 pt); Loại holds "Chương trình" on
// one line. 136 in all, so the sheet prints at 10 pt or more fitted to one
// landscape page wide (154 printed at 9 pt).
var itemWidths = []float64{7, 12, 44, 22, 22, 18, 11}

// writeItemList writes the Phần việc sheet: one row per work item, ready to
// sort and filter, the due date a real date so it sorts as one.
func writeItemList(f *excelize.File, st *styleSet, items []program.WorkItem, o AnnexOptions) error {
	m, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	size := o.Font.Size
	if err := f.AutoFilter(SheetItems, "A1:"+ref(len(itemColumns), max(len(items)+1, 2)), nil); err != nil {
		return err
	}
	sw, err := openSheet(f, SheetItems, pageSetup{landscape: true, margins: o.Margins, font: o.Font, titleRow: 1}, itemWidths)
	if err != nil {
		return err
	}
	if err := writeHeader(sw, st, mb, size, 1, itemColumns, itemWidths); err != nil {
		return err
	}
	widths := columnPoints(size, itemWidths)
	fr := newFastRows()
	fr.buf.Grow(itemRowBytes * len(items))
	for i, it := range items {
		texts := itemTexts(it)
		fr.row(i+2, m.fitRow(texts, size, widths),
			fastCell{style: st.center, text: texts[0]}, fastCell{style: st.text, text: texts[1]},
			fastCell{style: st.text, text: texts[2]}, fastCell{style: st.text, text: texts[3]},
			fastCell{style: st.text, text: texts[4]}, fastCell{style: st.center, text: texts[5]},
			fastCell{style: st.date, isDate: true, date: it.Deadline.Due})
	}
	if fr.ok && len(items) > 0 {
		if err := fr.place(f, sw, 2, SheetItems); err != nil {
			return err
		}
		items = nil
	}
	for i, it := range items {
		texts := itemTexts(it)
		h := m.fitRow(texts, size, widths)
		var due any = excelize.Cell{StyleID: st.date}
		if it.Deadline.Due != nil {
			due = excelize.Cell{StyleID: st.date, Value: it.Deadline.Due.Time()}
		}
		if err := sw.SetRow(ref(1, i+2), []any{
			excelize.Cell{StyleID: st.center, Value: texts[0]},
			excelize.Cell{StyleID: st.text, Value: texts[1]},
			excelize.Cell{StyleID: st.text, Value: texts[2]},
			excelize.Cell{StyleID: st.text, Value: texts[3]},
			excelize.Cell{StyleID: st.text, Value: texts[4]},
			excelize.Cell{StyleID: st.center, Value: texts[5]},
			due,
		}, excelize.RowOpts{Height: h}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// itemTexts are the texts of a work item's first six cells (the seventh is
// the due date), as written and measured.
func itemTexts(it program.WorkItem) []string {
	return []string{it.ID, it.Kind.Label(), it.Title, it.Lead.Name, agencyNames(it.Coordinators), it.Deadline.Text}
}

// agencyNames joins agency names with "; ".
func agencyNames(as []program.Agency) string {
	names := make([]string, 0, len(as))
	for _, a := range as {
		names = append(names, a.Name)
	}
	return strings.Join(names, "; ")
}
