package xlsx

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"baocao/internal/program"
)

// Agency forms all share one layout: only the rows, the title lines, the
// identity sheet, its shared strings and the document properties differ
// from one agency to the next. Building each form with excelize decoded
// its theme, styles and workbook again and marshalled them back (a third
// of a 100-programme run), so the first form of a run is built with
// excelize and becomes the template: its fixed parts are kept as written,
// and each later form is written by filling only what differs into the
// template's bytes. The template is accepted only if it reproduces that
// first form byte for byte, and a form whose texts excelize would write
// specially (leading or trailing spaces, control characters, "_x…_"
// escapes) is built with excelize instead, so the bytes are always those
// excelize would write.

// Parts of a form workbook that differ between agencies.
const (
	formSheetPart = "xl/worksheets/sheet1.xml"
	formIDPart    = "xl/worksheets/sheet2.xml"
	formSSTPart   = "xl/sharedStrings.xml"
	formCorePart  = "docProps/core.xml"
)

// writeForm writes fd's form from the template of its options, making the
// template from this form when there is none yet.
func writeForm(w io.Writer, fd *formData) error {
	key := formKey{fd.o.Font, fd.o.Margins, fd.o.Password}
	t := formTemplates.get(key)
	if t == nil && !formTemplates.tried(key) && key == preparedFormKey() {
		if t = preparedFormTemplate(); t != nil {
			formTemplates.put(key, t)
		}
	}
	if t != nil {
		if parts, ok := t.render(fd); ok {
			return writeParts(w, parts)
		}
	}
	parts, st, err := formParts(fd)
	if err != nil {
		return err
	}
	if !formTemplates.tried(key) {
		formTemplates.put(key, learnForm(parts, st, fd))
	}
	return writeParts(w, parts)
}

// formKey is what the fixed parts of a form depend on.
type formKey struct {
	font     Font
	margins  Margins
	password string
}

// formTemplates holds one template per formKey (a run uses one). A key
// whose first form could not serve as a template is remembered as nil.
var formTemplates = templateCache[formKey, formTemplate]{}

// templateCache holds the templates of a kind of workbook by the key of
// their fixed parts, nil for a key whose first workbook could not serve.
type templateCache[K comparable, T any] struct {
	mu   sync.Mutex
	m    map[K]*T
	seen map[K]bool // keys asked for once, for sightings
}

// sighting records that a workbook of key k is being written and reports
// whether one was written before: a kind learns its template from its
// second workbook, so that a command writing one pays nothing for it.
func (c *templateCache[K, T]) sighting(k K) (again bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen[k] {
		return true
	}
	if c.seen == nil || len(c.seen) >= 64 {
		c.seen = map[K]bool{}
	}
	c.seen[k] = true
	return false
}

func (c *templateCache[K, T]) get(k K) *T {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[k]
}

// tried reports whether a template for k was made or tried.
func (c *templateCache[K, T]) tried(k K) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	_, ok := c.m[k]
	return ok
}

// put keeps t (nil: none can be made) for k unless one was kept meanwhile.
func (c *templateCache[K, T]) put(k K, t *T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= 16 { // options vary only in tests
		c.m = map[K]*T{}
	}
	if _, ok := c.m[k]; !ok {
		c.m[k] = t
	}
}

// learnForm makes a template from a form excelize wrote; nil unless it
// renders that same form to the same bytes.
func learnForm(parts map[string][]byte, st *styleSet, fd *formData) *formTemplate {
	t, err := newFormTemplate(parts, st, fd)
	if err != nil {
		return nil
	}
	if got, ok := t.render(fd); !ok || !sameParts(got, parts) {
		return nil
	}
	return t
}

func sameParts(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for n, x := range a {
		if y, ok := b[n]; !ok || !bytes.Equal(x, y) {
			return false
		}
	}
	return true
}

