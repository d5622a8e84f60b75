package text

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"baocao/internal/document"
	"baocao/internal/source"
)

// Space-aligned columns are what `pdftotext -layout` prints for a table,
// and what people type with the space bar. What pdftotext really prints
// (checked on annexes LibreOffice made): the header on several lines
// ("Thời gian" above "hoàn thành" around the other header cells), rows
// separated by blank lines, a vertically centred cell's first line above
// the row number, a header repeated after each form feed, and columns that
// drift by several characters from row to row, sometimes leaving a single
// space between two cells ("khoáng Môi trường"). So no column position
// holds over the whole table. The reader takes the column count and rough
// boundaries from the header, cuts rows at row numbers (or blank lines),
// and in each row places the boundaries in the gaps that run through all
// of the row's lines, choosing the gaps nearest the header's boundaries.
//
// It is conservative, because prose with double spaces must stay prose:
// a table needs a header line of at least three cells with annex header
// words, or three or more numbered lines whose cells line up in at least
// three columns.

// headerWords are words of annex headers; a header line has two of them.
var headerWords = []string{"tt", "stt", "nội dung", "cơ quan", "chủ trì", "phối hợp", "thời gian", "thời hạn",
	"sản phẩm", "ghi chú", "tên đề án", "nhiệm vụ", "tiến độ", "hoàn thành", "đơn vị", "kết quả", "công việc"}

const (
	maxAlignedLines = 20000
	maxLineRunes    = 2000
)

// alignedLine is a physical line split into words with rune columns.
type alignedLine struct {
	index int // in lines
	shift int // runes removed at the start (form feeds)
	runes []rune
	words []textSpan
}

type textSpan struct{ start, end int } // [start, end) in runes

func newAlignedLine(lines []string, i int) alignedLine {
	l := lines[i]
	shift := 0
	for strings.HasPrefix(l, "\f") {
		l = l[1:]
		shift++
	}
	l = strings.ReplaceAll(l, "\f", " ")
	l = strings.ReplaceAll(l, "\t", " ")
	r := []rune(l)
	if len(r) > maxLineRunes {
		r = r[:maxLineRunes]
	}
	al := alignedLine{index: i, shift: shift, runes: r}
	for x := 0; x < len(r); {
		if r[x] == ' ' || r[x] == '\u00A0' {
			x++
			continue
		}
		s := x
		for x < len(r) && r[x] != ' ' && r[x] != '\u00A0' {
			x++
		}
		al.words = append(al.words, textSpan{s, x})
	}
	return al
}

func (l alignedLine) blank() bool { return len(l.words) == 0 }

// chunks groups the words separated by one space: the pieces of text two
// or more spaces apart.
func (l alignedLine) chunks() []textSpan {
	var out []textSpan
	for _, w := range l.words {
		if n := len(out); n > 0 && w.start-out[n-1].end < 2 {
			out[n-1].end = w.end
			continue
		}
		out = append(out, w)
	}
	return out
}

func (l alignedLine) text(s textSpan) string { return string(l.runes[s.start:s.end]) }

// isHeaderLine reports whether a line has three or more chunks and two
// annex header words, or starts with TT/STT and has another.
func isHeaderLine(l alignedLine) bool {
	return len(l.chunks()) >= 3 && headerWordCount(l) >= 2
}

// readAligned reads a space-aligned table starting at lines[at].
func readAligned(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	if at < 0 || at >= len(lines) {
		return nil, at, nil, false
	}
	first := newAlignedLine(lines, at)
	if first.blank() {
		return nil, at, nil, false
	}
	// the header: this line is a header line, or one of the next few is
	// and the lines between are short pieces of it ("Thời gian" above
	// "Sản phẩm  Cơ quan chủ  Cơ quan phối", above the line with TT). A
	// title or a signer's name above the header is no piece of it.
	mainHeader := -1
	for i := at; i < len(lines) && i <= at+3; i++ {
		l := newAlignedLine(lines, i)
		if l.blank() || (i > at && strings.HasPrefix(lines[i], "\f")) {
			break
		}
		if isHeaderLine(l) {
			mainHeader = i
			break
		}
		if i > at && startsWithTT(l) && headerWordCount(l) >= 2 && len(l.chunks()) >= 2 {
			// "TT  Nội dung" between pieces of the other cells
			mainHeader = i
			break
		}
		if !headerPieceAbove(l) {
			break
		}
	}
	if mainHeader < 0 {
		if headerWordCount(first) >= 2 && startsWithTT(first) {
			// a header whose cells are one space apart: the columns must
			// come from the numbered rows below it
			next := at + 1
			for next < len(lines) && newAlignedLine(lines, next).blank() {
				next++
			}
			t, end, diags, ok := readNumberedAligned(name, lines, next)
			if !ok {
				return nil, at, nil, false
			}
			h := alignedRow(name, []alignedLine{first}, t.bounds, true, nil)
			h.Header = true
			t.Rows = append([]document.Row{h}, t.Rows...)
			t.Pos = h.Pos
			return t.Table, end, diags, true
		}
		t, end, diags, ok := readNumberedAligned(name, lines, at)
		if !ok {
			return nil, at, nil, false
		}
		return t.Table, end, diags, true
	}
	// header lines go on below the main one while they are short pieces
	headerEnd := mainHeader + 1
	for headerEnd < len(lines) && headerEnd <= mainHeader+3 {
		l := newAlignedLine(lines, headerEnd)
		if l.blank() || startsWithRowNumber(l) || !headerPiece(l) || (len(l.chunks()) > 3 && !headerPieceAbove(l)) {
			break
		}
		headerEnd++
	}
	var header []alignedLine
	for i := at; i < headerEnd; i++ {
		header = append(header, newAlignedLine(lines, i))
	}
	cols := headerColumns(header)
	if len(cols) < 3 {
		return nil, at, nil, false
	}
	// rough boundaries from the header, for telling where the table ends
	bounds := make([]int, len(cols)-1)
	for j := range bounds {
		bounds[j] = (cols[j].end + cols[j+1].start) / 2
	}
	numbered := isTTHeader(header, cols[0])
	headerTexts := map[string]bool{}
	left := maxLineRunes
	for _, l := range header {
		headerTexts[normSpaces(string(l.runes))] = true
		if !l.blank() {
			left = min(left, l.words[0].start+l.shift)
		}
	}
	rows, end := alignedBody(lines, headerEnd, at, numbered, cols[0].end, bounds, headerTexts)
	if numbered && countNumbered(rows, cols[0].end+1) < 1 || len(rows) < 1 {
		return nil, at, nil, false
	}
	hb := headerBounds(cols, bounds, refineBounds(cols, rows, bounds))
	bounds = refineBounds(cols, rows, bounds)
	t := &document.Table{Cols: len(cols), Pos: source.Pos{File: name, Line: at + 1, Col: left + 1}}
	t.Rows = append(t.Rows, alignedRow(name, header, hb, true, nil))
	t.Rows[0].Header = true
	t.Rows = append(t.Rows, alignedRows(name, rows, bounds)...)
	return t, end, nil, true
}

