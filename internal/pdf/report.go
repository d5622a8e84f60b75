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
	d.partyHeader(m.Header)
	d.docTitle(m.Title, m.Subject)
	// The closing paragraph goes with the signature: a signature alone on
	// the last page signs nothing the reader can see.
	last := len(body)
	if last > 0 && body[last-1].kind == blockParagraph {
		last--
	}
	d.blocks(body[:last])
	if last < len(body) {
		_, sigH := d.signatureLayout(m.Recipients)
		if h := d.paragraphHeight(body[last].text) + o.Page.ParagraphGap + sigH; h < d.pageHeight() {
			d.ensure(h)
		}
		d.blocks(body[last:])
	}
	d.gap(o.Page.ParagraphGap)
	d.signatureBlock(m.Signer, m.Recipients)
	if len(appendix) > 0 {
		if err := d.section(o.AppendixPage); err != nil {
			return fmt.Errorf("report appendix: %w", err)
		}
		d.blocks(appendix)
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
func (d *document) blocks(bs []block) {
	pg := d.page
	laid := map[int]tableLayout{} // tables measured ahead, drawn once
	layout := func(j int) (tableLayout, bool) {
		if t, ok := laid[j]; ok {
			return t, len(t.rows) > 0
		}
		cols, rows := tableOf(bs[j].table)
		var t tableLayout
		if len(rows) > 0 {
			t = d.layoutTable(cols, rows)
		}
		laid[j] = t
		return t, len(rows) > 0
	}
	lead := func(j int) float64 {
		if t, ok := layout(j); ok {
			return d.leadHeight(t)
		}
		return 0
	}
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		if b.kind == blockHeading || b.kind == blockParagraph {
			// A chain taller than a page cannot be kept: it flows.
			if h := d.keepWithNext(bs, i, lead); h > 0 && h <= d.pageHeight() {
				d.ensure(h)
			}
		}
		switch b.kind {
		case blockHeading:
			d.heading(b.text)
		case blockCentreBold, blockCentreItalic:
			run, next := d.centredRun(bs, i)
			d.keepWhole(run)
			d.gap(pg.ParagraphGap)
			i = next - 1
		case blockTable:
			if t, ok := layout(i); ok {
				d.drawTable(t, keepsTotal(b.table))
				d.gap(pg.ParagraphGap)
			}
		case blockChart:
			d.barChart(b.chart)
		default:
			d.paragraph(b.text, "", true)
		}
	}
}