// formTemplate is a form workbook cut where the agency's content goes.
type formTemplate struct {
	fixed     map[string][]byte // the parts every form shares
	st        styleSet
	m, mb     *fontMetrics
	sheetHead []byte    // the visible sheet through <sheetData>
	sheetTail [5][]byte // from </sheetData>, cut at the merged cells (written anew: the footer's rows move), the validated ranges' last rows and the earliest date
	idHead    []byte    // the identity sheet through <sheetData>
	idTail    []byte    // from </sheetData>
	sstHead   []byte    // the shared strings up to their count
	coreHead  []byte    // the core properties up to the title

	// Rows measured once: the title lines of the form cut (most are the
	// same in every form of a run), the header row, and the footer's rows
	// below a last item row 0 (moved down by the last item row).
	lines     []cachedRow
	headerRow []byte
	footer    []footerRow
}

// cachedRow is a title line's text and style and its row as written.
type cachedRow struct {
	text  string
	style int
	xml   []byte
}

// newFormTemplate cuts the parts excelize wrote for fd.
func newFormTemplate(parts map[string][]byte, st *styleSet, fd *formData) (*formTemplate, error) {
	m, mb, err := serifMetrics()
	if err != nil {
		return nil, err
	}
	t := &formTemplate{fixed: map[string][]byte{}, st: *st, m: m, mb: mb}
	for n, b := range parts {
		switch n {
		case formSheetPart, formIDPart, formSSTPart, formCorePart:
		default:
			t.fixed[n] = b
		}
	}
	head, _, tail, ok := cutAround(parts[formSheetPart], "<sheetData>", "</sheetData>")
	if !ok {
		return nil, fmt.Errorf("form template: no sheet data in %s", formSheetPart)
	}
	t.sheetHead = head
	beforeMerge, _, tail, ok := cutAround(tail, `<mergeCells count="`, `</mergeCells>`)
	if !ok {
		return nil, fmt.Errorf("form template: no merged cells in %s", formSheetPart)
	}
	tail = tail[len(`</mergeCells>`):]
	last := strconv.Itoa(formRows.first + len(fd.items) - 1)
	from := strconv.Itoa(excelSerial(earliestCompletion(fd.r.Programme)))
	first := strconv.Itoa(formRows.first)
	state, date := `sqref="E`+first+`:E`, `sqref="F`+first+`:F`
	pieces, ok := cutAt(tail, state+last+`"`, date+last+`"`, `<formula1>`+from+`</formula1>`)
	if !ok {
		return nil, fmt.Errorf("form template: validations not found in %s", formSheetPart)
	}
	t.sheetTail = [5][]byte{
		beforeMerge[:len(beforeMerge)-len(`<mergeCells count="`)],
		cat(pieces[0], []byte(state)),
		cat([]byte(`"`), pieces[2], []byte(date)),
		cat([]byte(`"`), pieces[4], []byte(`<formula1>`)),
		cat([]byte(`</formula1>`), pieces[6]),
	}
	if t.idHead, _, t.idTail, ok = cutAround(parts[formIDPart], "<sheetData>", "</sheetData>"); !ok {
		return nil, fmt.Errorf("form template: no sheet data in %s", formIDPart)
	}
	sst := parts[formSSTPart]
	i := bytes.Index(sst, []byte(` count="`))
	if i < 0 {
		return nil, fmt.Errorf("form template: no count in %s", formSSTPart)
	}
	t.sstHead = sst[:i]
	core := parts[formCorePart]
	if i = bytes.Index(core, []byte("<dc:title>")); i < 0 {
		return nil, fmt.Errorf("form template: no title in %s", formCorePart)
	}
	t.coreHead = core[:i]

	size := fd.o.Font.Size
	for i, l := range formTitleLines(st, m, mb, fd.r, fd.agency, fd.o) {
		var b bytes.Buffer
		if titleRow(&b, i+1, l, size) {
			t.lines = append(t.lines, cachedRow{l.text, l.style, b.Bytes()})
		}
	}
	var b bytes.Buffer
	rowStart(&b, formRows.header, mb.fitRow(formColumns, size, columnPoints(size, formWidths)))
	for c, name := range formColumns {
		if !inlineCell(&b, c+1, formRows.header, st.header, name) {
			return nil, fmt.Errorf("form template: heading %q is not plain text", name)
		}
	}
	b.WriteString(`</row>`)
	t.headerRow = b.Bytes()
	t.footer = formFooterRows(st, m, mb, 0, size)
	return t, nil
}

