package xlsx

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
)

// Annex workbooks of one shape share everything but their rows: the
// styles, theme, relationships, content types and the kinds chart are the
// same bytes in each, and the sheets, the workbook's defined names, the
// agencies chart and its anchor differ only in the rows and the numbers of
// the last rows. Building each annex with excelize decoded its starting
// workbook again, marshalled two charts and wrote every part back (three
// quarters of a bundled annex's workbook time). Now the second annex of a
// shape is built with excelize and becomes the template (not the first,
// which may be the only one: learning costs a second rendering), and each
// later one is written by filling its rows and numbers into the
// template's bytes. As with the agency forms (form_template.go), the
// template is kept only if it reproduces the annex it was cut from byte
// for byte, and an annex with a text excelize writes specially is built
// with excelize.

// The annex workbook's parts, in sheet order.
const (
	annexListPart    = "xl/worksheets/sheet1.xml"
	annexItemsPart   = "xl/worksheets/sheet2.xml"
	annexStatsPart   = "xl/worksheets/sheet3.xml"
	annexBookPart    = "xl/workbook.xml"
	annexAgencyChart = "xl/charts/chart2.xml"
	annexDrawing     = "xl/drawings/drawing1.xml"
)

// annexKey is what the fixed parts of an annex depend on beyond its rows.
type annexKey struct {
	font     Font
	margins  Margins
	titles   int  // title lines above the Danh mục table
	note     bool // the Danh mục ends with the Ghi chú
	kinds    int  // rows of the kinds table (fixes the kinds chart and where the agencies table starts)
	agencies bool // there is an agencies chart
	unit     bool // whole numbers on the charts' value axes
}

func newAnnexKey(ad *annexData, l *statsLayout, titles int) annexKey {
	return annexKey{font: ad.o.Font, margins: ad.o.Margins, titles: titles, note: ad.hasNote(),
		kinds: len(l.kinds), agencies: len(l.agencies) > 0, unit: l.unitScale}
}

// annexTemplates holds one template per shape: the prepared one, or one
// learnt from the second annex of the shape (nil if that one could not
// serve as a template).
var annexTemplates = templateCache[annexKey, annexTemplate]{}

// writeAnnex writes ad's workbook from the template of its shape (see
// annexTemplates), making the template from this annex when it is the
// second of its shape and there is none.
func writeAnnex(w io.Writer, ad *annexData) error {
	m, mb, err := serifMetrics()
	if err != nil {
		return err
	}
	l := newStatsLayout(m, ad.items, ad.o.Font.Size)
	var st styleSet // the titles' count does not depend on the styles
	key := newAnnexKey(ad, &l, len(annexTitleLines(&st, m, mb, ad.p, ad.o)))
	t := annexTemplates.get(key)
	if t == nil && !annexTemplates.tried(key) {
		if t = preparedFor(key); t != nil {
			annexTemplates.put(key, t)
		}
	}
	if t != nil {
		if parts, ok := t.render(ad, &l); ok {
			return writeParts(w, parts)
		}
	}
	parts, sp, err := annexParts(ad)
	if err != nil {
		return err
	}
	if annexTemplates.sighting(key) && !annexTemplates.tried(key) {
		annexTemplates.put(key, learnAnnex(parts, sp, ad, &l))
	}
	return writeParts(w, parts)
}

// learnAnnex makes a template from an annex excelize wrote; nil unless it
// renders that same annex to the same bytes.
func learnAnnex(parts map[string][]byte, st *styleSet, ad *annexData, l *statsLayout) *annexTemplate {
	t, err := newAnnexTemplate(parts, st, ad, l)
	if err != nil {
		return nil
	}
	if got, ok := t.render(ad, l); !ok || !sameParts(got, parts) {
		return nil
	}
	return t
}

