package xlsx

import (
	"math"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/internal/report"
)

// textWidths are the "Báo cáo" sheet's grid, in characters: a narrow first
// column (every table starts with TT) and twelve even ones that the tables
// share out among their columns; paragraphs span them all. 126 characters
// fitted to one landscape page wide print at 88%, 10,5 pt.
var textWidths = []float64{6, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10}

// textStyles are the cell styles of the "Báo cáo" sheet beyond the shared
// set: made here, so the other workbooks' styles stay as they are.
type textStyles struct {
	para, heading, bold, italic, plain, plainLeft, label int
}

func newTextStyles(f *excelize.File, font Font) (*textStyles, error) {
	fnt := func(bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: font.Name, Size: font.Size, Bold: bold, Italic: italic, Color: "000000"}
	}
	align := func(h string) *excelize.Alignment {
		return &excelize.Alignment{Horizontal: h, Vertical: "top", WrapText: true}
	}
	s := new(textStyles)
	for _, a := range []struct {
		dst *int
		s   excelize.Style
	}{
		{&s.para, excelize.Style{Font: fnt(false, false), Alignment: align("justify")}},
		{&s.heading, excelize.Style{Font: fnt(true, false), Alignment: align("left")}},
		{&s.bold, excelize.Style{Font: fnt(true, false), Alignment: align("center")}},
		{&s.italic, excelize.Style{Font: fnt(false, true), Alignment: align("center")}},
		{&s.plain, excelize.Style{Font: fnt(false, false), Alignment: align("center")}},
		{&s.plainLeft, excelize.Style{Font: fnt(false, false), Alignment: align("left")}},
		{&s.label, excelize.Style{Font: &excelize.Font{Family: font.Name, Size: font.Size, Underline: "single", Color: "000000"}, Alignment: align("left")}},
	} {
		id, err := f.NewStyle(&a.s)
		if err != nil {
			return nil, err
		}
		*a.dst = id
	}
	return s, nil
}

// textSheet writes the "Báo cáo" sheet row by row.
type textSheet struct {
	sw     *excelize.StreamWriter
	rows   *sheetRows // the rows, written into sw at the end
	empty  []styledEmpty
	st     *styleSet
	ts     *textStyles
	m, mb  *fontMetrics
	size   float64
	row    int // the next row to write
	widths []float64
	page   float64 // the height of a printed page's body, in the sheet's points
	y      float64 // the height already used on the current page
	// spanKey numbers the spans of the grid by their measured width
	// ([(first-1)*len(widths)+last-1]), spanKeys of them: spans as wide
	// count a text's lines alike, so a table's layout counts once for both.
	spanKey   []int
	spanWidth []float64 // the measured width of each span, indexed as spanKey
	spanKeys  int
	layouts   map[*report.Table]*tableLayout // each table laid out once
}