// titleRow writes a title line at row as writeTitleLines streams it.
func titleRow(b *bytes.Buffer, row int, l titleLine, size float64) bool {
	rowStart(b, row, l.m.rowHeight(l.text, size, textWidth(size, formWidths...)))
	if !inlineCell(b, 1, row, l.style, l.text) {
		return false
	}
	b.WriteString(`</row>`)
	return true
}

// cutAround splits b at the first open and the last close: the head ends
// with open, the tail starts with close.
func cutAround(b []byte, open, close string) (head, mid, tail []byte, ok bool) {
	i := bytes.Index(b, []byte(open))
	j := bytes.LastIndex(b, []byte(close))
	if i < 0 || j < i {
		return nil, nil, nil, false
	}
	i += len(open)
	return b[:i], b[i:j], b[j:], true
}

// cutAt splits b at each literal in turn, each searched after the
// previous: pieces holds the text before each literal and the literal
// alternately, then the rest.
func cutAt(b []byte, lits ...string) ([][]byte, bool) {
	var pieces [][]byte
	for _, l := range lits {
		i := bytes.Index(b, []byte(l))
		if i < 0 {
			return nil, false
		}
		pieces = append(pieces, b[:i], b[i:i+len(l)])
		b = b[i+len(l):]
	}
	return append(pieces, b), true
}

func cat(bs ...[]byte) []byte { return bytes.Join(bs, nil) }

// render writes fd's varying parts into the template; ok is false when a
// text is one excelize writes in a special way (see plainText).
func (t *formTemplate) render(fd *formData) (map[string][]byte, bool) {
	parts := make(map[string][]byte, len(t.fixed)+4)
	for n, b := range t.fixed {
		parts[n] = b
	}
	var ok bool
	if parts[formSheetPart], ok = t.sheet(fd); !ok {
		return nil, false
	}
	if parts[formIDPart], parts[formSSTPart], ok = t.identity(fd); !ok {
		return nil, false
	}
	if parts[formCorePart], ok = t.core(fd); !ok {
		return nil, false
	}
	return parts, true
}