// alignedBody gathers the table's body lines from lines[from] into rows:
// a row starts at a row number (numbered tables) or after a blank line; a
// vertically centred row's lines above its number join it; a block
// without a number after a page break continues the row above; a repeated
// header is skipped. It stops at text in the number column that is not a
// number, or after a blank line at text that runs across the columns.
func alignedBody(lines []string, from, at int, numbered bool, numEnd int, bounds []int, headerTexts map[string]bool) ([][]alignedLine, int) {
	var rows [][]alignedLine
	var cur []alignedLine
	pendingBlank := false
	blankSinceNumber := false    // a blank line came after the current row's number
	pageBreak := false           // the header was repeated since the last row line
	afterBreak := map[int]bool{} // rows that start on a new page, below its repeated header
	end := from
	firstEnd := numEnd + 1 // a row number starts at or before this
	newRow := func() {
		if len(cur) > 0 {
			rows = append(rows, cur)
		}
		cur = nil
	}
body:
	for i := from; i < len(lines) && i-at < maxAlignedLines; i++ {
		l := newAlignedLine(lines, i)
		if l.blank() {
			pendingBlank = true
			blankSinceNumber = true
			continue
		}
		if headerTexts[normSpaces(string(l.runes))] || isPageNumber(lines, i, l, firstEnd) {
			pendingBlank = true // the header repeated on a new page, a page number
			pageBreak = pageBreak || headerTexts[normSpaces(string(l.runes))]
			end = i + 1
			continue
		}
		if isColumnNumbers(l) {
			// (1) (2) (3)… numbering the columns: a row of its own
			newRow()
			rows = append(rows, []alignedLine{l})
			pendingBlank = false
			end = i + 1
			continue
		}
		start := l.words[0].start
		switch {
		case numbered && startsWithRowNumber(l) && start <= firstEnd:
			if hasRowNumber(cur, firstEnd) {
				var next []alignedLine
				if !blankSinceNumber {
					next = centredTail(cur, firstEnd)
					cur = cur[:len(cur)-len(next)]
				}
				newRow()
				cur = append(cur, next...)
			}
			blankSinceNumber = false
		case numbered && start <= numEnd:
			break body // text in the number column: the table is over
		case pendingBlank && !continuesTable(l, bounds):
			break body
		case pendingBlank && (!numbered || hasRowNumber(cur, firstEnd)):
			// after a blank line: the next row, or the top of a vertically
			// centred one whose number comes below
			newRow()
			if pageBreak && len(rows) > 0 {
				afterBreak[len(rows)] = true
			}
		}
		pendingBlank, pageBreak = false, false
		cur = append(cur, l)
		end = i + 1
	}
	newRow()
	if !numbered {
		return rows, end
	}
	// The rest of a row a page break split, above the top half of a
	// vertically centred row: its lines start in lower case in every
	// column (a cell's first line starts with a capital), and go back to
	// the row above the break.
	for r := range rows {
		if !afterBreak[r] || r == 0 {
			continue
		}
		k := 0
		for k < len(rows[r])-1 && lowerPieces(rows[r][k]) {
			k++
		}
		if k > 0 && hasRowNumber(rows[r][k:], firstEnd) {
			rows[r-1] = append(rows[r-1], rows[r][:k]...)
			rows[r] = rows[r][k:]
		}
	}
	// a block without a number continues the row above (a page break
	// inside a cell)
	var merged [][]alignedLine
	for _, r := range rows {
		if len(merged) > 0 && !hasRowNumber(r, firstEnd) && !isColumnNumbers(r[0]) && !isColumnNumbers(merged[len(merged)-1][0]) {
			merged[len(merged)-1] = append(merged[len(merged)-1], r...)
			continue
		}
		merged = append(merged, r)
	}
	topOfNext(merged, firstEnd, bounds)
	return merged, end
}