// annexTemplate is an annex workbook cut where its rows and numbers go.
type annexTemplate struct {
	fixed     map[string][]byte // the parts every annex of the shape shares
	st        styleSet
	m, mb     *fontMetrics
	list      [3][]byte // the Danh mục sheet through <sheetData>, cut at the frozen pane's rows
	listTail  []byte    // after its autofilter and merged cells
	noteCell  [2][]byte // the note's cell after its reference, before and after the note's text
	itemsHead []byte    // the Phần việc sheet through <sheetData>
	itemsTail []byte    // after its autofilter
	statsHead []byte    // the Thống kê sheet through <sheetData>
	statsTail []byte    // from </sheetData>
	book      [4][]byte // the workbook part cut at the defined names' ranges
	chart     [3][]byte // the agencies chart cut at its two ranges
	drawing   [2][]byte // the drawing cut at the agencies chart's end row
	coreHead  []byte    // the core properties up to the title
}

// annexNumbers are the row numbers an annex's fixed parts mention.
type annexNumbers struct {
	header, filterLast, itemsLast, noteRow int
}

func newAnnexNumbers(ad *annexData, titles int) annexNumbers {
	header := annexHeaderRow(titles)
	last := header + len(ad.rows)
	return annexNumbers{header: header, filterLast: max(last, header+1), itemsLast: max(len(ad.items)+1, 2), noteRow: last + 2}
}

// Literal pieces of the parts, as excelize writes them for the numbers.
func paneRows(header int) (split, selection string) {
	top := "A" + strconv.Itoa(header+1)
	return `topLeftCell="` + top + `" ySplit="` + strconv.Itoa(header) + `"`,
		`activeCell="` + top + `" pane="bottomLeft" sqref="` + top + `"`
}

func listFilter(n annexNumbers) string {
	return `</sheetData><autoFilter ref="$A$` + strconv.Itoa(n.header) + `:$D$` + strconv.Itoa(n.filterLast) + `"></autoFilter>`
}

func itemsFilter(n annexNumbers) string {
	return `</sheetData><autoFilter ref="$A$1:$G$` + strconv.Itoa(n.itemsLast) + `"></autoFilter>`
}

func bookRanges(n annexNumbers) [3]string {
	h := strconv.Itoa(n.header)
	return [3]string{
		`!$A$` + h + `:$D$` + strconv.Itoa(n.filterLast) + `<`,
		`!$` + h + `:$` + h + `<`,
		`!$A$1:$G$` + strconv.Itoa(n.itemsLast) + `<`,
	}
}

func chartRanges(l *statsLayout) [2]string {
	first, last := strconv.Itoa(l.aFirst), strconv.Itoa(l.aLast)
	return [2]string{`$A$` + first + `:$A$` + last + `<`, `$B$` + first + `:$B$` + last + `<`}
}

// anchorEnd is the end row of the agencies chart's anchor as excelize
// places it when the chart is added: the sheet then has no rows, so every
// row counts at the default 20 px, the offset in EMU (9,525 a pixel).
func anchorEnd(l *statsLayout) string {
	const rowPx, emuPerPx = 20, 9525
	h := int(l.agencyHeight)
	return `<xdr:row>` + strconv.Itoa(l.aTitle-1+h/rowPx) + `</xdr:row><xdr:rowOff>` + strconv.Itoa(h%rowPx*emuPerPx) + `</xdr:rowOff>`
}

