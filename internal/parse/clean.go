package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/lazyre"
	"baocao/internal/source"
	"baocao/internal/vocab"
)

// para is one logical paragraph: a paragraph block, or several a page
// break had split and the cleaner re-joined, or one line of a table that
// is not the annex (a header block laid out side by side). Line is where
// it starts. An entry of the block list may stand for a whole table
// instead (table set, text empty) until the annex is found.
type para struct {
	text string
	line int
	// runs keep the emphasis (bold products, italic agencies); nil when
	// the paragraph is plain text.
	runs  []document.Run
	table *document.Table
	// gap reports an empty line or page break before the paragraph.
	gap bool
}

var reHTMLTag = lazyre.New(`</?[a-zA-Z][^<>]*>`)

// cleanHTML removes HTML tags pasted from a web editor and the "- " list
// markers they wrapped, keeping the items as sentences.
func cleanHTML(s string) (string, bool) {
	if !strings.ContainsRune(s, '<') || !reHTMLTag().MatchString(s) {
		return s, false
	}
	s = reHTMLTag().ReplaceAllString(s, " ")
	s = vocab.FoldSpaces(s)
	// "- item one. - item two." → "item one. item two."
	var b strings.Builder
	b.Grow(len(s))
	last := byte(0) // the last byte written that is not a space
	for i := 0; i < len(s); i++ {
		if s[i] == '-' && i+1 < len(s) && s[i+1] == ' ' && (last == 0 || last == '.' || last == ';' || last == ':') {
			i++
			continue
		}
		b.WriteByte(s[i])
		if s[i] != ' ' {
			last = s[i]
		}
	}
	return strings.TrimRight(vocab.FoldSpaces(b.String()), " ."), true
}

// blocks turns the document's blocks into the parser's list: a paragraph
// block becomes a para (HTML tags and a stray emphasised word after the
// sentence's end removed, a paragraph a page break split in two
// re-joined: the first part does not end a sentence, the second starts in
// lower case after a gap), a table block an entry holding the table. Each
// change is a warning.
func (ps *parser) blocks(bs []document.Block) []para {
	out := make([]para, 0, len(bs))
	joined := map[int][]para{}
	lastText := "" // the last paragraph added, where a sentence may continue
	lastEmph := false
	// An empty paragraph (how Word writes a blank line) is a gap too.
	emptyGap := false
	for _, b := range bs {
		if b.Table != nil {
			ps.remember(b.Table)
			out = append(out, para{line: b.Table.Pos.Line, table: b.Table, gap: b.Gap || emptyGap})
			lastText, emptyGap = "", false
			continue
		}
		if b.Para == nil {
			continue
		}
		q := ps.paragraph(b.Para)
		if q.text == "" {
			emptyGap = true
			continue
		}
		q.gap = b.Gap || emptyGap
		emptyGap = false
		if b.Para.Heading > 0 {
			// A heading the format states neither continues nor is continued.
			out = append(out, q)
			lastText = ""
			continue
		}
		if q.gap && len(out) > 0 && out[len(out)-1].table == nil && lastText != "" && splitByPageBreak(lastText, lastEmph, q.text) {
			prev := &out[len(out)-1]
			if w := openEnd(lastText); w != "" && !unicode.IsLower(firstRune(q.text)) {
				ps.warn(prev.line, "rejoined", "paragraph split by a page break re-joined with %s (%s ends with %q, which the next words complete)", ps.place(q.line), ps.place(prev.line), w)
			} else {
				ps.warn(prev.line, "rejoined", "paragraph split by a page break re-joined with %s (%s does not end a sentence, %s starts in lower case)", ps.place(q.line), ps.place(prev.line), ps.place(q.line))
			}
			joined[len(out)-1] = append(joined[len(out)-1], q)
			lastText, lastEmph = q.text, endsEmphasised(q.runs)
			continue
		}
		if !q.gap && ps.doc != nil && ps.doc.Format == "text/aligned" && len(out) > 0 && out[len(out)-1].table == nil && lastText != "" && wrappedLine(lastText, q.text) {
			// Text laid out by pdftotext -layout keeps the PDF's line
			// breaks: a line that does not end a sentence, followed
			// without a blank line by one starting in lower case or with
			// a number, is the same paragraph wrapped. Expected of the
			// format, so no warning.
			joined[len(out)-1] = append(joined[len(out)-1], q)
			lastText, lastEmph = q.text, endsEmphasised(q.runs)
			continue
		}
		out = append(out, q)
		lastText, lastEmph = q.text, endsEmphasised(q.runs)
	}
	// Re-joined paragraphs are built once at the end, not by repeated concatenation.
	for i, extra := range joined {
		q := &out[i]
		parts := []string{q.text}
		for _, e := range extra {
			parts = append(parts, e.text)
		}
		if q.runs != nil || anyRuns(extra) {
			runs := append([]document.Run(nil), runsOf(*q)...)
			for _, e := range extra {
				runs = append(runs, document.Run{Text: " "})
				runs = append(runs, runsOf(e)...)
			}
			q.runs = runs
		}
		q.text = strings.Join(parts, " ")
	}
	return out
}

