package pdf

import (
	"fmt"
	"io"

	"baocao/internal/program"
	"baocao/internal/report"
	"baocao/internal/vocab"
)

// quarterPhrase finds a quarter written in any style; a line never breaks
// inside one (balance.go).
var quarterPhrase = vocab.QuarterPhrase

// ReportOptions controls how the quarterly progress report is set on paper.
type ReportOptions struct {
	Page         Page    // body pages: DefaultPage(false), A4 portrait
	AppendixPage Page    // the appendix (Phụ lục): DefaultPage(true), landscape
	Fonts        FontSet // DefaultFonts()
}

// Report draws the quarterly progress report (report.Build): the two-column
// header, BÁO CÁO and its trích yếu, the body (results with sentences,
// tables and a chart; overdue items; what falls due next quarter), the
// signature block with Nơi nhận, and an appendix listing every item with
// its status, numbered from 1 on its own. The words are the model's; this
// only places them, and nothing is written unless the whole document
// succeeded.
func Report(w io.Writer, m *report.Report, o ReportOptions) error {
	if m == nil {
		return fmt.Errorf("report: no report")
	}
	if o.Fonts.Family == "" {
		o.Fonts = DefaultFonts()
	}
	if o.Page.Width == 0 {
		o.Page = DefaultPage(false)
	}
	if o.AppendixPage.Width == 0 {
		o.AppendixPage = DefaultPage(true)
	}
	if err := o.AppendixPage.check(); err != nil {
		return fmt.Errorf("report appendix: %w", err)
	}
	date, err := program.ParseISODate(m.Info.Date)
	if err != nil {
		return fmt.Errorf("report: document date: %w", err)
	}
	body, appendix := blocksOf(m.Body), blocksOf(m.Appendix)
	d, err := newDocument(o.Page, o.Fonts, docInfo{
		Title: m.Info.Title, Subject: m.Info.Subject, Author: m.Info.Author, Keywords: m.Info.Keywords, Date: date,
	})
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := d.section(o.Page); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	us := []unit{d.partyHeaderUnit(m.Header), d.docTitleUnit(m.Title, m.Subject)}
	us = append(us, d.measureBlocks(body)...)
	d.paginate(append(us, d.signatureUnit(m.Signer, m.Recipients)))
	if len(appendix) > 0 {
		if err := d.section(o.AppendixPage); err != nil {
			return fmt.Errorf("report appendix: %w", err)
		}
		d.paginate(d.measureBlocks(appendix))
	}
	return d.output(w)
}

// blockKind is what a block of the model is on the page.
type blockKind = report.BlockKind

const (
	blockParagraph    = report.Paragraph
	blockHeading      = report.Heading
	blockCentreBold   = report.CentreBold
	blockCentreItalic = report.CentreItalic
	blockTable        = report.TableBlock
	blockChart        = report.ChartBlock
)

// block is one block of the model as the layout reads it.
type block struct {
	kind  blockKind
	text  string
	table *report.Table
	chart *report.Chart
}

// blocksOf takes the model's blocks for layout.
func blocksOf(bs []report.Block) []block {
	out := make([]block, len(bs))
	for i, b := range bs {
		out[i] = block{kind: b.Kind, text: b.Text, table: b.Table, chart: b.Chart}
	}
	return out
}

// tableOf is a model table as the table layout takes it: each alignment in
// fpdf's letters, "V" for a column of figures under a vertical heading.
func tableOf(t *report.Table) (cols []column, rows [][]string) {
	if t == nil {
		return nil, nil
	}
	for _, c := range t.Columns {
		cols = append(cols, column{c.Heading, alignOf[c.Align]})
	}
	for _, r := range t.Rows {
		rows = append(rows, r.Cells)
	}
	return cols, rows
}

// alignOf is fpdf's letter for a column's alignment.
var alignOf = map[report.Align]string{report.Left: "L", report.Centre: "C", report.Justify: "J", report.Figure: "V"}

// keepsTotal reports a table whose last row is a total, kept with the row above.
func keepsTotal(t *report.Table) bool {
	return t != nil && len(t.Rows) > 0 && t.Rows[len(t.Rows)-1].Total
}

// blocks lays out parsed template output.
func (d *document) blocks(bs []block) { d.paginate(d.measureBlocks(bs)) }

// measureBlocks measures each block of the model into a unit for the
// paginator, at the current section's width: paragraphs and headings into
// their lines, a run of centred lines into one unit kept whole, a table
// into its columns, header and first row (the rest of its rows are
// measured as they are placed, two at a time, so a long table is never
// held whole).
func (d *document) measureBlocks(bs []block) []unit {
	pg := d.page
	us := make([]unit, 0, len(bs))
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		switch b.kind {
		case blockHeading:
			ls := d.headingLines(b.text)
			us = append(us, unit{kind: unitHeading, lines: ls, need: float64(len(ls)+2) * pg.LineHeight, gap: pg.ParagraphGap})
		case blockCentreBold, blockCentreItalic:
			run, next := d.centredRun(bs, i)
			us = append(us, unit{lines: run, need: height(run), gap: pg.ParagraphGap})
			i = next - 1
		case blockTable:
			u := unit{kind: unitTable}
			if cols, rows := tableOf(b.table); len(rows) > 0 {
				t, total := d.layoutTable(cols, rows), keepsTotal(b.table)
				u.need, u.gap = d.leadHeight(t), pg.ParagraphGap
				u.draw = func() { d.drawTable(t, total) }
			}
			us = append(us, u)
		case blockChart:
			us = append(us, d.chartUnit(b.chart))
		default:
			us = append(us, unit{kind: unitParagraph, lines: d.paragraphLines(b.text, "", true), line: pg.LineHeight, gap: pg.ParagraphGap})
		}
	}
	return us
}