// newAnnexTemplate cuts the parts excelize wrote for ad.
func newAnnexTemplate(parts map[string][]byte, st *styleSet, ad *annexData, l *statsLayout) (*annexTemplate, error) {
	m, mb, err := serifMetrics()
	if err != nil {
		return nil, err
	}
	t := &annexTemplate{fixed: map[string][]byte{}, st: *st, m: m, mb: mb}
	varying := map[string]bool{annexListPart: true, annexItemsPart: true, annexStatsPart: true, annexBookPart: true, formCorePart: true}
	if len(l.agencies) > 0 {
		varying[annexAgencyChart], varying[annexDrawing] = true, true
	}
	for n, b := range parts {
		if !varying[n] {
			t.fixed[n] = b
		}
	}
	n := newAnnexNumbers(ad, len(annexTitleLines(st, m, mb, ad.p, ad.o)))
	fail := func(what, part string) (*annexTemplate, error) {
		return nil, fmt.Errorf("annex template: %s not found in %s", what, part)
	}

	split, sel := paneRows(n.header)
	pieces, ok := cutAt(parts[annexListPart], split, sel, "<sheetData>")
	if !ok {
		return fail("frozen pane", annexListPart)
	}
	t.list = [3][]byte{pieces[0], pieces[2], cat(pieces[4], pieces[5])}
	rows := pieces[6]
	end := bytes.LastIndex(rows, []byte("</sheetData>"))
	if end < 0 || !bytes.HasPrefix(rows[end:], []byte(listFilter(n))) {
		return fail("autofilter", annexListPart)
	}
	tail := rows[end+len(listFilter(n)):]
	if bytes.HasPrefix(tail, []byte("<mergeCells ")) {
		i := bytes.Index(tail, []byte("</mergeCells>"))
		if i < 0 {
			return fail("merged cells", annexListPart)
		}
		tail = tail[i+len("</mergeCells>"):]
	}
	t.listTail = tail
	if ad.hasNote() {
		row := []byte(`<row r="` + strconv.Itoa(n.noteRow) + `" `)
		i := bytes.Index(rows[:end], row)
		if i < 0 {
			return fail("note row", annexListPart)
		}
		cell := rows[i:end]
		cell = cell[:bytes.Index(cell, []byte("</row>"))]
		ref := []byte(`<c r="A` + strconv.Itoa(n.noteRow) + `"`)
		c := bytes.Index(cell, ref)
		esc := escaped(ad.p.Annex.Note)
		j := bytes.LastIndex(cell, append(esc, "</t>"...))
		if c < 0 || j < c {
			return fail("note", annexListPart)
		}
		t.noteCell = [2][]byte{cell[c+len(ref) : j], cell[j+len(esc):]}
	}

	items := parts[annexItemsPart]
	i := bytes.Index(items, []byte("<sheetData>"))
	end = bytes.LastIndex(items, []byte("</sheetData>"))
	if i < 0 || end < i || !bytes.HasPrefix(items[end:], []byte(itemsFilter(n))) {
		return fail("sheet data", annexItemsPart)
	}
	t.itemsHead, t.itemsTail = items[:i+len("<sheetData>")], items[end+len(itemsFilter(n)):]

	if t.statsHead, _, t.statsTail, ok = cutAround(parts[annexStatsPart], "<sheetData>", "</sheetData>"); !ok {
		return fail("sheet data", annexStatsPart)
	}

	ranges := bookRanges(n)
	if pieces, ok = cutAt(parts[annexBookPart], ranges[0], ranges[1], ranges[2]); !ok {
		return fail("defined names", annexBookPart)
	}
	t.book = [4][]byte{pieces[0], pieces[2], pieces[4], pieces[6]}

	if len(l.agencies) > 0 {
		cr := chartRanges(l)
		if pieces, ok = cutAt(parts[annexAgencyChart], cr[0], cr[1]); !ok {
			return fail("ranges", annexAgencyChart)
		}
		t.chart = [3][]byte{pieces[0], pieces[2], pieces[4]}
		d := parts[annexDrawing]
		first := bytes.Index(d, []byte("<xdr:to>"))
		second := -1
		if first >= 0 {
			if k := bytes.Index(d[first+1:], []byte("<xdr:to>")); k >= 0 {
				second = first + 1 + k
			}
		}
		lit := []byte(anchorEnd(l))
		if second < 0 {
			return fail("the second anchor", annexDrawing)
		}
		k := bytes.Index(d[second:], lit)
		if k < 0 || k > bytes.Index(d[second:], []byte("</xdr:to>")) {
			return fail("the agencies chart's end row", annexDrawing)
		}
		t.drawing = [2][]byte{d[:second+k], d[second+k+len(lit):]}
	}

	core := parts[formCorePart]
	if i = bytes.Index(core, []byte("<dc:title>")); i < 0 {
		return fail("title", formCorePart)
	}
	t.coreHead = core[:i]
	return t, nil
}

// escaped is s as xml.EscapeText writes it.
func escaped(s string) []byte {
	var b bytes.Buffer
	xml.EscapeText(&b, []byte(s))
	return b.Bytes()
}