// writeTextSheet writes the report's text in reading order, as the PDF
// prints it: the two-column header, the title and trích yếu, the body
// (headings bold, paragraphs justified across the sheet, the tables as
// bordered tables with their headings; charts are left to the summary
// sheet), the signature beside Nơi nhận, then the appendix on a new page.
// So the office's own text, which the model carries as body blocks, is in
// the workbook too.
func writeTextSheet(f *excelize.File, st *styleSet, ts *textStyles, m *report.Report, o ReportOptions) error {
	mr, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	// A table of more columns than the grid widens it.
	widths := textWidths
	for _, tb := range m.Tables {
		for len(widths) < len(tb.Columns) {
			widths = append(widths[:len(widths):len(widths)], 10)
		}
	}
	sw, err := openSheet(f, SheetText, pageSetup{landscape: true, margins: o.Margins, font: o.Font}, widths)
	if err != nil {
		return err
	}
	t := &textSheet{sw: sw, rows: newSheetRows(), st: st, ts: ts, m: mr, mb: mb, size: o.Font.Size, row: 1, widths: widths,
		page: pageBody(o.Margins, o.Font.Size, widths)}
	t.keySpans()
	steps := []func() error{
		func() error { return t.header(m.Header) },
		t.blank,
		func() error { return t.span(m.Title, ts.bold, mb) },
		func() error { return t.span(m.Subject, ts.bold, mb) },
		t.blank,
		func() error { return t.blocks(m.Body) },
		func() error { return t.signature(m.Signer, m.Recipients) },
	}
	if len(m.Appendix) > 0 {
		steps = append(steps, func() error {
			if err := t.pageBreak(); err != nil {
				return err
			}
			return t.blocks(m.Appendix)
		})
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	if err := t.rows.flush(f, sw, SheetText); err != nil {
		return err
	}
	return sw.Flush()
}

// half is where the header's and signature's right column starts.
const half = 7

// pair writes a row of two merged halves: left columns 1..half-1, right
// half..last; an empty side is left blank.
func (t *textSheet) pair(left, right string, ls, rs int, lm, rm *fontMetrics) error {
	n := len(t.widths)
	h := 0.0
	var cells []any
	if left != "" {
		h = lm.rowHeight(left, t.size, t.measure(t.widths[:half-1]...))
	}
	if right != "" {
		h = max(h, rm.rowHeight(right, t.size, t.measure(t.widths[half-1:]...)))
	}
	for c := 1; c <= n; c++ {
		switch c {
		case 1:
			cells = append(cells, excelize.Cell{StyleID: ls, Value: left})
		case half:
			cells = append(cells, excelize.Cell{StyleID: rs, Value: right})
		default:
			cells = append(cells, nil)
		}
	}
	if h == 0 {
		h = t.m.lineHeightAt(t.size)
	}
	if err := t.fit(h); err != nil {
		return err
	}
	t.rows.add(t.row, cells, h)
	if err := t.sw.MergeCell(ref(1, t.row), ref(half-1, t.row)); err != nil {
		return err
	}
	if err := t.sw.MergeCell(ref(half, t.row), ref(n, t.row)); err != nil {
		return err
	}
	t.row++
	return nil
}

// header writes the two-column header: issuer, "*" and number on the left;
// the Party's name and, level with the number, place and date on the right.
func (t *textSheet) header(h report.Header) error {
	ts := t.ts
	lines := []struct {
		left, right string
		ls, rs      int
		lm          *fontMetrics
	}{
		{h.ParentIssuer, h.Party, ts.plain, ts.bold, t.m},
		{h.Issuer, "", ts.bold, ts.italic, t.mb},
		{"*", "", ts.plain, ts.italic, t.m},
		{h.Number, h.PlaceDate, ts.plain, ts.italic, t.m},
	}
	for _, l := range lines {
		if err := t.pair(l.left, l.right, l.ls, l.rs, l.lm, t.mb); err != nil {
			return err
		}
	}
	return nil
}

// span writes one text across the whole sheet, as tall as it wraps.
func (t *textSheet) span(text string, style int, m *fontMetrics) error {
	h := m.rowHeight(text, t.size, t.measure(t.widths...))
	if err := t.fit(h); err != nil {
		return err
	}
	t.rows.add(t.row, []any{excelize.Cell{StyleID: style, Value: text}}, h)
	if err := t.sw.MergeCell(ref(1, t.row), ref(len(t.widths), t.row)); err != nil {
		return err
	}
	t.row++
	return nil
}

// blank leaves a row empty, one line high; none at the top of a page.
func (t *textSheet) blank() error {
	if t.y == 0 {
		return nil
	}
	h := t.m.lineHeightAt(t.size)
	if err := t.fit(h); err != nil {
		return err
	}
	t.rows.add(t.row, nil, h)
	t.row++
	return nil
}

// blocks writes the model's blocks in order.
func (t *textSheet) blocks(bs []report.Block) error {
	for i, b := range bs {
		var err error
		switch b.Kind {
		case report.Heading:
			// A heading does not end a page: it goes with what it heads.
			if i+1 < len(bs) {
				h := t.mb.rowHeight(b.Text, t.size, t.measure(t.widths...))
				if t.y > 0 && t.y+h+t.firstRowHeight(bs[i+1]) > t.page {
					if err := t.pageBreak(); err != nil {
						return err
					}
				}
			}
			err = t.span(b.Text, t.ts.heading, t.mb)
		case report.CentreBold:
			err = t.span(b.Text, t.ts.bold, t.mb)
		case report.CentreItalic:
			err = t.span(b.Text, t.ts.italic, t.mb) // measured bold: never short
		case report.TableBlock:
			if b.Table != nil && len(b.Table.Rows) > 0 {
				if err = t.table(b.Table); err == nil {
					err = t.blank()
				}
			}
		case report.ChartBlock:
			// The chart's figures are its table's; the summary sheet draws it.
		default:
			err = t.span(paraIndent+strings.Join(strings.Fields(b.Text), " "), t.ts.para, t.m)
		}
		if err != nil {
			return err
		}
		// A run of centred lines is one block; a blank row parts the rest.
		if b.Kind == report.CentreBold || b.Kind == report.CentreItalic {
			if i+1 < len(bs) && (bs[i+1].Kind == report.CentreBold || bs[i+1].Kind == report.CentreItalic) {
				continue
			}
			if err := t.blank(); err != nil {
				return err
			}
		}
	}
	return nil
}

// firstRowHeight is the height of the rows a block must start a page
// with: a table's heading and first row, another block's own row (a chart
// writes none here).
func (t *textSheet) firstRowHeight(b report.Block) float64 {
	switch b.Kind {
	case report.TableBlock:
		if b.Table == nil || len(b.Table.Rows) == 0 {
			return 0
		}
		l := t.layout(b.Table)
		heads := make([]string, len(b.Table.Columns))
		for i, c := range b.Table.Columns {
			heads[i] = c.Heading
		}
		return t.rowHeight(l.spans, heads, t.mb) + t.tableRowHeight(l, 0, b.Table.Rows[0])
	case report.ChartBlock:
		return 0
	case report.Heading, report.CentreBold, report.CentreItalic:
		return t.mb.rowHeight(b.Text, t.size, t.measure(t.widths...))
	}
	return t.m.rowHeight(paraIndent+strings.Join(strings.Fields(b.Text), " "), t.size, t.measure(t.widths...))
}

// signature writes Nơi nhận and its recipients on the left beside the
// authority, the position, room to sign and the name on the right.
func (t *textSheet) signature(s report.Signer, recipients []string) error {
	if err := t.blank(); err != nil {
		return err
	}
	var left []string
	if len(recipients) > 0 {
		left = append(left, report.RecipientsLabel)
		for i, r := range recipients {
			end := ","
			if i == len(recipients)-1 {
				end = "."
			}
			left = append(left, "- "+r+end)
		}
	}
	right := []string{s.Authority, s.Position, "", "", "", s.Name}
	for i := 0; i < max(len(left), len(right)); i++ {
		l, r := "", ""
		if i < len(left) {
			l = left[i]
		}
		if i < len(right) {
			r = right[i]
		}
		ls, rs := t.ts.plainLeft, t.ts.bold
		if i == 0 {
			ls = t.ts.label // "Nơi nhận:" underlined, as HD36 sets it
		}
		if i == 1 {
			rs = t.ts.plain
		}
		if err := t.pair(l, r, ls, rs, t.m, t.mb); err != nil {
			return err
		}
	}
	return t.blank()
}

// table writes a model table: its headings, then its rows, each table
// column over a span of the sheet's grid (tableSpans), merged and bordered
// across it; the total row bold. The headings never end a page: when they
// and the first row do not fit on what is left of it, the table starts on
// the next; and a page the table runs on to starts with the headings again,
// as the PDF and Word repeat them (print titles would repeat one range on
// every page of the sheet, and this sheet holds several tables and text).
func (t *textSheet) table(tb *report.Table) error {
	l := t.layout(tb)
	spans := l.spans
	heads := make([]string, len(tb.Columns))
	for i, c := range tb.Columns {
		heads[i] = c.Heading
	}
	headStyle := func(int) int { return t.st.header }
	headH := t.rowHeight(spans, heads, t.mb)
	for i, r := range tb.Rows {
		style := func(c int) int {
			switch {
			case r.Total:
				return t.st.header
			case tb.Columns[c].Align == report.Left || tb.Columns[c].Align == report.Justify:
				return t.st.text
			}
			return t.st.center
		}
		h := t.tableRowHeight(l, i, r)
		switch {
		case i == 0 && t.y > 0 && t.y+headH+h > t.page:
			if err := t.pageBreak(); err != nil {
				return err
			}
			fallthrough
		case i == 0:
			if err := t.tableRow(spans, heads, headStyle, headH); err != nil {
				return err
			}
		case t.y+h > t.page:
			if err := t.pageBreak(); err != nil {
				return err
			}
			if err := t.tableRow(spans, heads, headStyle, headH); err != nil {
				return err
			}
		}
		if err := t.tableRow(spans, r.Cells, style, h); err != nil {
			return err
		}
	}
	return nil
}

// rowHeight is the height of a table row: its tallest cell, each wrapped
// at its span's width (the height grows with the lines, so the tallest
// cell is the one of most lines).
func (t *textSheet) rowHeight(spans [][2]int, cells []string, m *fontMetrics) float64 {
	n := 1
	for c, sp := range spans {
		if c < len(cells) {
			n = max(n, m.countLines(cells[c], t.size, t.measure(t.widths[sp[0]-1:sp[1]]...)))
		}
	}
	return max(m.lineHeightAt(t.size), m.linesHeight(n, t.size))
}

// tableRowHeight is the height of row i of a laid-out table: a sample row
// in the regular font from the counts its layout made, the rest measured.
func (t *textSheet) tableRowHeight(l *tableLayout, i int, r report.Row) float64 {
	if r.Total {
		return t.rowHeight(l.spans, r.Cells, t.mb)
	}
	if i < len(l.memo.rows) {
		return max(t.m.lineHeightAt(t.size), t.m.linesHeight(l.rowLines(i), t.size))
	}
	return t.rowHeight(l.spans, r.Cells, t.m)
}

// layout is tb's layout over the sheet's grid, made on first use.
func (t *textSheet) layout(tb *report.Table) *tableLayout {
	if l, ok := t.layouts[tb]; ok {
		return l
	}
	l := layoutTable(tb, len(t.widths), &sheetCounter{t: t}, t.spanKey, t.spanKeys)
	if t.layouts == nil {
		t.layouts = make(map[*report.Table]*tableLayout)
	}
	t.layouts[tb] = l
	return l
}

// keySpans numbers the grid's spans by their measured width.
func (t *textSheet) keySpans() {
	n := len(t.widths)
	t.spanKey = make([]int, n*n)
	t.spanWidth = make([]float64, n*n)
	ids := make(map[float64]int)
	for first := 1; first <= n; first++ {
		for last := first; last <= n; last++ {
			w := t.measure(t.widths[first-1 : last]...)
			id, ok := ids[w]
			if !ok {
				id = len(ids)
				ids[w] = id
			}
			t.spanKey[(first-1)*n+last-1] = id
			t.spanWidth[(first-1)*n+last-1] = w
		}
	}
	t.spanKeys = len(ids)
}

// sheetCounter counts a text's lines over the sheet's spans in the regular
// font, as lines does, the text cut into its pieces once.
type sheetCounter struct {
	t  *textSheet
	wt wrapText
}

func (c *sheetCounter) setText(text string) { c.t.m.cut(&c.wt, text, c.t.size) }

func (c *sheetCounter) count(first, last int) int {
	return c.wt.lines(c.t.spanWidth[(first-1)*len(c.t.widths)+last-1])
}

// tableRow writes one row of a table, h high, over its spans.
func (t *textSheet) tableRow(spans [][2]int, cells []string, style func(c int) int, h float64) error {
	vals := make([]any, 0, spans[len(spans)-1][1])
	for c, sp := range spans {
		text := ""
		if c < len(cells) {
			text = cells[c]
		}
		vals = append(vals, excelize.Cell{StyleID: style(c), Value: text})
		for range sp[1] - sp[0] {
			vals = append(vals, t.emptyCell(style(c))) // the merged cells keep the border
		}
	}
	if err := t.fit(h); err != nil {
		return err
	}
	t.rows.add(t.row, vals, h)
	for _, sp := range spans {
		if sp[1] > sp[0] {
			if err := t.sw.MergeCell(ref(sp[0], t.row), ref(sp[1], t.row)); err != nil {
				return err
			}
		}
	}
	t.row++
	return nil
}

// emptyCell is an empty cell of the style, made once: the merged cells of
// every table row are these.
func (t *textSheet) emptyCell(style int) any {
	for _, e := range t.empty {
		if e.style == style {
			return e.cell
		}
	}
	var c any = excelize.Cell{StyleID: style}
	t.empty = append(t.empty, styledEmpty{style, c})
	return c
}

// styledEmpty is an empty cell of a style, as a value for SetRow.
type styledEmpty struct {
	style int
	cell  any
}

// paraIndent indents a paragraph's first line as the PDF and Word do, by
// 10 mm: no-break spaces, as neither Excel nor Calc has a first-line
// indent (a cell's indent moves every line), and a no-break space is
// neither trimmed nor stretched when the line is justified.
var paraIndent = strings.Repeat("\u00a0", 10)

// measureSafety keeps measured lines a little narrower than the cell on
// this sheet. The shared widthSafety (1 %) cost a line on paragraphs that
// Calc prints in fewer; Calc's cell is 2 pt wider than Excel's, whose width
// textWidth computes, so a smaller margin still guards it.
const measureSafety = 0.997

// measure is the width measured for text over grid columns of the given
// widths: Excel's text width, less measureSafety.
func (t *textSheet) measure(widths ...float64) float64 {
	return textWidth(t.size, widths...) / widthSafety * measureSafety
}

// fit starts a new page when a row h high does not fit on what is left of
// this one, and counts the row on its page. A row taller than a page is
// left where it is: the app breaks inside it.
func (t *textSheet) fit(h float64) error {
	if t.y > 0 && t.y+h > t.page {
		if err := t.pageBreak(); err != nil {
			return err
		}
	}
	t.y += h
	return nil
}

// pageBreak ends the page above the next row.
func (t *textSheet) pageBreak() error {
	if t.y == 0 {
		return nil
	}
	t.y = 0
	return t.sw.InsertPageBreak(ref(1, t.row))
}

// pageBody is the height of a printed page's body in the sheet's points:
// landscape A4 less the margins, at the scale that fits the grid to one
// page wide (whole percents, as Excel and Calc print), less 2 % so that
// our breaks come before the app's own.
func pageBody(mg Margins, size float64, widths []float64) float64 {
	mg = mg.orDefault()
	const mmPt = 72 / 25.4
	var chars float64
	for _, w := range widths {
		chars += w
	}
	sheet := chars * digitPixels(size) * pointsPerPx
	scale := min(1, math.Floor(100*(297-mg.Left-mg.Right)*mmPt/sheet)/100)
	return (210 - mg.Top - mg.Bottom) * mmPt / scale * 0.98
}
