package text

import (
	"strings"

	"baocao/internal/document"
	"baocao/internal/source"
)

// Side-by-side blocks are what `pdftotext -layout` prints for the two
// blocks an official document lays beside each other: the header (the
// issuer on the left, the party or national motto and the place and date
// on the right) and the closing (Nơi nhận and its list on the left, the
// signature block on the right):
//
//	Nơi nhận:                                 KT. GIÁM ĐỐC
//	- UBND tỉnh (b/c);                        PHÓ GIÁM ĐỐC
//	- Lưu: VT, PTNT.
//	                                              Lê Văn Hải
//
// Read as paragraphs, each line mixes both blocks ("Nơi nhận: KT. GIÁM
// ĐỐC"), and neither the issuer nor the signer can be found. The reader
// gives such a block as a two-column table of one row, each cell holding
// its column's lines, which is how Word and the PDF reader give it; the
// parser reads a two-column table that is not the annex column by column.
//
// The columns are told apart by a gutter: a run of columns at least two
// wide that no word of the block crosses, with the right column starting
// far enough in (sideMinRight) to be a block of its own. A line holding
// text on one side only belongs to the block while it stays on its side;
// after blank lines only a line on the right (the signer's name below the
// space left for the signature) continues it. The block needs two lines
// with text on both sides, or one and two lines on each side, so prose
// with a stray wide space stays prose.

const (
	sideMinGap    = 4  // spaces between the two columns on the block's first line
	sideMinRight  = 24 // the right column starts at least this far in (runes)
	sideMaxBlanks = 5  // blank lines kept inside a block before the signer's name
	sideMaxLines  = 40 // a header or closing block is never longer
)

// readSideBySide reads a side-by-side block starting at lines[at]: at a
// line with text on both sides, or at the line above one when it is
// indented and holds text on one side only ("ĐẢNG BỘ TỈNH THÁI" above "NGUYÊN    ĐẢNG CỘNG
// SẢN VIỆT NAM": the issuer wrapped in its column).
func readSideBySide(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	if at < 0 || at >= len(lines) {
		return nil, at, nil, false
	}
	from := at
	if !sideCandidate(lines[at]) {
		// Only an indented line: one at the margin ends the paragraph above.
		if at+1 >= len(lines) || isBlank(lines[at]) || !strings.HasPrefix(lines[at], "  ") || strings.ContainsAny(lines[at], "\t\f") || !sideCandidate(lines[at+1]) {
			return nil, at, nil, false
		}
		from = at + 1
	}
	sb, ok := scanSideBySide(lines, from)
	if !ok {
		return nil, at, nil, false
	}
	if from > at {
		// The line above joins the block only on one side of its gutter.
		l := newAlignedLine(lines, at)
		ws := l.words
		switch {
		case len(ws) == 0:
			return nil, at, nil, false
		case ws[len(ws)-1].end <= sb.left:
			sb.lefts = append([]sidePiece{piece(l, ws)}, sb.lefts...)
		case ws[0].start >= sb.right-6 && ws[0].start > sb.left+1:
			// Centred over the right column, it may start a little left of it.
			sb.rights = append([]sidePiece{piece(l, ws)}, sb.rights...)
		default:
			return nil, at, nil, false
		}
	}
	// Two lines with text on both sides, or one and two more lines on
	// each side ("T/M HUYỆN ỦY" above "Nơi nhận:    BÍ THƯ"): prose with
	// a stray wide space has neither.
	if sb.both < 2 && (len(sb.lefts) < 2 || len(sb.rights) < 2) {
		return nil, at, nil, false
	}
	t := &document.Table{Cols: 2, Pos: source.Pos{File: name, Line: at + 1, Col: 1}}
	row := document.Row{Pos: t.Pos}
	for col, ps := range [][]sidePiece{sb.lefts, sb.rights} {
		c := document.Cell{Col: col, ColSpan: 1, RowSpan: 1, Pos: t.Pos}
		for _, p := range ps {
			pos := source.Pos{File: name, Line: p.line, Col: p.col}
			if len(c.Paras) == 0 {
				c.Pos = pos
			}
			c.Paras = append(c.Paras, document.Paragraph{Runs: inline(p.text), Pos: pos})
		}
		row.Cells = append(row.Cells, c)
	}
	t.Rows = []document.Row{row}
	return t, sb.next, nil, true
}

