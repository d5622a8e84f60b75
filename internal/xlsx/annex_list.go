package xlsx

import (
	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// annexColumns are the Danh mục headers when the programme does not give four.
var annexColumns = []string{"TT", "Cơ quan phân công chủ trì", "Tên đề án, chương trình, kế hoạch", "Thời gian thực hiện"}

// annexWidths in characters (8 px each at 12 pt): 112 in all, 237 mm, which
// fits the 252 mm between the landscape margins without scaling.
var annexWidths = []float64{5, 26, 62, 19}

// writeAnnexList writes the Danh mục sheet: title rows merged across the
// table, the header (frozen, repeated on printed pages, with an autofilter),
// one row per annex row with its height measured from the text, and the note.
func writeAnnexList(f *excelize.File, st *styleSet, ad *annexData) error {
	p, rows, o := ad.p, ad.rows, ad.o
	m, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	size := o.Font.Size
	full := textWidth(size, annexWidths...)
	titles := annexTitleLines(st, m, mb, p, o)
	header := annexHeaderRow(len(titles))
	last := header + len(rows)

	if err := f.AutoFilter(SheetAnnex, ref(1, header)+":"+ref(len(annexWidths), max(last, header+1)), nil); err != nil {
		return err
	}
	sw, err := openSheet(f, SheetAnnex, pageSetup{landscape: true, margins: o.Margins, font: o.Font, titleRow: header}, annexWidths)
	if err != nil {
		return err
	}
	if err := writeTitleLines(sw, titles, len(annexWidths), size, full); err != nil {
		return err
	}

	cols := annexHeadings(p)
	if err := writeHeader(sw, st, mb, size, header, cols, annexWidths); err != nil {
		return err
	}

	widths := columnPoints(size, annexWidths)
	fr := newFastRows()
	fr.buf.Grow(listRowBytes * len(rows)) // the rows are most of the sheet: grown once, not doubled from empty
	for i, r := range rows {
		texts := annexRowTexts(r)
		fr.row(header+1+i, m.fitRow(texts[:], size, widths),
			fastCell{style: st.center, text: texts[0]}, fastCell{style: st.text, text: texts[1]},
			fastCell{style: st.text, text: texts[2]}, fastCell{style: st.center, text: texts[3]})
	}
	if fr.ok && len(rows) > 0 {
		if err := fr.place(f, sw, header+1, SheetAnnex); err != nil {
			return err
		}
		rows = nil
	}
	for i, r := range rows {
		texts := annexRowTexts(r)
		h := m.fitRow(texts[:], size, widths)
		if err := sw.SetRow(ref(1, header+1+i), []any{
			excelize.Cell{StyleID: st.center, Value: texts[0]},
			excelize.Cell{StyleID: st.text, Value: texts[1]},
			excelize.Cell{StyleID: st.text, Value: texts[2]},
			excelize.Cell{StyleID: st.center, Value: texts[3]},
		}, excelize.RowOpts{Height: h}); err != nil {
			return err
		}
	}

	if ad.hasNote() {
		row := last + 2
		note := []excelize.RichTextRun{
			{Text: "Ghi chú: ", Font: &excelize.Font{Family: o.Font.Name, Size: size, Bold: true, Italic: true}},
			{Text: p.Annex.Note, Font: &excelize.Font{Family: o.Font.Name, Size: size, Italic: true}},
		}
		h := mb.rowHeight("Ghi chú: "+p.Annex.Note, size, full)
		if err := writeSpanRow(sw, row, len(annexWidths), excelize.Cell{StyleID: st.note, Value: note}, h); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// annexRowTexts are the texts of an annex row's four cells, as written and measured.
func annexRowTexts(r program.AnnexRow) [4]string {
	return [4]string{r.TT, r.AgencyText, r.Title, r.Deadline.Text}
}

// annexTitleLines are the title lines above the Danh mục table: those of
// the programme's title, caption and the options' subtitle that are set.
func annexTitleLines(st *styleSet, m, mb *fontMetrics, p *program.Programme, o AnnexOptions) []titleLine {
	var titles []titleLine
	if p.Annex.Title != "" {
		titles = append(titles, titleLine{p.Annex.Title, st.title, mb})
	}
	if p.Annex.Caption != "" {
		titles = append(titles, titleLine{p.Annex.Caption, st.caption, m})
	}
	if o.Subtitle != "" {
		titles = append(titles, titleLine{o.Subtitle, st.subtitle, mb})
	}
	return titles
}

// annexHeaderRow is the Danh mục header's row below the given number of
// title lines: a blank row between the titles and the table.
func annexHeaderRow(titles int) int {
	if titles == 0 {
		return 1
	}
	return titles + 2
}

// annexHeadings are the Danh mục headers: the programme's own when it
// gives four.
func annexHeadings(p *program.Programme) []string {
	if len(p.Annex.Columns) == len(annexColumns) {
		return p.Annex.Columns
	}
	return annexColumns
}

// listRowBytes and itemRowBytes are about what a Danh mục and a Phần việc
// row take as XML (500 and 600 bytes in a generated programme), a little
// more, to size the sheets' buffers.
const (
	listRowBytes = 640
	itemRowBytes = 768
)
