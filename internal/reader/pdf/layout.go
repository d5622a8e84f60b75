package pdf

import (
	"fmt"
	"math"
	"slices"

	"baocao/internal/document"
	"baocao/internal/lazyre"
	"baocao/internal/source"
)

// textLine is the part of a page line outside every table.
type textLine struct {
	words   []word
	x0, x1  float64
	y, size float64
	n       int // line number on the page
}

func (l *textLine) text() string {
	ln := line{words: l.words}
	return ln.text()
}

// pageNumber matches a header or footer that is only a page number.
var pageNumber = lazyre.New(`^[\s\-–—]*(?i:trang\s+)?\d{1,4}(\s*/\s*\d{1,4})?[\s\-–—]*$`)

// layouter turns the pages' lines and tables into blocks.
type layouter struct {
	name   string
	blocks []document.Block
	paras  []paraSize
	// the last table emitted, while it ends its page: a table on the next
	// page with the same columns continues it
	last      *document.Table
	lastXs    []float64
	lastCols  []span // the columns of the last table when it was read by alignment
	lastEnds  bool
	pageStart bool // the next block is the first on its page
	// where the previous block on the page ended (its last baseline or its
	// bottom border), to tell an empty line before the next
	prevY, prevSize float64
}

// gapBefore reports whether an empty line or a page break comes before a
// block starting at baseline y.
func (lo *layouter) gapBefore(y, size float64, pageNum int) bool {
	if lo.pageStart {
		return pageNum > 1 && len(lo.blocks) > 0
	}
	return lo.prevY-y > 2.0*math.Max(size, lo.prevSize)
}

func (lo *layouter) add(b document.Block) {
	lo.blocks = append(lo.blocks, b)
	lo.pageStart = false
}

func layout(name string, pages []page) []document.Block {
	lo := &layouter{name: name}
	base := 0
	for i := range pages {
		lo.page(&pages[i], base)
		base += len(pages[i].lines)
	}
	lo.headings()
	return lo.blocks
}

// paraSize is what headings are told by: a paragraph's font size and length.
type paraSize struct {
	p            *document.Paragraph
	size         float64
	words, lines int
}

// headings marks paragraphs set larger than the body text as headings, by
// size, largest first. The body size is the one most words outside tables
// are set in; a document with little running text (an annex alone) has no
// body to compare with and gets no headings.
func (lo *layouter) headings() {
	count := map[float64]int{}
	total := 0
	for _, ps := range lo.paras {
		count[ps.size] += ps.words
		total += ps.words
	}
	if total < 100 {
		return
	}
	body, best := 0.0, 0
	for s, n := range count {
		if n > best || n == best && s < body {
			body, best = s, n
		}
	}
	var sizes []float64
	for s := range count {
		if s >= body+1 {
			sizes = append(sizes, s)
		}
	}
	slices.Sort(sizes)
	slices.Reverse(sizes)
	for _, ps := range lo.paras {
		if ps.lines > 3 {
			continue
		}
		if i := slices.Index(sizes, ps.size); i >= 0 {
			ps.p.Heading = min(i+1, 3)
		}
	}
}

func (lo *layouter) page(p *page, base int) {
	pos := func(n int) source.Pos {
		return source.Pos{File: lo.name, Line: base + n, Where: fmt.Sprintf("page %d, line %d", p.num, n)}
	}
	tables := findTables(p.rules)
	lines := placeWords(p.lines, tables)
	// A grid most of whose cells hold no text is a chart's gridlines or a
	// form's boxes, not a table: its words are read as text.
	kept := tables[:0:0]
	for _, t := range tables {
		if t.filled() {
			kept = append(kept, t)
		}
	}
	if len(kept) < len(tables) {
		for _, t := range kept {
			for i := range t.cells {
				t.cells[i].lines = nil
			}
		}
		tables = kept
		lines = placeWords(p.lines, tables)
	}
	lines = dropPageNumbers(lines, p.height)

	// Reading order: tables and text lines top to bottom.
	type item struct {
		y     float64
		table *ruledTable
		line  int
	}
	var items []item
	for _, t := range tables {
		items = append(items, item{y: t.ys[0], table: t, line: -1})
	}
	for i := range lines {
		items = append(items, item{y: lines[i].y, line: i})
	}
	slices.SortStableFunc(items, func(a, b item) int {
		switch {
		case a.y > b.y:
			return -1
		case a.y < b.y:
			return 1
		}
		return 0
	})
	lo.pageStart = true
	left, right := margins(lines)
	var para []textLine
	flush := func() {
		if len(para) > 0 {
			lo.paragraph(para, pos, p.num)
			para = nil
		}
	}
	runs := alignedRuns(lines, left, right)
	// The body's margins leave out the side-by-side blocks, which may
	// reach further than the running text.
	var body []textLine
	for i := range lines {
		in := false
		for _, r := range runs {
			in = in || i >= r.from && i < r.to
		}
		if !in {
			body = append(body, lines[i])
		}
	}
	if len(body) > 0 {
		left, right = margins(body)
	}
	for k, it := range items {
		if it.table != nil {
			flush()
			lo.table(it.table, p, pos, k == len(items)-1)
			continue
		}
		if len(runs) > 0 && it.line >= runs[0].from {
			if it.line == runs[0].from {
				flush()
				last := items[len(items)-1]
				lo.alignedTable(runs[0], lines, pos, p.num, last.table == nil && last.line == runs[0].to-1)
			}
			if it.line == runs[0].to-1 {
				runs = runs[1:]
			}
			continue
		}
		cur := lines[it.line]
		if len(para) > 0 && !continues(para, cur, left, right) {
			flush()
		}
		para = append(para, cur)
	}
	flush()
}