// render writes ad's varying parts into the template; ok is false when a
// text is one excelize writes in a special way (see plainText).
func (t *annexTemplate) render(ad *annexData, l *statsLayout) (map[string][]byte, bool) {
	titles := annexTitleLines(&t.st, t.m, t.mb, ad.p, ad.o)
	n := newAnnexNumbers(ad, len(titles))
	parts := make(map[string][]byte, len(t.fixed)+7)
	for name, b := range t.fixed {
		parts[name] = b
	}
	var ok bool
	if parts[annexListPart], ok = t.listSheet(ad, titles, n); !ok {
		return nil, false
	}
	if parts[annexItemsPart], ok = t.itemsSheet(ad, n); !ok {
		return nil, false
	}
	if parts[annexStatsPart], ok = t.statsSheet(ad, l); !ok {
		return nil, false
	}
	ranges := bookRanges(n)
	parts[annexBookPart] = cat(t.book[0], []byte(ranges[0]), t.book[1], []byte(ranges[1]), t.book[2], []byte(ranges[2]), t.book[3])
	if len(l.agencies) > 0 {
		cr := chartRanges(l)
		parts[annexAgencyChart] = cat(t.chart[0], []byte(cr[0]), t.chart[1], []byte(cr[1]), t.chart[2])
		parts[annexDrawing] = cat(t.drawing[0], []byte(anchorEnd(l)), t.drawing[1])
	}
	d := docProps{Title: ad.title(), Subject: ad.p.Subject, Author: ad.o.Author, Date: ad.o.Date}
	if parts[formCorePart], ok = corePart(t.coreHead, d); !ok {
		return nil, false
	}
	return parts, true
}

// listSheet is the Danh mục sheet as writeAnnexList streams it.
func (t *annexTemplate) listSheet(ad *annexData, titles []titleLine, n annexNumbers) ([]byte, bool) {
	st, size := &t.st, ad.o.Font.Size
	fr := &fastRows{ok: true}
	b := &fr.buf
	b.Grow(len(t.list[0]) + len(t.listTail) + listRowBytes*(len(ad.rows)+6))
	split, sel := paneRows(n.header)
	b.Write(t.list[0])
	b.WriteString(split)
	b.Write(t.list[1])
	b.WriteString(sel)
	b.Write(t.list[2])
	full := textWidth(size, annexWidths...)
	for i, l := range titles {
		fr.row(i+1, l.m.rowHeight(l.text, size, full), fastCell{style: l.style, text: l.text})
	}
	cols := annexHeadings(ad.p)
	headers := make([]fastCell, len(cols))
	for i, c := range cols {
		headers[i] = fastCell{style: st.header, text: c}
	}
	fr.row(n.header, t.mb.fitRow(cols, size, columnPoints(size, annexWidths)), headers...)
	widths := columnPoints(size, annexWidths)
	for i, r := range ad.rows {
		texts := annexRowTexts(r)
		fr.row(n.header+1+i, t.m.fitRow(texts[:], size, widths),
			fastCell{style: st.center, text: texts[0]}, fastCell{style: st.text, text: texts[1]},
			fastCell{style: st.text, text: texts[2]}, fastCell{style: st.center, text: texts[3]})
	}
	merges := len(titles)
	if ad.hasNote() {
		note := ad.p.Annex.Note
		rowStart(b, n.noteRow, t.mb.rowHeight("Ghi chú: "+note, size, full))
		b.WriteString(`<c r="A` + strconv.Itoa(n.noteRow) + `"`)
		b.Write(t.noteCell[0])
		if !writePlain(b, note) {
			return nil, false
		}
		b.Write(t.noteCell[1])
		b.WriteString(`</row>`)
		merges++
	}
	if !fr.ok {
		return nil, false
	}
	b.WriteString(listFilter(n))
	if merges > 0 {
		b.WriteString(`<mergeCells count="` + strconv.Itoa(merges) + `">`)
		for i := range titles {
			writeMerge(b, 1, len(annexWidths), i+1)
		}
		if ad.hasNote() {
			writeMerge(b, 1, len(annexWidths), n.noteRow)
		}
		b.WriteString(`</mergeCells>`)
	}
	b.Write(t.listTail)
	return b.Bytes(), true
}

func writeMerge(b *bytes.Buffer, c1, c2, row int) {
	b.WriteString(`<mergeCell ref="` + ref(c1, row) + `:` + ref(c2, row) + `"/>`)
}