// sheet is the visible sheet: title lines, header, one row per item (as
// writeFormSheet streams them), and the validations sized to the rows.
func (t *formTemplate) sheet(fd *formData) ([]byte, bool) {
	st, size := &t.st, fd.o.Font.Size
	var b bytes.Buffer
	b.Grow(len(t.sheetHead) + 1024*(len(fd.items)+6))
	b.Write(t.sheetHead)
	lines := formTitleLines(st, t.m, t.mb, fd.r, fd.agency, fd.o)
	for i, l := range lines {
		if i < len(t.lines) && t.lines[i].text == l.text && t.lines[i].style == l.style {
			b.Write(t.lines[i].xml)
		} else if !titleRow(&b, i+1, l, size) {
			return nil, false
		}
	}
	b.Write(t.headerRow)
	widths := columnPoints(size, formWidths)
	for i, is := range fd.items {
		row := formRows.first + i
		texts := formRowTexts(is)
		rowStart(&b, row, t.m.fitRow(texts, size, widths))
		ok := inlineCell(&b, formColID, row, st.center, texts[0]) &&
			inlineCell(&b, formColKind, row, st.text, texts[1]) &&
			inlineCell(&b, formColTitle, row, st.text, texts[2]) &&
			dateCellXML(&b, formColDue, row, st.date, is.Due) &&
			inlineCell(&b, formColState, row, st.editText, texts[4]) &&
			dateCellXML(&b, formColCompleted, row, st.editDate, is.Completed) &&
			inlineCell(&b, formColDocument, row, st.editText, texts[6]) &&
			inlineCell(&b, formColNote, row, st.editText, texts[7]) &&
			inlineCell(&b, formColDifficulties, row, st.editText, texts[8])
		if !ok {
			return nil, false
		}
		b.WriteString(`</row>`)
	}
	lastRow := formRows.first + len(fd.items) - 1
	for _, fr := range t.footer {
		row := fr.row + lastRow
		rowStart(&b, row, fr.height)
		for _, c := range fr.cells {
			if !inlineCell(&b, c.col, row, c.style, c.text) {
				return nil, false
			}
		}
		b.WriteString(`</row>`)
	}
	last := strconv.Itoa(lastRow)
	b.Write(t.sheetTail[0])
	// The merged cells as the stream writer lists them: the title lines,
	// then the footer's cells row by row.
	n := len(lines)
	for _, fr := range t.footer {
		n += len(fr.cells)
	}
	b.WriteString(`<mergeCells count="` + strconv.Itoa(n) + `">`)
	for row := 1; row <= len(lines); row++ {
		writeMerge(&b, 1, len(formColumns), row)
	}
	for _, fr := range t.footer {
		for _, c := range fr.cells {
			writeMerge(&b, c.col, c.end, fr.row+lastRow)
		}
	}
	b.WriteString(`</mergeCells>`)
	b.Write(t.sheetTail[1])
	b.WriteString(last)
	b.Write(t.sheetTail[2])
	b.WriteString(last)
	b.Write(t.sheetTail[3])
	b.WriteString(strconv.Itoa(excelSerial(earliestCompletion(fd.r.Programme))))
	b.Write(t.sheetTail[4])
	return b.Bytes(), true
}

// rowStart opens a streamed row of the given height as excelize's
// StreamWriter.SetRow writes it.
func rowStart(b *bytes.Buffer, row int, height float64) {
	b.WriteString(`<row r="`)
	b.Write(strconv.AppendInt(b.AvailableBuffer(), int64(row), 10))
	b.WriteString(`" ht="`)
	b.Write(strconv.AppendFloat(b.AvailableBuffer(), height, 'f', -1, 64))
	b.WriteString(`" customHeight="1">`)
}

// inlineCell writes a streamed text cell (an inline string); false, with
// part of the cell written, for a text that is not plain (see writePlain).
func inlineCell(b *bytes.Buffer, col, row, style int, text string) bool {
	cellStart(b, col, row, style, "inlineStr")
	b.WriteString(`<is><t>`)
	if !writePlain(b, text) {
		return false
	}
	b.WriteString(`</t></is></c>`)
	return true
}

// writePlain writes s as xml.EscapeText writes it when s is plain text
// (see plainText) made only of characters XML allows, and reports whether
// it was; it checks and escapes in one pass over the text, where
// plainText and EscapeText took three. On false b holds part of s.
func writePlain(b *bytes.Buffer, s string) bool {
	if len(s) > 32767 || s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, w := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && w == 1 || r > 0xD7FF && r < 0xE000 || r == 0xFFFE || r == 0xFFFF {
				return false // xml.EscapeText would write U+FFFD
			}
			i += w
			continue
		}
		var esc string
		switch c {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '_':
			if i+1 < len(s) && s[i+1] == 'x' {
				return false
			}
			i++
			continue
		default:
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		i++
		last = i
	}
	b.WriteString(s[last:])
	return true
}

// dateCellXML writes a streamed date cell as dateCell makes it: the serial
// number, or an empty styled cell.
func dateCellXML(b *bytes.Buffer, col, row, style int, d *program.Date) bool {
	cellStart(b, col, row, style, "")
	if d != nil && !d.IsZero() {
		serial := excelSerial(*d)
		if serial < 61 { // excelize counts days before March 1900 its own way
			return false
		}
		b.WriteString(`<v>`)
		b.WriteString(strconv.Itoa(serial))
		b.WriteString(`</v>`)
	}
	b.WriteString(`</c>`)
	return true
}