// margins returns the left and right edges of the page's body text: the
// leftmost line start and the rightmost line end that several lines share.
func margins(lines []textLine) (left, right float64) {
	if len(lines) == 0 {
		return 0, 0
	}
	left, right = math.Inf(1), math.Inf(-1)
	for _, l := range lines {
		left = math.Min(left, l.x0)
		right = math.Max(right, l.x1)
	}
	return left, right
}

// dropPageNumbers removes a first or last line that is only a page number
// in the page's top or bottom margin.
func dropPageNumbers(lines []textLine, height float64) []textLine {
	if len(lines) > 0 {
		l := lines[len(lines)-1]
		if l.y < 0.12*height && pageNumber().MatchString(l.text()) {
			lines = lines[:len(lines)-1]
		}
	}
	if len(lines) > 0 {
		l := lines[0]
		if l.y > 0.88*height && pageNumber().MatchString(l.text()) {
			lines = lines[1:]
		}
	}
	return lines
}

// continues reports whether cur continues the paragraph para: same size,
// no gap larger than the line pitch, the previous line full (the next
// word would not have fitted on it) and cur starting where a wrapped line
// of this paragraph starts. A first-line indent starts a new paragraph.
func continues(para []textLine, cur textLine, left, right float64) bool {
	prev := para[len(para)-1]
	size := math.Max(prev.size, 1)
	if math.Abs(cur.size-prev.size) > 0.15*size {
		return false
	}
	gap := prev.y - cur.y
	if gap <= 0 || gap > 1.6*size {
		return false
	}
	if len(para) >= 2 {
		pitch := para[len(para)-2].y - prev.y
		if gap > pitch*1.15+0.5 {
			return false
		}
	}
	first := cur.words[0]
	if prev.x1+(first.x1-first.x0)+0.3*size < right-0.5*size {
		return false // the previous line ended short: the paragraph ended there
	}
	tol := 0.5 * size
	if len(para) >= 2 {
		return math.Abs(cur.x0-prev.x0) <= tol
	}
	// The second line: at the left margin, or further right than the
	// first (a hanging indent), but not where the first started when
	// that was indented (the next paragraph's first-line indent).
	switch {
	case cur.x0 <= left+tol:
		return true
	case cur.x0 > para[0].x0+tol:
		return true
	}
	return false
}

// runs turns words into runs, merging neighbours of one emphasis; the
// space between two words stays with the first.
func runs(words []word, r []document.Run) []document.Run {
	for i, w := range words {
		if i > 0 && !w.glued && len(r) > 0 {
			r[len(r)-1].Text += " "
		}
		if n := len(r); n > 0 && r[n-1].Bold == w.bold && r[n-1].Italic == w.italic {
			r[n-1].Text += w.text
			continue
		}
		r = append(r, document.Run{Text: w.text, Bold: w.bold, Italic: w.italic})
	}
	return r
}

// joinLine adds a wrapped line's words to runs: with a space, or without
// one after a line that ends in a hyphen inside a word ("2021-" "2025").
func joinLine(r []document.Run, words []word) []document.Run {
	if len(r) > 0 && !brokenCompound(r) {
		r[len(r)-1].Text += " "
	}
	return runs(words, r)
}

func (lo *layouter) paragraph(lines []textLine, pos func(int) source.Pos, pageNum int) {
	var r []document.Run
	size := 0.0
	for _, l := range lines {
		r = joinLine(r, l.words)
		size = math.Max(size, l.size)
	}
	gap := lo.gapBefore(lines[0].y, lines[0].size, pageNum)
	para := &document.Paragraph{Runs: r, Pos: pos(lines[0].n)}
	words := 0
	for _, l := range lines {
		words += len(l.words)
	}
	lo.paras = append(lo.paras, paraSize{para, math.Round(size*2) / 2, words, len(lines)})
	lo.add(document.Block{Para: para, Gap: gap})
	lo.prevY, lo.prevSize = lines[len(lines)-1].y, lines[len(lines)-1].size
	lo.lastEnds = false
}

// placeWords puts each word inside a table into its cell and returns the
// rest of each line as text lines.
func placeWords(pageLines []line, tables []*ruledTable) []textLine {
	var lines []textLine
	for li, l := range pageLines {
		var rest []word
		for _, w := range l.words {
			cx, cy := (w.x0+w.x1)/2, l.y+0.3*l.size
			placed := false
			for _, t := range tables {
				if !t.contains(cx, cy) {
					continue
				}
				gc := &t.cells[t.cellAt(cx, cy)]
				if n := len(gc.lines); n > 0 && gc.lines[n-1].line == li {
					gc.lines[n-1].words = append(gc.lines[n-1].words, w)
				} else {
					w.glued = false
					gc.lines = append(gc.lines, cellLine{line: li, words: []word{w}})
				}
				placed = true
				break
			}
			if !placed {
				if len(rest) == 0 {
					w.glued = false
				}
				rest = append(rest, w)
			}
		}
		if len(rest) > 0 {
			lines = append(lines, textLine{words: rest, x0: rest[0].x0, x1: rest[len(rest)-1].x1, y: l.y, size: l.size, n: l.n})
		}
	}
	return lines
}