// topOfNext moves to the next row the lines below a number that sits on
// its row's first line, when they are the top half of a vertically
// centred next row: that row has more lines below its number than above,
// its number line lacks a cell that its lines below hold, and the lines
// moved hold text in such a cell (D: "Ủy ban Kiểm tra  Trước ngày" under
// the one-line row 1 belongs to row 2, whose number line has neither the
// lead nor the deadline). centredTail cannot see this: a row whose number
// is on its first line may as well be top-aligned. Rows are taken from
// the last, so a row's own top half is in place before the one above is
// weighed.
func topOfNext(rows [][]alignedLine, firstEnd int, bounds []int) {
	numberAt := func(r []alignedLine) int {
		for k, l := range r {
			if startsWithRowNumber(l) && l.words[0].start < firstEnd {
				return k
			}
		}
		return -1
	}
	colsOf := func(ls []alignedLine) map[int]bool {
		out := map[int]bool{}
		for _, l := range ls {
			for _, w := range l.words {
				col := 0
				for _, b := range bounds {
					if w.start+l.shift >= b {
						col++
					}
				}
				if col > 0 {
					out[col] = true
				}
			}
		}
		return out
	}
	for i := len(rows) - 2; i >= 0; i-- {
		r, n := rows[i], rows[i+1]
		if len(r) < 2 || numberAt(r) != 0 || isColumnNumbers(r[0]) || r[len(r)-1].index+1 != n[0].index {
			continue
		}
		a := numberAt(n)
		if a < 0 {
			continue
		}
		b := len(n) - 1 - a
		if b <= a {
			continue
		}
		onNumber := colsOf(n[a : a+1])
		missing := map[int]bool{}
		for c := range colsOf(n[a+1:]) {
			if !onNumber[c] {
				missing[c] = true
			}
		}
		k := min(len(r)-1, b-a)
		holds := false
		for c := range colsOf(r[len(r)-k:]) {
			holds = holds || missing[c]
		}
		if !holds {
			continue
		}
		moved := append([]alignedLine(nil), r[len(r)-k:]...)
		rows[i] = r[:len(r)-k]
		rows[i+1] = append(moved, n...)
	}
}

// centredTail returns the lines at the end of a row that belong to the next
// one, when rows follow each other without a blank line and every cell is
// vertically centred: the row number then sits in the middle of its row,
// so a row has as many lines below its number as above it, and the lines
// after those are the top half of the next row. Of the counts one either
// side (a row of an even number of lines), the first that leaves the next
// row starting with a capital is taken. A row whose number is on its
// first line is top-aligned: nothing moves.
func centredTail(row []alignedLine, firstEnd int) []alignedLine {
	m := -1
	for k, l := range row {
		if startsWithRowNumber(l) && l.words[0].start < firstEnd {
			m = k
			break
		}
	}
	if m <= 0 {
		return nil
	}
	tail := row[m+1:]
	for _, b := range []int{m, m - 1, m + 1} {
		if b < 0 || b > len(tail) {
			continue
		}
		if b == len(tail) || startsCapital(tail[b]) {
			return tail[b:]
		}
	}
	return tail[min(m, len(tail)):]
}

// lowerPieces reports whether every piece of text on a line (the runs two
// or more spaces apart) starts with a lower-case letter.
func lowerPieces(l alignedLine) bool {
	cs := l.chunks()
	for _, c := range cs {
		if !unicode.IsLower(l.runes[c.start]) {
			return false
		}
	}
	return len(cs) > 0
}

// startsCapital reports whether a line's first word starts with a capital.
func startsCapital(l alignedLine) bool {
	return !l.blank() && unicode.IsUpper(l.runes[l.words[0].start])
}

// isGroupRow reports whether a row is a group title: a roman numeral or
// capital letter, then text in capitals only ("II  LĨNH VỰC KINH TẾ").
func isGroupRow(ls []alignedLine) bool {
	if len(ls) == 0 || len(ls[0].words) < 2 {
		return false
	}
	n, ok := parseRowNumber(ls[0].text(ls[0].words[0]))
	if !ok || n.roman == 0 && n.letter == 0 {
		return false
	}
	for i, l := range ls {
		from := 0
		if i == 0 {
			from = ls[0].words[0].end
		}
		if !isCaps(string(l.runes[from:])) {
			return false
		}
	}
	return true
}

// isColumnNumbers reports whether a line numbers the columns: three or
// more words 1, 2, 3… or (1), (2), (3)….
func isColumnNumbers(l alignedLine) bool {
	if len(l.words) < 3 {
		return false
	}
	for k, w := range l.words {
		if t := l.text(w); t != strconv.Itoa(k+1) && t != "("+strconv.Itoa(k+1)+")" {
			return false
		}
	}
	return true
}