// itemsSheet is the Phần việc sheet as writeItemList streams it.
func (t *annexTemplate) itemsSheet(ad *annexData, n annexNumbers) ([]byte, bool) {
	st, size := &t.st, ad.o.Font.Size
	fr := &fastRows{ok: true}
	b := &fr.buf
	b.Grow(len(t.itemsHead) + len(t.itemsTail) + itemRowBytes*(len(ad.items)+1))
	b.Write(t.itemsHead)
	headers := make([]fastCell, len(itemColumns))
	for i, c := range itemColumns {
		headers[i] = fastCell{style: st.header, text: c}
	}
	fr.row(1, t.mb.fitRow(itemColumns, size, columnPoints(size, itemWidths)), headers...)
	widths := columnPoints(size, itemWidths)
	for i, it := range ad.items {
		texts := itemTexts(it)
		fr.row(i+2, t.m.fitRow(texts, size, widths),
			fastCell{style: st.center, text: texts[0]}, fastCell{style: st.text, text: texts[1]},
			fastCell{style: st.text, text: texts[2]}, fastCell{style: st.text, text: texts[3]},
			fastCell{style: st.text, text: texts[4]}, fastCell{style: st.center, text: texts[5]},
			fastCell{style: st.date, isDate: true, date: it.Deadline.Due})
	}
	if !fr.ok {
		return nil, false
	}
	b.WriteString(itemsFilter(n))
	b.Write(t.itemsTail)
	return b.Bytes(), true
}

// statsSheet is the Thống kê sheet as writeItemStats streams it.
func (t *annexTemplate) statsSheet(ad *annexData, l *statsLayout) ([]byte, bool) {
	st, size := &t.st, ad.o.Font.Size
	fr := &fastRows{ok: true}
	b := &fr.buf
	b.Write(t.statsHead)
	full, first := textWidth(size, statsWidths...), textWidth(size, statsWidths[0])
	points := columnPoints(size, statsWidths)
	for _, tb := range l.tables() {
		fr.row(tb.titleRow, t.mb.rowHeight(tb.title, size, full), fastCell{style: st.subtitle, text: tb.title})
		heads := []string{tb.heading, statsCountHeading}
		fr.row(tb.titleRow+1, t.mb.fitRow(heads, size, points),
			fastCell{style: st.header, text: heads[0]}, fastCell{style: st.header, text: heads[1]})
		total := 0
		for i, r := range tb.rows {
			row := tb.titleRow + 2 + i
			total += r.count
			rowStart(b, row, t.m.rowHeight(r.label, size, first))
			fr.ok = fr.ok && inlineCell(b, 1, row, st.text, r.label)
			cellStart(b, 2, row, st.number, "")
			b.WriteString(`<v>` + strconv.Itoa(r.count) + `</v></c></row>`)
		}
		row := tb.titleRow + 2 + len(tb.rows)
		rowStart(b, row, t.mb.lineHeightAt(size))
		fr.ok = fr.ok && inlineCell(b, 1, row, st.header, statsTotalLabel)
		cellStart(b, 2, row, st.header, "")
		b.WriteString(`<f>` + statsSum(tb.titleRow, len(tb.rows)) + `</f><v>` + strconv.Itoa(total) + `</v></c></row>`)
	}
	if !fr.ok {
		return nil, false
	}
	b.Write(t.statsTail)
	return b.Bytes(), true
}

// corePart is the core properties part as docProps.apply has excelize
// write it, after head; ok is false for an empty or special text.
func corePart(head []byte, d docProps) ([]byte, bool) {
	for _, s := range []string{d.Title, d.Subject, d.Author} {
		if s == "" || !plainText(s) {
			return nil, false
		}
	}
	stamp := d.stamp()
	var b bytes.Buffer
	b.Grow(len(head) + 1024)
	b.Write(head)
	el := func(name, text string) {
		b.WriteString("<" + name + ">")
		xml.EscapeText(&b, []byte(text))
		b.WriteString("</" + name + ">")
	}
	el("dc:title", d.Title)
	el("dc:subject", d.Subject)
	el("dc:creator", d.Author)
	el("lastModifiedBy", d.Author)
	el("dc:language", "vi-VN")
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified>`)
	b.WriteString(`</coreProperties>`)
	return b.Bytes(), true
}