func cellStart(b *bytes.Buffer, col, row, style int, typ string) {
	b.WriteString(`<c r="`)
	if col >= 1 && col <= 26 {
		b.WriteByte(byte('A' + col - 1))
	} else {
		b.WriteString(colName(col))
	}
	b.Write(strconv.AppendInt(b.AvailableBuffer(), int64(row), 10))
	b.WriteByte('"')
	if style != 0 {
		b.WriteString(` s="`)
		b.Write(strconv.AppendInt(b.AvailableBuffer(), int64(style), 10))
		b.WriteByte('"')
	}
	if typ != "" {
		b.WriteString(` t="`)
		b.WriteString(typ)
		b.WriteByte('"')
	}
	b.WriteByte('>')
}

// identity is the identity sheet and its shared strings, as excelize
// writes the cells SetSheetRow sets: strings as shared strings in order of
// first use, whole numbers as values, nil not at all.
func (t *formTemplate) identity(fd *formData) (sheet, sst []byte, ok bool) {
	var b, s bytes.Buffer
	rows := formIdentityRows(fd.r, fd.agency, fd.items)
	// About 200 bytes a row of cells, 100 of new shared strings.
	b.Grow(len(t.idHead) + len(t.idTail) + 200*len(rows))
	s.Grow(100 * len(rows))
	b.Write(t.idHead)
	index := make(map[string]int, 2*len(rows))
	for _, r := range rows {
		b.WriteString(`<row r="`)
		b.WriteString(strconv.Itoa(r.n))
		b.WriteString(`">`)
		for c, v := range r.cells {
			switch v := v.(type) {
			case string:
				i, seen := index[v]
				if !seen {
					i = len(index)
					index[v] = i
					s.WriteString(`<si><t>`)
					if !writePlain(&s, v) {
						return nil, nil, false
					}
					s.WriteString(`</t></si>`)
				}
				cellStart(&b, c+1, r.n, 0, "s")
				b.WriteString(`<v>`)
				b.WriteString(strconv.Itoa(i))
				b.WriteString(`</v></c>`)
			case int:
				cellStart(&b, c+1, r.n, 0, "")
				b.WriteString(`<v>`)
				b.WriteString(strconv.Itoa(v))
				b.WriteString(`</v></c>`)
			case nil: // an empty cell without a style is not written
			default:
				return nil, nil, false
			}
		}
		b.WriteString(`</row>`)
	}
	b.Write(t.idTail)
	n := strconv.Itoa(len(index))
	out := make([]byte, 0, len(t.sstHead)+s.Len()+64)
	out = append(out, t.sstHead...)
	out = append(out, ` count="`+n+`" uniqueCount="`+n+`">`...)
	out = append(out, s.Bytes()...)
	out = append(out, `</sst>`...)
	return b.Bytes(), out, true
}

// core is the core properties part as docProps.apply has excelize write it.
func (t *formTemplate) core(fd *formData) ([]byte, bool) {
	p := fd.r.Programme
	return corePart(t.coreHead, docProps{Title: fd.title(), Subject: p.Subject, Author: fd.o.Author, Date: fd.o.Date})
}

// plainText reports whether excelize writes s as its escaped text and
// nothing more: valid UTF-8 without control characters, no space at
// either end (xml:space="preserve"), no "_x" (excelize escapes "_xHHHH_"),
// and within a cell's 32,767 characters.
func plainText(s string) bool {
	if len(s) > 32767 || !utf8.ValidString(s) || strings.Contains(s, "_x") {
		return false
	}
	if s != "" && (s[0] == ' ' || s[len(s)-1] == ' ') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return false
		}
	}
	return true
}