// isPageNumber reports whether a line is a page number printed at the foot
// of a page: a lone number away from the number column, with a form feed
// on one of the next two lines.
func isPageNumber(lines []string, i int, l alignedLine, firstEnd int) bool {
	if len(l.words) != 1 || l.words[0].start <= firstEnd+2 || strings.Trim(l.text(l.words[0]), "0123456789-–") != "" {
		return false
	}
	for k := i + 1; k < len(lines) && k <= i+2; k++ {
		if strings.HasPrefix(lines[k], "\f") {
			return true
		}
	}
	return false
}

func countNumbered(rows [][]alignedLine, firstEnd int) int {
	n := 0
	for _, r := range rows {
		if hasRowNumber(r, firstEnd) {
			n++
		}
	}
	return n
}

// startsWithTT reports whether a line starts with a row-number header: TT, STT, Số TT.
func startsWithTT(l alignedLine) bool {
	low := strings.ToLower(strings.TrimSpace(string(l.runes)))
	for h := range cellPerLineFirst {
		if rest, ok := strings.CutPrefix(low, h); ok && (rest == "" || rest[0] == ' ') {
			return true
		}
	}
	return false
}

func headerWordCount(l alignedLine) int {
	low := strings.ToLower(string(l.runes))
	n := 0
	for _, w := range headerWords {
		if strings.Contains(low, w) {
			n++
		}
	}
	return n
}

// refineBounds moves each boundary to just before where the body's text
// of the next column most often starts: body cells are left-aligned, while
// a header may be centred over its column.
func refineBounds(cols []textSpan, rows [][]alignedLine, bounds []int) []int {
	count := map[int]int{}
	for _, r := range rows {
		for _, l := range r {
			for _, c := range l.chunks() {
				count[c.start]++
			}
		}
	}
	out := make([]int, len(bounds))
	for j := range bounds {
		lo := (cols[j].start+cols[j].end)/2 + 1
		if j > 0 {
			lo = max(lo, out[j-1]+2)
		}
		hi := cols[j+1].start + 2
		best, bx := 0, -1
		for x := lo; x <= hi; x++ {
			if count[x] > best {
				best, bx = count[x], x
			}
		}
		if bx < 0 || best < 2 {
			out[j] = max(bounds[j], lo)
			continue
		}
		out[j] = bx
	}
	return out
}

// headerBounds are the boundaries the header itself is cut at: the body's
// (refined), except where one falls inside a header cell's text. A narrow
// column's header is centred and may reach past where the next column's
// body text starts on another page ("Thời gian" over a deadline column
// whose neighbour's text drifts left); the header's own midpoint is then
// the boundary.
func headerBounds(cols []textSpan, rough, refined []int) []int {
	out := make([]int, len(refined))
	for j, b := range refined {
		out[j] = b
		if (b > cols[j].start && b < cols[j].end) || (b > cols[j+1].start && b < cols[j+1].end) {
			out[j] = rough[j]
		}
	}
	return out
}

// continuesTable reports whether a line after a blank one can be part of
// the table: its pieces of text do not run across two column boundaries
// (a paragraph of prose does).
func continuesTable(l alignedLine, bounds []int) bool {
	for _, c := range l.chunks() {
		crossed := 0
		for _, b := range bounds {
			if c.start < b-1 && c.end > b+2 {
				crossed++
			}
		}
		if crossed >= 3 {
			return false
		}
	}
	return true
}

func hasRowNumber(rows []alignedLine, firstBound int) bool {
	for _, l := range rows {
		if startsWithRowNumber(l) && l.words[0].start < firstBound {
			return true
		}
	}
	return false
}

func startsWithRowNumber(l alignedLine) bool {
	if l.blank() {
		return false
	}
	_, ok := parseRowNumber(l.text(l.words[0]))
	return ok
}

func isTTHeader(header []alignedLine, c textSpan) bool {
	for _, l := range header {
		for _, w := range l.words {
			if w.start >= c.start && w.end <= c.end+1 && cellPerLineFirst[strings.ToLower(l.text(w))] {
				return true
			}
		}
	}
	return false
}

// headerColumns merges the header lines' chunks that overlap across lines
// into one column each, left to right.
func headerColumns(header []alignedLine) []textSpan {
	chunks := make([][]textSpan, len(header))
	for i, l := range header {
		chunks[i] = splitHeaderChunks(l)
	}
	var cols []textSpan
	for i := range header {
		for _, c := range chunks[i] {
			if spansSubHeaders(c, i, chunks) {
				continue
			}
			merged := false
			for k := range cols {
				if c.start < cols[k].end+1 && c.end > cols[k].start-1 {
					cols[k].start = min(cols[k].start, c.start)
					cols[k].end = max(cols[k].end, c.end)
					merged = true
					break
				}
			}
			if !merged {
				cols = append(cols, c)
			}
		}
	}
	// sort and merge again: a wide chunk may join two earlier ones
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(cols); i++ {
			for j := i + 1; j < len(cols); j++ {
				a, b := cols[i], cols[j]
				if a.start < b.end+1 && a.end > b.start-1 {
					cols[i] = textSpan{min(a.start, b.start), max(a.end, b.end)}
					cols = append(cols[:j], cols[j+1:]...)
					changed = true
					j--
				}
			}
		}
	}
	for i := 1; i < len(cols); i++ {
		for j := i; j > 0 && cols[j].start < cols[j-1].start; j-- {
			cols[j], cols[j-1] = cols[j-1], cols[j]
		}
	}
	return cols
}

