package pdf

import (
	"bytes"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/templates"
)

// ReportOptions controls the quarterly progress report PDF.
type ReportOptions struct {
	Page         Page               // body pages: DefaultPage(false), A4 portrait
	AppendixPage Page               // the appendix (Phụ lục): DefaultPage(true), landscape
	Fonts        FontSet            // DefaultFonts()
	Date         program.Date       // the document's date; zero means the review's report date
	Header       Header             // issuer, number and place, from the configuration
	Signer       Signer             // signature block
	Recipients   []string           // Nơi nhận, without "- " and the final punctuation
	Templates    *template.Template // the wording; nil means templates.Load("")
	QuarterStyle QuarterStyle       // how quarters are written (.Quarter.Text); zero: the seed's "quý II-2021"
}

// Report writes the quarterly progress report for a review: the two-column
// header, BÁO CÁO and its trích yếu, the body from the wording templates
// (results with sentences, tables and a chart; overdue items; what falls due
// next quarter), the signature block with Nơi nhận, and an appendix listing
// every item with its status, numbered from 1 on its own. Every template is
// executed and checked before the first page is laid out, and nothing is
// written unless the whole document succeeded.
func Report(w io.Writer, r *progress.Review, o ReportOptions) error {
	if r == nil || r.Programme == nil {
		return fmt.Errorf("report: no review or no programme")
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
	if o.Templates == nil {
		t, err := templates.Load("")
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		o.Templates = t
	}
	date := o.Date
	if date.IsZero() {
		date = r.Date
	}
	o.Header, o.Signer, o.Recipients = nfcHeader(o.Header), nfcSigner(o.Signer), nfcAll(o.Recipients)
	if err := o.AppendixPage.check(); err != nil {
		return fmt.Errorf("report appendix: %w", err)
	}
	data := newReportData(r, o, date)
	tables := reportTables(r, data, o.Templates)

	known := map[string]bool{"chart areas": true, "chart agencies": true, "chart kinds": true}
	for name := range tables.builders {
		known["table "+name] = true
	}
	text := map[string]string{}
	for _, name := range templates.Names {
		out, err := execute(o.Templates, name, data)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		text[name] = out
	}
	if tables.err != nil {
		return fmt.Errorf("report: %w", tables.err)
	}
	title := nonEmptyLines(text["title.tmpl"])
	if len(title) < 2 {
		return fmt.Errorf("report: template title.tmpl must give the document type and the trích yếu on two lines, gave %q", text["title.tmpl"])
	}
	var body, appendix []block
	for _, name := range []string{"results.tmpl", "overdue.tmpl", "next.tmpl"} {
		bs, err := parseMarkup(name, text[name], known)
		if err != nil {
			return fmt.Errorf("report: %w", err)
		}
		body = append(body, bs...)
	}
	appendix, err := parseMarkup("appendix.tmpl", text["appendix.tmpl"], known)
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}

	p := r.Programme
	d, err := newDocument(o.Page, o.Fonts, docInfo{
		Title:    strings.ToUpper(title[0]) + " " + strings.Join(title[1:], " "),
		Subject:  strings.Join(title[1:], " "),
		Author:   strings.TrimSpace(strings.TrimSpace(o.Header.ParentIssuer + " " + o.Header.Issuer)),
		Keywords: strings.TrimSpace(p.Number + " " + r.Quarter.String()),
		Date:     date,
	})
	if err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := d.section(o.Page); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	d.partyHeader(o.Header, date)
	d.docTitle(title[0], strings.Join(title[1:], " "))
	// The closing paragraph goes with the signature: a signature alone on
	// the last page signs nothing the reader can see.
	last := len(body)
	if last > 0 && body[last-1].kind == blockParagraph {
		last--
	}
	d.blocks(body[:last], r, tables)
	if last < len(body) {
		_, sigH := d.signatureLayout(o.Recipients)
		if h := d.paragraphHeight(body[last].text) + o.Page.ParagraphGap + sigH; h < d.pageHeight() {
			d.ensure(h)
		}
		d.blocks(body[last:], r, tables)
	}
	d.gap(o.Page.ParagraphGap)
	d.signatureBlock(o.Signer, o.Recipients)
	if len(appendix) > 0 {
		if err := d.section(o.AppendixPage); err != nil {
			return fmt.Errorf("report appendix: %w", err)
		}
		d.blocks(appendix, r, tables)
	}
	return d.output(w)
}

