package pdf

import (
	"fmt"
	"io"
	"strings"

	"baocao/internal/program"
)

// AnnexOptions controls the Danh mục PDF.
type AnnexOptions struct {
	Page     Page         // DefaultPage(true): A4 landscape
	Fonts    FontSet      // DefaultFonts()
	Date     program.Date // creation date in the properties; zero means the programme's date
	Subtitle string       // optional line under the caption, e.g. the agency of a per-agency file
	Author   string       // document author; empty means the programme's issuer
	// SizeRows are the rows the column widths are measured on; empty means
	// the table's own rows. An agency's extract passes the whole programme's
	// rows so that its copy keeps the programme's column widths.
	SizeRows []program.AnnexRow
}

// defaultAnnexTitle heads the Danh mục of a programme whose annex has no
// title of its own.
const defaultAnnexTitle = "Danh mục các nhiệm vụ"

// annexColumns are the Danh mục's four columns; the headers are the
// seed's words, used when the parsed programme names none.
var annexColumns = []column{
	{"TT", "C"},
	{"Cơ quan phân công chủ trì", "L"},
	{"Tên đề án, chương trình, kế hoạch", "J"},
	{"Thời gian thực hiện", "C"},
}

// Annex writes the Danh mục table of p as an official-format PDF: the
// uppercase bold title and centred italic caption from the programme, the
// table with its header repeated on every page, the Ghi chú, and page numbers
// from the second page on. The same programme and options give the same
// bytes. For a per-agency file, pass a copy of p holding only its rows.
func Annex(w io.Writer, p *program.Programme, o AnnexOptions) error {
	if p == nil {
		return fmt.Errorf("annex: no programme")
	}
	if len(p.Annex.Rows) == 0 {
		return fmt.Errorf("annex: programme %s has no Danh mục rows", p.Number)
	}
	if o.Fonts.Family == "" {
		o.Fonts = DefaultFonts()
	}
	if o.Page.Width == 0 {
		o.Page = DefaultPage(true)
	}
	date := o.Date
	if date.IsZero() {
		date = p.Date
	}
	if date.IsZero() {
		return fmt.Errorf("annex: programme %s has no date, so the document date must be given (--date)", p.Number)
	}
	author := o.Author
	if author == "" {
		author = p.Issuer
	}
	title := strings.TrimSpace(p.Annex.Title)
	if title == "" {
		// An annex table with no heading above it, or rows read from
		// the body of a programme that has no annex: the Danh mục
		// baocao draws still needs one.
		title = defaultAnnexTitle
	}
	subject := strings.TrimSpace(strings.Trim(strings.TrimSpace(p.Annex.Caption), "()"))
	if o.Subtitle != "" {
		subject += " — " + o.Subtitle
	}
	d, err := newDocument(o.Page, o.Fonts, docInfo{
		Title:    title,
		Subject:  subject,
		Author:   author,
		Keywords: strings.TrimSpace(p.Number + " Danh mục"),
		Date:     date,
	})
	if err != nil {
		return fmt.Errorf("annex: %w", err)
	}
	if err := d.section(o.Page); err != nil {
		return fmt.Errorf("annex: %w", err)
	}
	us := []unit{d.annexHeadingUnit(strings.ToUpper(title), p.Annex.Caption, o.Subtitle)}
	rows, sizing := annexRows(p.Annex.Rows), [][]string(nil)
	if !sameRows(o.SizeRows, p.Annex.Rows) { // the whole annex is sized on its own rows
		sizing = annexRows(o.SizeRows)
	}
	if len(sizing) == 0 {
		sizing = rows
	}
	t := d.layoutTableOn(annexTableColumns(p.Annex.Columns), rows, sizing)
	us = append(us, unit{kind: unitTable, need: d.leadHeight(t), draw: func() { d.drawTable(t, false) }})
	if note := strings.TrimSpace(p.Annex.Note); note != "" {
		us = append(us, unit{kind: unitParagraph, lines: d.paragraphLines("Ghi chú: "+note, "", true), line: o.Page.LineHeight, pre: o.Page.ParagraphGap, gap: o.Page.ParagraphGap})
	}
	d.paginate(us)
	return d.output(w)
}

// annexTableColumns uses the programme's own header words when it has the
// four columns, so the table says what the source said.
func annexTableColumns(headers []string) []column {
	cols := append([]column(nil), annexColumns...)
	if len(headers) == len(cols) {
		for i, h := range headers {
			if h = strings.TrimSpace(h); h != "" {
				cols[i].Header = h
			}
		}
	}
	return cols
}

// annexRows are the table cells as written: TT ("01"), the lead-agency
// cell, the title and the deadline words.
func annexRows(rows []program.AnnexRow) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = []string{r.TT, r.AgencyText, r.Title, r.Deadline.Text}
	}
	return out
}

// sameRows reports whether a and b are the same slice of rows (not only
// equal rows): `baocao annex` sizes the whole annex on its own rows, which
// need not be made into cells twice.
func sameRows(a, b []program.AnnexRow) bool {
	return len(a) == len(b) && len(a) > 0 && &a[0] == &b[0]
}

// annexHeadingUnit measures the annex title (bold, uppercase), the italic caption
// and the optional subtitle, each centred and wrapped.
func (d *document) annexHeadingUnit(title, caption, subtitle string) unit {
	pg := d.page
	w := pg.textWidth()
	var out []box
	y := 0.0
	centred := func(style string, size float64, s string) {
		d.setFont(style, size)
		for _, line := range d.splitBalanced(strings.Join(strings.Fields(s), " "), w) {
			out = append(out, d.measureCell(pg.MarginLeft, y, w, pg.LineHeight, line, "C"))
			y += pg.LineHeight
		}
	}
	centred("B", pg.AnnexTitleSize, title)
	if strings.TrimSpace(caption) != "" {
		centred("I", pg.AnnexCaptionSize, caption)
	}
	if strings.TrimSpace(subtitle) != "" {
		centred("B", pg.AnnexCaptionSize, subtitle)
	}
	return unit{lines: []piece{{out, y}}, gap: pg.ParagraphGap}
}
