// Package document is the format-neutral model of a document: the blocks every reader produces and the parser consumes.
package document

import (
	"strings"

	"baocao/internal/source"
)

// Document is one input file read into blocks in reading order. Readers
// (text layouts, Word, PDF) produce it; the parser never sees the format.
type Document struct {
	Name     string // the file name used in positions and messages
	Format   string // what the reader recognised, e.g. "text/tab", "text/markdown", "text/box-grid", "docx", "pdf"
	Encoding string // the text encoding read ("utf-8", "utf-16le", "windows-1258", "tcvn3", "vni"); "" for docx/pdf
	Blocks   []Block
}

// Block is a paragraph or a table, with where it starts in the source.
// Exactly one of Para and Table is set.
type Block struct {
	Para  *Paragraph
	Table *Table
	// Gap reports that the source had an empty line (or a page break)
	// between the previous block and this one; the parser uses it to
	// re-join a sentence a page break split.
	Gap bool
}

// Pos returns where the block starts.
func (b Block) Pos() source.Pos {
	if b.Table != nil {
		return b.Table.Pos
	}
	if b.Para != nil {
		return b.Para.Pos
	}
	return source.Pos{}
}

// Paragraph is one paragraph: runs of text that keep bold and italic.
type Paragraph struct {
	Runs []Run
	// Heading is the outline level a format states (Word's Heading 1 → 1,
	// a Markdown "# " → 1); 0 when the source says nothing. The parser
	// still reads numbering and upper case itself.
	Heading int
	// Wrap marks a cell line that continues the previous paragraph of the
	// same cell: the source wrapped the text there (a text grid, columns
	// aligned with spaces, a PDF), the author did not break it. Cell.Lines
	// joins it back, so a wrapped "Ban Tuyên giáo / Đảng ủy Khối" stays one
	// agency and a title wrapped before "Nghị quyết" stays one product.
	Wrap bool
	Pos  source.Pos
}

// Run is a stretch of text with one emphasis. Text is NFC, never holds a
// line break (a paragraph is one logical line) and keeps the source's
// spaces; a tab in Word's text is written as one space.
type Run struct {
	Text   string `json:"text"`
	Bold   bool   `json:"bold,omitempty"`
	Italic bool   `json:"italic,omitempty"`
}

// Text returns the paragraph's text without emphasis.
func (p *Paragraph) Text() string {
	if p == nil {
		return ""
	}
	if len(p.Runs) == 1 {
		return p.Runs[0].Text
	}
	var b strings.Builder
	for _, r := range p.Runs {
		b.WriteString(r.Text)
	}
	return b.String()
}

// Table is a table in the source: rows of cells laid on a grid of Cols
// columns. A cell may span several columns (ColSpan) or rows (RowSpan); a
// grid position covered by a span is not listed again as a cell.
type Table struct {
	Cols int
	Rows []Row
	Pos  source.Pos
}

// Row is one table row. Header is set when the source marks the row as a
// header repeated on every page (Word's tblHeader); readers that cannot
// tell leave it false and the parser recognises headers by their words.
type Row struct {
	Cells  []Cell
	Header bool
	Pos    source.Pos
}

// Cell is one table cell: its paragraphs (a cell may hold several lines),
// the grid column it starts at (0-based) and how far it spans.
type Cell struct {
	Paras   []Paragraph
	Col     int // the grid column where the cell starts
	ColSpan int // ≥ 1
	RowSpan int // ≥ 1
	Pos     source.Pos
}

// Text returns the cell's paragraphs joined by one space, trimmed; a
// wrapped line that finishes a word the cell's width broke (BrokenWord)
// is joined without one.
func (c *Cell) Text() string {
	if c == nil {
		return ""
	}
	if len(c.Paras) == 1 {
		return strings.TrimSpace(c.Paras[0].Text())
	}
	var b strings.Builder
	for i := range c.Paras {
		t := strings.TrimSpace(c.Paras[i].Text())
		if t == "" {
			continue
		}
		if b.Len() > 0 && !(c.Paras[i].Wrap && BrokenWord(b.String(), t)) {
			b.WriteByte(' ')
		}
		b.WriteString(t)
	}
	return b.String()
}

// Lines returns the text of each of the cell's paragraphs, trimmed, empty
// ones left out, with wrapped lines (Paragraph.Wrap) joined to the line
// they continue by one space, or by none where the wrap broke a word
// (BrokenWord).
func (c *Cell) Lines() []string {
	if c == nil {
		return nil
	}
	out := make([]string, 0, len(c.Paras))
	for i := range c.Paras {
		t := strings.TrimSpace(c.Paras[i].Text())
		if t == "" {
			continue
		}
		if c.Paras[i].Wrap && len(out) > 0 {
			if BrokenWord(out[len(out)-1], t) {
				out[len(out)-1] += t
			} else {
				out[len(out)-1] += " " + t
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// Grid returns, for every row and grid column, the cell that covers it
// (the same *Cell for every position of a span), or nil where the source
// has no cell. It never fails: overlapping or out-of-range spans are cut
// to the grid.
func (t *Table) Grid() [][]*Cell {
	g := make([][]*Cell, len(t.Rows))
	for r := range g {
		g[r] = make([]*Cell, t.Cols)
	}
	for r := range t.Rows {
		for i := range t.Rows[r].Cells {
			c := &t.Rows[r].Cells[i]
			cs, rs := max(c.ColSpan, 1), max(c.RowSpan, 1)
			for dr := 0; dr < rs && r+dr < len(g); dr++ {
				for dc := 0; dc < cs && c.Col+dc < t.Cols; dc++ {
					if c.Col+dc >= 0 && g[r+dr][c.Col+dc] == nil {
						g[r+dr][c.Col+dc] = c
					}
				}
			}
		}
	}
	return g
}

// PlainCell returns a one-paragraph cell of plain text at grid column col.
func PlainCell(text string, col int, pos source.Pos) Cell {
	return Cell{Paras: []Paragraph{{Runs: []Run{{Text: text}}, Pos: pos}}, Col: col, ColSpan: 1, RowSpan: 1, Pos: pos}
}