// spansSubHeaders reports whether chunk c of header line i is a group
// heading over sub-headers ("Cơ quan thực hiện" over "Chủ trì   Phối
// hợp"): another header line has two or more chunks under it. It names
// no column of its own, and would join its sub-headers' columns into one.
func spansSubHeaders(c textSpan, i int, chunks [][]textSpan) bool {
	for j, cs := range chunks {
		if j == i {
			continue
		}
		n := 0
		for _, d := range cs {
			if d.start < c.end && d.end > c.start {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// alignedRow cuts a row's lines into cells: it finds where a cut can run
// through every line without splitting a word and places each column
// boundary at the cut that best fits the expected one.
func alignedRow(name string, ls []alignedLine, bounds []int, header bool, filled []bool) document.Row {
	width := 0
	for _, l := range ls {
		width = max(width, len(l.runes))
	}
	// blocked[x]: a cut before column x would split a word (or put a
	// one-letter word such as "-" on both sides)
	blocked := make([]bool, width+2)
	for _, l := range ls {
		for _, w := range l.words {
			last := w.end - 1
			if w.end-w.start == 1 {
				last = w.end
			}
			for x := w.start + 1; x <= last; x++ {
				blocked[x] = true
			}
		}
	}
	var runs []cutRun
	for x := 0; x <= width+1; {
		if blocked[x] {
			x++
			continue
		}
		s := x
		for x <= width+1 && !blocked[x] {
			x++
		}
		e := x - 1
		if e >= width {
			e = 1 << 20 // past every line's end: open to the right
		}
		runs = append(runs, cutRun{start: s, end: e})
	}
	// a run where some line has a piece of text starting after two or
	// more spaces is a likely cell start even when other lines leave no
	// room (pdftotext squeezes a long line against the next column)
	chunkAt := make([]bool, width+2)
	starts := make([]int, width+2)
	capital := make([]bool, width+2)
	for _, l := range ls {
		for _, c := range l.chunks() {
			if c.start > 0 {
				chunkAt[c.start] = true
			}
		}
		for _, w := range l.words {
			starts[w.start]++
			if w.start > 0 && w.end-w.start > 1 && unicode.IsUpper(l.runes[w.start]) {
				capital[w.start] = true
			}
		}
		if header {
			// header cells start with a capital: "Tên đề án Cơ quan chủ trì"
			for _, w := range l.words {
				if unicode.IsUpper(l.runes[w.start]) {
					chunkAt[w.start] = true
				}
			}
		}
	}
	for i, r := range runs {
		for x := r.start; x <= min(r.end, width+1); x++ {
			// two lines starting a word at the same column, one space
			// after the text before, are a column edge too
			if chunkAt[x] {
				runs[i].wide = true
			}
			if starts[x] >= 2 && x > 0 {
				runs[i].aligned = true
			}
			if capital[x] {
				runs[i].capital = true
			}
		}
	}
	cut := placeBounds(runs, bounds, filled)
	n := len(bounds) + 1
	if !header && n > 2 && isGroupRow(ls) {
		// a group title in capitals spans the row whatever gaps it has:
		// everything after the group number is the title
		cut = make([]int, len(bounds))
		cut[0] = ls[0].words[0].end
		for j := 1; j < len(cut); j++ {
			cut[j] = 1 << 20
		}
	}
	row := document.Row{Pos: source.Pos{File: name, Line: ls[0].index + 1, Col: 1}}
	cells := make([]document.Cell, n)
	reach := make([]int, n) // the rightmost column each cell's text reaches
	for j := range cells {
		cells[j] = document.Cell{Col: j, ColSpan: 1, RowSpan: 1}
	}
	lineCut := make([]int, len(cut))
	all := make([][][2]int, len(ls)) // per line, per column: first word start, last word end
	for li, l := range ls {
		// the words of each column on this line
		copy(lineCut, cut)
		if !header {
			squeezedCuts(l, ls, lineCut)
		}
		col := 0
		pieces := make([][2]int, n)
		for j := range pieces {
			pieces[j] = [2]int{-1, -1}
		}
		for _, w := range l.words {
			for col < n-1 && w.start >= lineCut[col] {
				col++
			}
			if pieces[col][0] < 0 {
				pieces[col][0] = w.start
			}
			pieces[col][1] = w.end
			reach[col] = max(reach[col], w.end)
		}
		all[li] = pieces
	}
	if !header {
		joinedDashes(ls, all)
	}
	for li, l := range ls {
		for j, p := range all[li] {
			if p[0] < 0 {
				continue
			}
			pos := source.Pos{File: name, Line: l.index + 1, Col: p[0] + l.shift + 1}
			if len(cells[j].Paras) == 0 {
				cells[j].Pos = pos
			}
			// Columns aligned with spaces cannot show a paragraph break:
			// every further line of a cell is a wrap.
			cells[j].Paras = append(cells[j].Paras, document.Paragraph{
				Runs: []document.Run{{Text: normSpaces(string(l.runes[p[0]:p[1]]))}}, Pos: pos, Wrap: len(cells[j].Paras) > 0})
		}
	}
	for j := range cells {
		if len(cells[j].Paras) == 0 {
			cells[j].Pos = row.Pos
			cells[j].Paras = []document.Paragraph{{Runs: []document.Run{{Text: ""}}, Pos: row.Pos}}
		}
	}
	// a group row ("II   LĨNH VỰC KINH TẾ") has text only in its first
	// two columns, and the title runs on past where the third begins
	if !header && n > 2 && len(bounds) > 1 && reach[1] > bounds[1] {
		empty := true
		for j := 2; j < n; j++ {
			empty = empty && cells[j].Text() == ""
		}
		if empty {
			cells[1].ColSpan = n - 1
			cells = cells[:2]
		}
	}
	row.Cells = cells
	return row
}

// squeezedCuts moves, on one line, a cut that falls where this line gives
// no evidence of a column edge: the word after it starts in lower case one
// space after the word before (a title's line squeezed under the next
// column: "phát triển kinh tế tập thể, Huyện ủy", where the lead "Văn
// phòng Huyện ủy" starts at "Huyện"). A cell's text starts with a capital,
// so the cut moves on to the next word in capitals before the next cut,
// when there is one. A word that starts where the column's text starts on
// another line of the row stays: it is that cell's line ("Ủy ban Kiểm" /
// "tra Huyện ủy").
func squeezedCuts(l alignedLine, ls []alignedLine, cut []int) {
	ws := l.words
	for j := range cut {
		k := 0
		for k < len(ws) && ws[k].start < cut[j] {
			k++
		}
		if k == 0 || k == len(ws) || ws[k].start-ws[k-1].end != 1 || !unicode.IsLower(l.runes[ws[k].start]) {
			continue
		}
		if startsColumnElsewhere(l, ls, cut[j], ws[k].start) {
			continue
		}
		next := 1 << 20
		if j+1 < len(cut) {
			next = cut[j+1]
		}
		for m := k + 1; m < len(ws) && ws[m].start < next; m++ {
			if unicode.IsUpper(l.runes[ws[m].start]) {
				cut[j] = ws[m].start
				break
			}
		}
	}
}

// joinedDashes gives back to a cell the dash that ends its line and joins
// it to the next ("Sở Lao động -" / "Thương binh và Xã hội"): a one-letter
// word cannot be told from the next cell's text by position, so the cut
// leaves it at the start of the next cell's piece ("- Sở Du lịch; UBND").
// It goes back when the cell on its left has text on this line and the
// next, and no other line of its own cell starts with a dash (a list of
// agencies, each after "- ", keeps its dashes).
func joinedDashes(ls []alignedLine, all [][][2]int) {
	dashAt := func(li, j int) (textSpan, textSpan, bool) {
		p := all[li][j]
		if p[0] < 0 {
			return textSpan{}, textSpan{}, false
		}
		ws := ls[li].words
		for k, w := range ws {
			if w.start == p[0] {
				r := ls[li].runes[w.start]
				if w.end-w.start == 1 && (r == '-' || r == '–') && k+1 < len(ws) && ws[k+1].start < p[1] {
					return w, ws[k+1], true
				}
				break
			}
		}
		return textSpan{}, textSpan{}, false
	}
	for j := 1; len(all) > 0 && j < len(all[0]); j++ {
		for li := range all {
			dash, next, ok := dashAt(li, j)
			if !ok || li+1 >= len(all) || all[li][j-1][0] < 0 || all[li+1][j-1][0] < 0 {
				continue
			}
			list := false
			for o := range all {
				if _, _, d := dashAt(o, j); d && o != li {
					list = true
				}
			}
			if list {
				continue
			}
			all[li][j-1][1] = dash.end
			all[li][j][0] = next.start
		}
	}
}

// startsColumnElsewhere reports whether another line of the row has the
// first word right of cut at column x.
func startsColumnElsewhere(l alignedLine, ls []alignedLine, cut, x int) bool {
	for _, o := range ls {
		if o.index == l.index {
			continue
		}
		for _, w := range o.words {
			if w.start >= cut {
				if w.start == x {
					return true
				}
				break
			}
		}
	}
	return false
}

// cutRun is a run of columns where a cell boundary can be drawn through
// every line of a row (end inclusive); wide when two or more spaces, on
// some line, come before a piece of text there.
type cutRun struct {
	start, end int
	wide       bool
	aligned    bool // two lines start a word here, one space after other text
	capital    bool // a word in capitals starts here: cells start with one
}

// placeBounds chooses, for each expected cut in order, a run of possible
// cuts (several may share a wide run: the columns between are empty) so
// that the total distance to the expected places is least; a run of width
// one or two (no space or one space between cells) costs more than a wide
// gap, and a wide one counts half its distance: pdftotext shifts whole
// lines by several characters, but rarely leaves a single space between
// cells. It returns, per boundary, the column where the next cell starts.
// emptyCost is what leaving a cell empty costs in a column that is
// filled in four rows of five or more: pdftotext may squeeze a line so
// that a short cell ("Quy chế") touches the one before it.
const emptyCost = 5

// alignedRows cuts the body rows twice: once to learn which columns are
// nearly always filled, then with that known.
func alignedRows(name string, rows [][]alignedLine, bounds []int) []document.Row {
	out := make([]document.Row, len(rows))
	n := len(bounds) + 1
	count := make([]int, n)
	for i, r := range rows {
		out[i] = alignedRow(name, r, bounds, false, nil)
		for _, c := range out[i].Cells {
			if c.Text() != "" && c.ColSpan == 1 {
				count[c.Col]++
			}
		}
	}
	filled := make([]bool, n)
	any := false
	for j := range filled {
		filled[j] = len(rows) >= 5 && count[j]*5 >= len(rows)*4
		any = any || filled[j]
	}
	if !any {
		return out
	}
	edges := columnEdges(out, n)
	for i, r := range rows {
		out[i] = alignedRow(name, r, bounds, false, filled)
		// A filled column's cell that holds what starts, on every line,
		// at the next column's edge was filled by cutting the next
		// column's text: that row leaves the column empty.
		for j := 0; j+1 < n; j++ {
			if filled[j] && j+1 < len(out[i].Cells) && tookNext(out[i].Cells[j], out[i].Cells[j+1], edges[j], edges[j+1]) {
				f := slices.Clone(filled)
				f[j] = false
				out[i] = alignedRow(name, r, bounds, false, f)
				break
			}
		}
	}
	return out
}

// columnEdges returns, per column, where its cells' text starts in most
// rows (the column of a cell's first line), or -1 when no three rows agree.
func columnEdges(rows []document.Row, n int) []int {
	edges := make([]int, n)
	for j := range edges {
		edges[j] = -1
		count := map[int]int{}
		for _, r := range rows {
			for _, c := range r.Cells {
				if c.Col == j && c.ColSpan == 1 && len(c.Paras) > 0 && c.Text() != "" {
					count[c.Paras[0].Pos.Col]++
				}
			}
		}
		best := 0
		for col, k := range count {
			if k >= 3 && (k > best || k == best && col < edges[j]) {
				edges[j], best = col, k
			}
		}
	}
	return edges
}

// tookNext reports whether cell, in the column before next, holds text
// that starts on every line at the next column's edge (within one), away
// from its own, while next's text starts off its edge: the cut went through
// the next column's text ("Ban Tuyên" / "giáo Huyện ủy" cut after "Ban" and
// "giáo" to fill an empty Sản phẩm).
func tookNext(cell, next document.Cell, edge, nextEdge int) bool {
	near := func(a, b int) bool { return b >= 0 && a >= b-1 && a <= b+1 }
	if nextEdge < 0 || cell.Text() == "" || next.Text() == "" || len(next.Paras) == 0 || near(next.Paras[0].Pos.Col, nextEdge) {
		return false
	}
	for _, p := range cell.Paras {
		if !near(p.Pos.Col, nextEdge) || near(p.Pos.Col, edge) {
			return false
		}
	}
	return true
}

func placeBounds(runs []cutRun, bounds []int, filled []bool) []int {
	const inf = 1 << 30
	m, k := len(runs), len(bounds)
	out := make([]int, k)
	if m == 0 {
		for j := range out {
			out[j] = 1 << 20
		}
		return out
	}
	cost := func(g cutRun, b int) int {
		c := 0
		switch {
		case b < g.start:
			c = g.start - b
		case b > g.end:
			c = b - g.end
		}
		switch {
		case g.wide, g.aligned && g.capital:
			c /= 2
		case g.aligned:
		case g.capital:
			c = c/2 + 1
		case g.end == g.start:
			c += 4
		case g.end == g.start+1:
			c += 3
		}
		return c
	}
	best := make([][]int, k)
	from := make([][]int, k)
	for j := range best {
		best[j] = make([]int, m)
		from[j] = make([]int, m)
		for g := range m {
			best[j][g] = inf
			if j == 0 {
				best[j][g] = cost(runs[g], bounds[0])
				continue
			}
			for h := 0; h <= g; h++ {
				if best[j-1][h] == inf || h == g && runs[g].end-runs[g].start < 3 {
					continue // two boundaries in one run need room for an empty column
				}
				c := best[j-1][h] + cost(runs[g], bounds[j])
				if h == g && j < len(filled) && filled[j] {
					c += emptyCost // column j left empty, though it rarely is
				}
				if c < best[j][g] {
					best[j][g], from[j][g] = c, h
				}
			}
		}
	}
	last := func(h int) int {
		if runs[h].end == 1<<20 && k < len(filled) && filled[k] {
			return best[k-1][h] + emptyCost // the last column left empty
		}
		return best[k-1][h]
	}
	g := 0
	for h := range m {
		if last(h) < last(g) {
			g = h
		}
	}
	for j := k - 1; j >= 0; j-- {
		out[j] = min(max(bounds[j], runs[g].start), runs[g].end)
		g = from[j][g]
	}
	for j := 1; j < k; j++ {
		out[j] = max(out[j], out[j-1])
	}
	return out
}

func normSpaces(s string) string { return strings.Join(strings.Fields(s), " ") }

// numberedTable is a table read without a header, with the column
// boundaries a header line above it must be cut by.
type numberedTable struct {
	*document.Table
	bounds []int
}

// readNumberedAligned reads a table without a header: three or more rows
// starting with row numbers that follow each other, whose text lines up
// in at least three columns on at least a third of the lines.
func readNumberedAligned(name string, lines []string, at int) (numberedTable, int, source.Diagnostics, bool) {
	if at >= len(lines) {
		return numberedTable{}, at, nil, false
	}
	first := newAlignedLine(lines, at)
	if !startsWithRowNumber(first) || first.words[0].start > 4 || len(first.chunks()) < 2 {
		return numberedTable{}, at, nil, false
	}
	numEnd := first.words[0].end
	// the rows, cut at numbers that follow each other
	var body []alignedLine
	numbered, widest := 0, 0
	prev, _ := parseRowNumber(first.text(first.words[0]))
	for i := at; i < len(lines) && i-at < maxAlignedLines; i++ {
		l := newAlignedLine(lines, i)
		if l.blank() {
			continue
		}
		if i > at && startsWithRowNumber(l) && l.words[0].start <= numEnd {
			n, _ := parseRowNumber(l.text(l.words[0]))
			if !n.follows(prev) {
				break
			}
			prev = n
			numEnd = max(numEnd, l.words[0].end)
		} else if i > at && l.words[0].start <= numEnd {
			break
		}
		if startsWithRowNumber(l) && l.words[0].start <= numEnd {
			numbered++
		}
		widest = max(widest, len(l.chunks()))
		if numbered == 3 && widest < 3 {
			// numbered paragraphs, not rows: said early so that a long
			// numbered list is not rescanned to its end from each line
			return numberedTable{}, at, nil, false
		}
		body = append(body, l)
	}
	if numbered < 3 {
		return numberedTable{}, at, nil, false
	}
	// columns: chunk starts that recur on at least a third of the numbered rows
	count := map[int]int{}
	for _, l := range body {
		seen := map[int]bool{}
		for _, c := range l.chunks() {
			for d := -1; d <= 1; d++ {
				if !seen[c.start+d] {
					count[c.start+d]++
					seen[c.start+d] = true
				}
			}
		}
	}
	starts := []int{first.words[0].start}
	for x := numEnd + 1; x < maxLineRunes; x++ {
		if count[x]*3 >= numbered && count[x] >= 3 && x > starts[len(starts)-1]+2 {
			// take the best-supported place in this neighbourhood
			bx := x
			for d := 1; d <= 2; d++ {
				if count[x+d] > count[bx] {
					bx = x + d
				}
			}
			starts = append(starts, bx)
			x = bx + 2
		}
	}
	if len(starts) < 3 {
		return numberedTable{}, at, nil, false
	}
	bounds := make([]int, len(starts)-1)
	copy(bounds, starts[1:])
	rows, end := alignedBody(lines, at, at, true, numEnd, bounds, nil)
	if countNumbered(rows, numEnd+1) < 3 {
		return numberedTable{}, at, nil, false
	}
	t := &document.Table{Cols: len(starts), Pos: source.Pos{File: name, Line: at + 1, Col: first.words[0].start + first.shift + 1}}
	t.Rows = alignedRows(name, rows, bounds)
	return numberedTable{t, bounds}, end, nil, true
}

// headerPieceWords are the words a header cell wrapped under the main
// header line may hold ("trì" under "Cơ quan chủ", "thành" under "Thời
// gian hoàn"). A line of other words is the first line of a vertically
// centred row ("Văn phòng" of "Văn phòng Điều phối nông thôn mới").
var headerPieceWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("tt stt số cơ quan chủ trì phối hợp thời gian hạn hoàn thành thực hiện nội dung công việc " +
		"ghi chú sản phẩm tên đề án chương trình kế hoạch quy định nhiệm vụ tiến độ đơn vị kết quả dự kiến lãnh đạo phụ trách " +
		"phân công cấp trình ban hành và văn bản") {
		headerPieceWords[w] = true
	}
}

// headerPiece reports whether every word of a line is a header word.
func headerPiece(l alignedLine) bool {
	for _, w := range l.words {
		word := strings.ToLower(strings.Trim(l.text(w), ",.;:()/-"))
		if word != "" && !headerPieceWords[word] {
			return false
		}
	}
	return true
}

// headerPieceAbove reports whether a line can be a piece of a wrapped
// header: header words only, in cells no wider than a header column
// ("Cơ quan chủ"), so a title in capitals made of header words ("PHÂN
// CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH") is not one.
func headerPieceAbove(l alignedLine) bool {
	if l.blank() || !headerPiece(l) {
		return false
	}
	for _, c := range splitHeaderChunks(l) {
		if c.end-c.start > 20 {
			return false
		}
	}
	return true
}

// columnStarts begin a header cell; two of them in one chunk are two cells
// that pdftotext printed one space apart ("Cơ quan chủ Cơ quan phối").
var columnStarts = []string{"cơ quan ", "thời gian", "thời hạn", "ghi chú", "sản phẩm", "nội dung", "đơn vị ", "tiến độ", "kết quả"}

// splitHeaderChunks returns a header line's chunks, each cut before a word
// that starts another header cell.
func splitHeaderChunks(l alignedLine) []textSpan {
	var out []textSpan
	for _, c := range l.chunks() {
		start := c.start
		for _, w := range l.words {
			if w.start <= start || w.start >= c.end {
				continue
			}
			rest := strings.ToLower(string(l.runes[w.start:c.end]))
			for _, cs := range columnStarts {
				if strings.HasPrefix(rest, cs) {
					out = append(out, textSpan{start, w.start - 1})
					start = w.start
					break
				}
			}
		}
		out = append(out, textSpan{start, c.end})
	}
	return out
}