// sidePiece is the text of one line on one side: its line and column
// (1-based) and its words joined by one space.
type sidePiece struct {
	line, col int
	text      string
}

func piece(l alignedLine, ws []textSpan) sidePiece {
	s := textSpan{ws[0].start, ws[len(ws)-1].end}
	return sidePiece{l.index + 1, s.start + l.shift + 1, normSpaces(l.text(s))}
}

// sideBlock is a block scanSideBySide read: each side's lines, the
// gutter [left, right) and the index of the line after the block.
type sideBlock struct {
	lefts, rights []sidePiece
	left, right   int
	next          int
	both          int // lines with text on both sides
}

// scanSideBySide reads the block whose first line, lines[at], has text on
// both sides of its last wide gap.
func scanSideBySide(lines []string, at int) (sideBlock, bool) {
	first := newAlignedLine(lines, at)
	gap, ok := lastWideGap(first)
	if !ok {
		return sideBlock{}, false
	}
	sb := sideBlock{left: gap.start, right: gap.end, next: at}
	blanks := 0
	rightCentre := -1 // twice the centre of the last right-hand text
	for i := at; i < len(lines) && i < at+sideMaxLines; i++ {
		if isBlank(lines[i]) {
			blanks++
			if blanks > sideMaxBlanks {
				break
			}
			continue
		}
		if strings.ContainsAny(lines[i], "\t\f") {
			break
		}
		l := newAlignedLine(lines, i)
		if isHeaderLine(l) {
			break // an annex header ("STT  Tên đề án  Cơ quan chủ trì  Thời gian"): a table of its own
		}
		k, nl, nr, fits := splitAt(l.words, sb.left, sb.right)
		if !fits || len(l.words) == 0 { // no words: text past maxLineRunes
			break
		}
		lw, rw := l.words[:k], l.words[k:]
		if blanks > 0 && len(lw) > 0 {
			break // after the space for a signature only the name, on the right
		}
		if len(lw) == 0 {
			// Right only: it starts at the right column, or is centred
			// where its text was; a title centred on the page below the
			// block is neither.
			c2 := rw[0].start + rw[len(rw)-1].end
			if rw[0].start < sb.right && (rightCentre < 0 || abs(c2-rightCentre) > 6) {
				break
			}
		}
		sb.left, sb.right = nl, nr
		if len(lw) > 0 && len(rw) > 0 {
			sb.both++
		}
		if len(lw) > 0 {
			sb.lefts = append(sb.lefts, piece(l, lw))
		}
		if len(rw) > 0 {
			sb.rights = append(sb.rights, piece(l, rw))
			rightCentre = rw[0].start + rw[len(rw)-1].end
		}
		blanks = 0
		sb.next = i + 1
	}
	return sb, sb.both >= 1 && sb.right >= sideMinRight
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sideCandidate is the cheap test made on every line no other reader
// took: text, then sideMinGap spaces, then more text, and no tab.
func sideCandidate(l string) bool {
	t := strings.TrimLeft(l, " ")
	i := strings.Index(t, "    ")
	return i > 0 && strings.TrimSpace(t[i:]) != "" && !strings.ContainsAny(l, "\t\f")
}

// lastWideGap returns the last gap of sideMinGap or more spaces between
// two words of l: [end of the word before, start of the word after).
func lastWideGap(l alignedLine) (textSpan, bool) {
	for k := len(l.words) - 1; k > 0; k-- {
		if g := (textSpan{l.words[k-1].end, l.words[k].start}); g.end-g.start >= sideMinGap {
			return g, true
		}
	}
	return textSpan{}, false
}

// splitAt finds where the words of a line divide between the columns:
// the split k (words[:k] left, words[k:] right) that keeps the widest
// gutter of two columns or more inside [left, right), and that gutter.
func splitAt(words []textSpan, left, right int) (k, nl, nr int, ok bool) {
	for j := 0; j <= len(words); j++ {
		l, r := left, right
		if j > 0 {
			l = max(l, words[j-1].end)
		}
		if j < len(words) {
			r = min(r, words[j].start)
		}
		if r-l >= 2 && (!ok || r-l > nr-nl) {
			k, nl, nr, ok = j, l, r, true
		}
	}
	return k, nl, nr, ok
}
