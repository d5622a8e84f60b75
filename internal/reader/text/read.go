package text

import (
	"strings"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/source"
)

// Read decodes a text file (source.Decode: BOM, UTF-16, CR LF, NFC and
// the legacy encodings it knows) and reads its lines into blocks: tables
// where one of the tableReaders recognises its layout, and one paragraph
// per other non-blank line, with Markdown emphasis read as runs and "# "
// headings as Heading. Blank lines set the next block's Gap. The error
// is the decoder's (an empty or binary file); it names the file.
func Read(name string, data []byte) (*document.Document, source.Diagnostics, error) {
	t, diags, err := source.Decode(name, data)
	if err != nil {
		return nil, diags, err
	}
	doc := &document.Document{Name: name, Format: "text", Encoding: t.Encoding}
	doc.Blocks = make([]document.Block, 0, len(t.Lines)/2+1)
	gap := false
	lines := t.Lines
	var slab []document.Paragraph
	for i := 0; i < len(lines); {
		l := lines[i]
		if isBlank(l) {
			if l != "" && !strings.ContainsRune(l, '\t') {
				diags.Add(source.Pos{File: name, Line: i + 1}, source.Warning, "whitespace-line", "line holds only white space: read as a blank line")
			}
			gap = true
			i++
			continue
		}
		if tb, next, d, format, ok := readTable(name, lines, i); ok {
			diags = append(diags, d...)
			doc.Blocks = append(doc.Blocks, document.Block{Table: tb, Gap: gap})
			if doc.Format == "text" && format != "" {
				doc.Format = format
			}
			gap = false
			i = max(next, i+1)
			continue
		}
		if len(slab) == 0 {
			// Paragraphs are allocated a few hundred at a time.
			slab = make([]document.Paragraph, min(256, len(lines)-i))
		}
		p := &slab[0]
		slab = slab[1:]
		at := i
		if n := wrappedItem(lines, i); n > 0 {
			l = joinWrapped(lines[i : i+1+n])
			i += n
		}
		paragraph(p, name, l, at+1)
		doc.Blocks = append(doc.Blocks, document.Block{Para: p, Gap: gap})
		gap = false
		i++
	}
	return doc, diags, nil
}

// wrappedItem returns how many lines after lines[at] continue the list
// item it starts, wrapped at a fixed width as pandoc's plain writer does:
// "-   Bộ phận Tuyên giáo … kế hoạch tuyên" then "    truyền, học tập …",
// each continuation indented to the column where the item's text begins.
// A line at another indent, a blank line or a new item ends it.
func wrappedItem(lines []string, at int) int {
	l := lines[at]
	if len(l) < 2 || (l[0] != '-' && l[0] != '+' && l[0] != '*') || l[1] != ' ' {
		return 0
	}
	indent := 1 + len(l[1:]) - len(strings.TrimLeft(l[1:], " "))
	n := 0
	for j := at + 1; j < len(lines); j++ {
		next := lines[j]
		if len(next) <= indent || strings.TrimLeft(next[:indent], " ") != "" || next[indent] == ' ' || next[indent] == '\t' {
			break
		}
		if c := next[indent]; (c == '-' || c == '+' || c == '*') && len(next) > indent+1 && next[indent+1] == ' ' {
			break // a sub-item of its own
		}
		n++
	}
	return n
}

// joinWrapped joins an item's wrapped lines with one space, keeping the
// first line's indent and marker.
func joinWrapped(lines []string) string {
	var b strings.Builder
	b.WriteString(strings.TrimRight(lines[0], " "))
	for _, l := range lines[1:] {
		b.WriteByte(' ')
		b.WriteString(strings.TrimSpace(l))
	}
	return b.String()
}

// readTable tries every tableReader at line at; the first that reads a
// table wins. format names the layout for Document.Format.
func readTable(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, string, bool) {
	for _, l := range tableReaders {
		if t, next, d, ok := l.read(name, lines, at); ok && t != nil {
			return t, next, d, l.format, true
		}
	}
	return nil, at, nil, "", false
}

// paragraph reads one non-blank line: trimmed, a "# " heading level
// taken off, emphasis read as runs.
func paragraph(p *document.Paragraph, name, l string, line int) {
	col := 1 + utf8.RuneCountInString(l[:len(l)-len(strings.TrimLeft(l, " \t\u00a0"))])
	s := strings.TrimSpace(l)
	*p = document.Paragraph{Pos: source.Pos{File: name, Line: line, Col: col}}
	if s != "" && s[0] == '#' {
		p.Heading, s = heading(s)
	}
	if strings.HasSuffix(s, "\\") && !strings.HasSuffix(s, "\\\\") {
		// Markdown's hard line break (pandoc writes "ĐẢNG BỘ TỈNH\" for
		// a line of a header block): the line ends here anyway.
		s = strings.TrimRight(s[:len(s)-1], " ")
	}
	p.Runs = inline(s)
}

// cell makes a table cell of text found at line/col: its emphasis read,
// and split into paragraphs at "<br>" (how Markdown tables write a line
// break inside a cell).
func cell(name, text string, line, col, gridCol int) document.Cell {
	pos := source.Pos{File: name, Line: line, Col: col}
	c := document.Cell{Col: gridCol, ColSpan: 1, RowSpan: 1, Pos: pos}
	for _, part := range splitBreaks(text) {
		c.Paras = append(c.Paras, document.Paragraph{Runs: inline(strings.TrimSpace(part)), Pos: pos})
	}
	return c
}

// splitBreaks splits a cell's text at <br>, <br/> and <br /> in any case.
func splitBreaks(s string) []string {
	if !strings.Contains(s, "<") {
		return []string{s}
	}
	low := asciiLower(s)
	var out []string
	for {
		i := strings.Index(low, "<br")
		if i < 0 {
			break
		}
		j := strings.IndexByte(low[i:], '>')
		if j < 0 || strings.Trim(low[i+3:i+j], " /") != "" {
			break
		}
		out = append(out, s[:i])
		s, low = s[i+j+1:], low[i+j+1:]
	}
	return append(out, s)
}

// isBlank reports whether the line holds nothing but white space.
func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// asciiLower lower-cases ASCII letters only, so byte offsets in the result are offsets in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