// execute runs one template into a string; a template the folder lacks or
// that fails is an error naming it.
// The output is normalised to NFC: a template saved with decomposed accents
// would otherwise wrap wrongly and stack its accents on the page.
func execute(t *template.Template, name string, data any) (string, error) {
	tt := t.Lookup(name)
	if tt == nil {
		return "", fmt.Errorf("template %s is missing", name)
	}
	var b bytes.Buffer
	if err := tt.Execute(&b, data); err != nil {
		return "", err // text/template names the template and line
	}
	return norm.NFC.String(b.String()), nil
}

// blocks lays out parsed template output.
func (d *document) blocks(bs []block, r *progress.Review, tables reportTableSet) {
	pg := d.page
	laid := map[int]tableLayout{} // tables measured ahead, drawn once
	layout := func(j int) (tableLayout, bool) {
		if t, ok := laid[j]; ok {
			return t, len(t.rows) > 0
		}
		cols, rows := tables.builders[bs[j].text]()
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
	for i, b := range bs {
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
			style := "B"
			if b.kind == blockCentreItalic {
				style = "I"
			}
			d.setFont(style, pg.BodySize)
			for _, line := range d.splitBalanced(b.text, pg.textWidth()) {
				d.ensure(pg.LineHeight)
				d.moveTo(pg.MarginLeft, d.y())
				d.cell(pg.textWidth(), pg.LineHeight, line, "C")
				d.moveTo(pg.MarginLeft, d.y()+pg.LineHeight)
			}
			// A run of centred lines (a caption under a chart, the
			// appendix's titles) is one block: the paragraph gap
			// parts it from what follows, not its lines from each other.
			if i+1 == len(bs) || !centred(bs[i+1].kind) {
				d.gap(pg.ParagraphGap)
			}
		case blockTable:
			if t, ok := layout(i); ok {
				d.drawTable(t, tables.withTotal[b.text])
				d.gap(pg.ParagraphGap)
			}
		case blockChart:
			switch b.text {
			case "areas":
				d.barChart(r.ByArea)
			case "agencies":
				d.barChart(r.ByAgency)
			case "kinds":
				d.barChart(r.ByKind)
			}
		default:
			d.paragraph(b.text, "", true)
		}
	}
}

// centred reports whether a block is a centred line (bold or italic).
func centred(k blockKind) bool { return k == blockCentreBold || k == blockCentreItalic }

// nonEmptyLines returns the trimmed lines that have text.
func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// sortedKeys lists a set's keys in order.
func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// reportTableSet builds each table a template may place, by name.
type reportTableSet struct {
	builders  map[string]func() ([]column, [][]string)
	withTotal map[string]bool // tables whose last row is a total
	err       error           // a column-header template failed
}

