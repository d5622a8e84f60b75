package xlsx

// footerCell is one merged cell below a form's table: columns col to end.
type footerCell struct {
	col, end int
	style    int
	text     string
}

// footerRow is one row below the table, at sheet row row.
type footerRow struct {
	row    int
	height float64
	cells  []footerCell
}

// formFooterSpan is how many rows below the last item the footer takes:
// ReadForm accepts only the footer's texts there, so that a row added
// under the last item is still reported.
const formFooterSpan = 8

// formStatusNotes tell the agency how the statuses it picks become the
// report's: it reports what was done and when, the timing is computed.
var formStatusNotes = []string{
	"Cách tính tình trạng trong báo cáo (cơ quan không ghi \"đúng hạn\", \"quá hạn\"; báo cáo tự tính theo hạn hoàn thành):",
	"– \"Đã hoàn thành\" và ngày hoàn thành: hoàn thành đúng hạn nếu ngày hoàn thành không sau hạn hoàn thành, quá hạn nếu sau hạn.",
	"– \"Chưa triển khai\", \"Đang thực hiện\", \"Tiếp tục thực hiện\": đang thực hiện trong hạn, sắp đến hạn hoặc quá hạn, tính theo ngày báo cáo.",
	"– \"Tạm dừng\": báo cáo ghi tạm dừng; ghi rõ lý do ở cột Ghi chú hoặc Khó khăn, vướng mắc, đề xuất.",
}

// formSignatures are the signature titles and, under them, what to do:
// the clerk who made the form on the left, the agency's head on the right.
var formSignatures = [2][2]string{
	{"NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ"},
	{"(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)"},
}

// formFooterText reports whether s is one of the footer's texts, which
// ReadForm accepts below the last item.
func formFooterText(s string) bool {
	for _, t := range formStatusNotes {
		if s == t {
			return true
		}
	}
	for _, r := range formSignatures {
		if s == r[0] || s == r[1] {
			return true
		}
	}
	return false
}

// formFooterRows are the rows below a form's table whose last item row is
// last: the status notes, then the two signatures (the clerk who filled
// it in, the head of the agency who signs and stamps it). Each cell is
// merged over its columns, so the notes wrap across the page.
func formFooterRows(st *styleSet, m, mb *fontMetrics, last int, size float64) []footerRow {
	n := len(formColumns)
	full := textWidth(size, formWidths...)
	var rows []footerRow
	for i, s := range formStatusNotes {
		rows = append(rows, footerRow{last + 2 + i, m.rowHeight(s, size, full), []footerCell{{1, n, st.note, s}}})
	}
	left, right := formColDue, formColCompleted // left signature over A:D, right over F:I
	sig := last + 2 + len(formStatusNotes) + 1
	leftW, rightW := textWidth(size, formWidths[:left]...), textWidth(size, formWidths[right-1:]...)
	titles, hints := formSignatures[0], formSignatures[1]
	rows = append(rows,
		footerRow{sig, max(mb.rowHeight(titles[0], size, leftW), mb.rowHeight(titles[1], size, rightW)),
			[]footerCell{{1, left, st.subtitle, titles[0]}, {right, n, st.subtitle, titles[1]}}},
		footerRow{sig + 1, max(m.rowHeight(hints[0], size, leftW), m.rowHeight(hints[1], size, rightW)),
			[]footerCell{{1, left, st.caption, hints[0]}, {right, n, st.caption, hints[1]}}},
	)
	return rows
}