// paragraph reads one paragraph block: its text, its runs when some are
// emphasised, cleaned of HTML and of a stray mark after the sentence.
func (ps *parser) paragraph(p *document.Paragraph) para {
	ps.remember1(p.Pos)
	q := para{line: p.Pos.Line}
	runs := p.Runs
	// Trim the paragraph's outer white space across its runs.
	for len(runs) > 0 && strings.TrimSpace(runs[0].Text) == "" {
		runs = runs[1:]
	}
	for len(runs) > 0 && strings.TrimSpace(runs[len(runs)-1].Text) == "" {
		runs = runs[:len(runs)-1]
	}
	if len(runs) == 0 {
		return q
	}
	plain := true
	for _, r := range runs {
		if r.Bold || r.Italic {
			plain = false
			break
		}
	}
	if plain {
		q.text = strings.TrimSpace(joinRuns(runs))
	} else {
		first := strings.TrimLeftFunc(runs[0].Text, unicode.IsSpace)
		last := strings.TrimRightFunc(runs[len(runs)-1].Text, unicode.IsSpace)
		if len(first) != len(runs[0].Text) || len(last) != len(runs[len(runs)-1].Text) {
			// Trim a copy: the document's runs stay as the reader gave them.
			runs = append([]document.Run(nil), runs...)
			runs[0].Text = strings.TrimLeftFunc(runs[0].Text, unicode.IsSpace)
			runs[len(runs)-1].Text = strings.TrimRightFunc(runs[len(runs)-1].Text, unicode.IsSpace)
		}
		q.runs = runs
		q.text = joinRuns(runs)
	}
	if c, ok := cleanHTML(q.text); ok {
		ps.warn(q.line, "html-remnant", "HTML tags removed from the text: %q", c)
		// The tags may cut through the runs: the cleaned paragraph is plain.
		q.text, q.runs = c, nil
	}
	if q.runs != nil {
		ps.strayMark(&q)
	}
	return q
}

// strayMark removes a short emphasised word left after a sentence has
// ended: "… Ban Chấp hành Đảng bộ tỉnh. *nah*" (an editor's remark or a
// converter's remnant).
func (ps *parser) strayMark(q *para) {
	n := len(q.runs)
	last := q.runs[n-1]
	if n < 2 || !(last.Bold || last.Italic) {
		return
	}
	w := strings.TrimRightFunc(last.Text, unicode.IsSpace)
	r := firstRune(w)
	if w == "" || unicode.IsSpace(r) || strings.ContainsRune(w, '*') || utf8.RuneCountInString(w) > 31 {
		return
	}
	before := joinRuns(q.runs[:n-1])
	head := strings.TrimRightFunc(before, unicode.IsSpace)
	if len(head) == len(before) || !strings.ContainsRune(".!?…;:", lastRune(head)) {
		return
	}
	mark := "*"
	if last.Bold {
		mark = "**"
	}
	ps.warn(q.line, "stray-mark", "stray mark %q after the end of the sentence removed", mark+last.Text+mark)
	runs := append([]document.Run(nil), q.runs[:n-1]...) // the document's runs stay as they are
	for len(runs) > 0 {
		t := strings.TrimRightFunc(runs[len(runs)-1].Text, unicode.IsSpace)
		if t != "" {
			runs[len(runs)-1].Text = t
			break
		}
		runs = runs[:len(runs)-1]
	}
	q.runs, q.text = runs, head
}

// splitByPageBreak reports whether next continues prev's sentence. An
// emphasised end (a closing "*" in Markdown) counts as an end.
func splitByPageBreak(prev string, prevEmph bool, next string) bool {
	end := lastRune(prev)
	if prevEmph || strings.ContainsRune(".:;!?…)”\"*", end) {
		return false
	}
	// "a) …" and "- …" start an item of their own, whatever their case.
	if isEnum(next) || isBullet(next) {
		return false
	}
	// "… trong quý" / "IV/2022)": a word that cannot end a sentence is
	// completed by what follows, whatever its case.
	return unicode.IsLower(firstRune(next)) || openEnd(prev) != ""
}

// wrappedLine reports whether next continues prev as a wrapped line: prev
// ends no sentence and is not a heading in capitals, next starts in lower
// case or with a number and starts no item of its own.
func wrappedLine(prev, next string) bool {
	if vocab.IsUpperText(prev) || strings.ContainsRune(".:;!?…)”\"", lastRune(prev)) || isEnum(next) || isBullet(next) {
		return false
	}
	r := firstRune(next)
	return unicode.IsLower(r) || unicode.IsDigit(r)
}