// reportTables prepares the report's tables; their column headers are the
// "col.*" templates of tables.tmpl, so the wording stays in templates/.
func reportTables(r *progress.Review, data ReportData, t *template.Template) reportTableSet {
	set := reportTableSet{
		builders:  map[string]func() ([]column, [][]string){},
		withTotal: map[string]bool{"areas": true, "agencies": true, "kinds": true},
	}
	word := func(name string) string {
		out, err := execute(t, name, data)
		if err != nil && set.err == nil {
			set.err = err
		}
		return strings.TrimSpace(out)
	}
	// Resolve every header now, so a broken template fails before layout.
	h := map[string]string{}
	for _, n := range []string{"col.tt", "col.area", "col.agency", "col.kind", "col.total", "col.done_rate", "col.sum",
		"col.item", "col.id", "col.lead", "col.deadline", "col.due", "col.days_overdue", "col.status", "col.result",
		"col.completed", "col.changed"} {
		h[n] = word(n)
	}
	// Status columns: those with at least one item in the whole review.
	var shown []progress.Status
	for _, s := range progress.Statuses {
		if r.Total.Count(s) > 0 {
			shown = append(shown, s)
		}
	}
	tally := func(first string, groups []progress.Group) func() ([]column, [][]string) {
		return func() ([]column, [][]string) {
			// The figures' headings are vertical: six statuses set
			// across would leave each one word a line.
			cols := []column{{h["col.tt"], "C"}, {first, "L"}, {h["col.total"], "V"}}
			for _, s := range shown {
				cols = append(cols, column{s.Label(), "V"})
			}
			cols = append(cols, column{h["col.done_rate"], "V"})
			row := func(tt, label string, t progress.Tally) []string {
				out := []string{tt, label, strconv.Itoa(t.Total)}
				for _, s := range shown {
					out = append(out, strconv.Itoa(t.Count(s)))
				}
				return append(out, percent(t.Done(), t.Total))
			}
			var rows [][]string
			for i, g := range groups {
				rows = append(rows, row(strconv.Itoa(i+1), g.Label, g.Tally))
			}
			if len(rows) > 0 {
				rows = append(rows, row("", h["col.sum"], r.Total))
			}
			return cols, rows
		}
	}
	set.builders["areas"] = tally(h["col.area"], r.ByArea)
	set.builders["agencies"] = tally(h["col.agency"], r.ByAgency)
	set.builders["kinds"] = tally(h["col.kind"], r.ByKind)
	set.builders["overdue"] = func() ([]column, [][]string) {
		cols := []column{{h["col.tt"], "C"}, {h["col.item"], "J"}, {h["col.lead"], "L"}, {h["col.due"], "C"}, {h["col.days_overdue"], "C"}}
		var rows [][]string
		for _, it := range data.Overdue {
			rows = append(rows, []string{strconv.Itoa(it.N), it.Title, it.Lead, it.Due, strconv.Itoa(it.DaysOverdue)})
		}
		return cols, rows
	}
	set.builders["duenext"] = func() ([]column, [][]string) {
		cols := []column{{h["col.tt"], "C"}, {h["col.item"], "J"}, {h["col.lead"], "L"}, {h["col.deadline"], "C"}, {h["col.status"], "C"}}
		var rows [][]string
		for _, it := range data.DueNext {
			rows = append(rows, []string{strconv.Itoa(it.N), it.Title, it.Lead, it.Due, it.Status})
		}
		return cols, rows
	}
	set.builders["items"] = func() ([]column, [][]string) {
		cols := []column{{h["col.tt"], "C"}, {h["col.id"], "C"}, {h["col.item"], "J"}, {h["col.lead"], "L"},
			{h["col.deadline"], "C"}, {h["col.status"], "C"}, {h["col.result"], "L"}}
		var rows [][]string
		for _, it := range data.Items {
			rows = append(rows, []string{strconv.Itoa(it.N), it.ID, it.Title, it.Lead, itemDeadline(it), it.Status, itemResult(it, h)})
		}
		return cols, rows
	}
	return set
}

// itemDeadline shows the deadline words, and a moved due date with the
// original kept for the record.
func itemDeadline(it ItemData) string {
	s := it.Deadline
	if it.OriginalDue != "" && it.Due != "" {
		s += " (" + it.OriginalDue + " → " + it.Due + ")"
	}
	return s
}

// itemResult joins what was done: the document issued, the completion
// date, the note.
func itemResult(it ItemData, h map[string]string) string {
	var parts []string
	if it.Document != "" {
		parts = append(parts, it.Document)
	}
	if it.Completed != "" {
		parts = append(parts, h["col.completed"]+" "+it.Completed)
	}
	if it.Note != "" {
		parts = append(parts, it.Note)
	}
	if it.Changed != "" {
		parts = append(parts, h["col.changed"]+" "+it.Changed)
	}
	return strings.Join(parts, "; ")
}