// openEnd returns the last word of s when it cannot end a sentence (it
// asks for a number or a name after it: "quý", "tháng", "của"), or "".
// Not "số" or "năm": "chuyển đổi số", "hằng năm" end sentences.
func openEnd(s string) string {
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, ' ')
	w := vocab.Lower(s[i+1:])
	switch w {
	case "quý", "tháng", "ngày", "đoạn", "của", "và", "với", "trong", "theo", "đến", "tại":
		return s[i+1:]
	}
	return ""
}

func endsEmphasised(runs []document.Run) bool {
	return len(runs) > 0 && (runs[len(runs)-1].Bold || runs[len(runs)-1].Italic)
}

func anyRuns(ps []para) bool {
	for _, p := range ps {
		if p.runs != nil {
			return true
		}
	}
	return false
}

// runsOf returns the paragraph's runs, one plain run for plain text.
func runsOf(q para) []document.Run {
	if q.runs != nil {
		return q.runs
	}
	return []document.Run{{Text: q.text}}
}

func joinRuns(runs []document.Run) string {
	if len(runs) == 1 {
		return runs[0].Text
	}
	n := 0
	for _, r := range runs {
		n += len(r.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, r := range runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// flatten turns the non-annex tables of a stretch of the list into
// paragraphs: a table of one or two columns (a header or signature block
// laid out side by side) column by column, the left column first, each
// row's lines in order; a wider table row by row, each cell's lines.
func (ps *parser) flatten(list []para) []para {
	has := false
	for _, q := range list {
		if q.table != nil {
			has = true
			break
		}
	}
	if !has {
		return list
	}
	out := make([]para, 0, len(list)+8)
	for _, q := range list {
		if q.table == nil {
			out = append(out, q)
			continue
		}
		t := q.table
		grid := gridOf(t)
		first := len(out)
		add := func(c *document.Cell) {
			for i := range c.Paras {
				p := ps.paragraph(&c.Paras[i])
				if p.text != "" {
					if p.line == 0 {
						p.line = c.Pos.Line
					}
					out = append(out, p)
				}
			}
		}
		if t.Cols <= 2 {
			for col := 0; col < t.Cols; col++ {
				var prev *document.Cell
				for r := range grid {
					if c := grid[r][col]; c != nil && c != prev && c.Col == col {
						add(c)
						prev = c
					}
				}
			}
		} else {
			for r := range t.Rows {
				for i := range t.Rows[r].Cells {
					add(&t.Rows[r].Cells[i])
				}
			}
		}
		if len(out) > first {
			out[first].gap = q.gap
		}
	}
	return out
}

// remember notes the Where of every place of a table (for a Word or PDF
// source) so that diagnostics given by line say it the way a person finds it.
func (ps *parser) remember(t *document.Table) {
	ps.remember1(t.Pos)
	for r := range t.Rows {
		ps.remember1(t.Rows[r].Pos)
		for c := range t.Rows[r].Cells {
			ps.remember1(t.Rows[r].Cells[c].Pos)
		}
	}
}

func (ps *parser) remember1(p source.Pos) {
	if p.Where == "" || p.Line <= 0 {
		return
	}
	if ps.where == nil {
		ps.where = map[int]string{}
	}
	if _, ok := ps.where[p.Line]; !ok {
		ps.where[p.Line] = p.Where
	}
}

// pos is the position of a line of the input, as diagnostics give it.
func (ps *parser) pos(line int) source.Pos {
	return source.Pos{File: ps.name, Line: line, Where: ps.where[line]}
}

// place names a line in a message: "line 12", or for a Word or PDF
// source where it is ("paragraph 12", "page 3, line 4").
func (ps *parser) place(line int) any {
	if w := ps.where[line]; w != "" {
		return w
	}
	return source.Msgf("line %d", line) // "dòng 12" for a Vietnamese reader
}

// at is a block's or cell's position as diagnostics give it: the line
// (and for Word or PDF, the place), without the column, since a
// diagnostic names the row or paragraph.
func (ps *parser) at(p source.Pos) source.Pos {
	if p.Line <= 0 {
		return ps.pos(0)
	}
	return source.Pos{File: ps.name, Line: p.Line, Where: p.Where}
}

func (ps *parser) warn(line int, code, format string, args ...any) {
	ps.diags.Add(ps.pos(line), source.Warning, code, format, args...)
}

func (ps *parser) errorf(line int, code, format string, args ...any) {
	ps.diags.Add(ps.pos(line), source.Error, code, format, args...)
}
