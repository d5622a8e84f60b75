package report

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/templates"
)

// Options are what the configuration says about the report.
type Options struct {
	Date         program.Date       // the document's date; zero means the review's report date
	Header       HeaderFields       // issuer, number and place
	Signer       SignerFields       // who reports and who signs
	Recipients   []string           // Nơi nhận, with or without "- " and the final punctuation
	Templates    *template.Template // the wording; nil means templates.Load("")
	QuarterStyle QuarterStyle       // how quarters are written (.Quarter.Text); zero: the seed's "quý II-2021"
	// Office is the office's own text of the quarter (ReadOffice) and the
	// file it is written in; zero: nothing written, nowhere named.
	Office OfficeData
}

// HeaderFields are the configuration's words for the two-column header.
type HeaderFields struct {
	ParentIssuer string // "ĐẢNG BỘ TỈNH KIÊN GIANG"
	Issuer       string // "TỈNH ỦY"
	Number       string // "15-BC/TU", or "     -BC/TU" to write the number by hand
	Place        string // "Rạch Giá"
}

// SignerFields are the configuration's words for the signature.
type SignerFields struct {
	Body      string // "Ban Thường vụ Tỉnh ủy": the collective that reports, as the text names it (.Document.Reporter)
	Authority string // "T/M BAN THƯỜNG VỤ": signs for Body (config.AuthorityLine)
	Position  string // "BÍ THƯ"
	Name      string // "Đỗ Thanh Bình"
}

// PartyName is the right column's first line on every Party document (HD36).
const PartyName = "ĐẢNG CỘNG SẢN VIỆT NAM"

// Build words and formats a review into the report: every template is
// executed, every table and chart filled and every date written here, so a
// broken template is an error (naming the template and its line) before
// any renderer runs, and the renderers cannot disagree on a word.
func Build(r *progress.Review, o Options) (*Report, error) {
	if r == nil || r.Programme == nil {
		return nil, fmt.Errorf("report: no review or no programme")
	}
	if o.Templates == nil {
		t, err := templates.Load("")
		if err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		o.Templates = t
	}
	date := o.Date
	if date.IsZero() {
		date = r.Date
	}
	o.Header, o.Signer, o.Recipients = nfcHeader(o.Header), nfcSigner(o.Signer), nfcAll(o.Recipients)
	data := newData(r, o, date)
	data.Office = nfcOffice(o.Office)
	tables, headings, err := buildTables(r, data, o.Templates)
	wb, werr := workbookWords(o.Templates, data)
	if err == nil {
		err = werr
	}
	text := map[string]string{}
	for _, name := range templates.Names {
		out, err := execute(o.Templates, name, data)
		if err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		text[name] = out
	}
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	charts := buildCharts(r)
	known := map[string]bool{}
	for name := range charts {
		known["chart "+name] = true
	}
	for name := range tables {
		known["table "+name] = true
	}
	title := nonEmptyLines(text["title.tmpl"])
	if len(title) < 2 {
		return nil, fmt.Errorf("report: template title.tmpl must give the document type and the trích yếu on two lines, gave %q", text["title.tmpl"])
	}
	place := func(bs []Block) {
		for i := range bs {
			switch bs[i].Kind {
			case TableBlock:
				bs[i].Table, bs[i].Text = tables[bs[i].Text], ""
			case ChartBlock:
				bs[i].Chart, bs[i].Text = charts[bs[i].Text], ""
			}
		}
	}
	var body []Block
	for _, name := range templates.Body {
		bs, err := parseMarkup(name, text[name], known)
		if err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		body = append(body, bs...)
	}
	appendix, err := parseMarkup("appendix.tmpl", text["appendix.tmpl"], known)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	place(body)
	place(appendix)

	docType, subject := strings.ToUpper(title[0]), strings.Join(title[1:], " ")
	h := o.Header
	placeDate := date.Long()
	if p := strings.TrimSpace(h.Place); p != "" {
		placeDate = p + ", " + placeDate
	}
	return &Report{
		Data: data,
		Info: Info{
			Title:    docType + " " + subject,
			Subject:  subject,
			Author:   strings.TrimSpace(strings.TrimSpace(h.ParentIssuer + " " + h.Issuer)),
			Keywords: strings.TrimSpace(r.Programme.Number + " " + r.Quarter.String()),
			Date:     date.String(),
		},
		Header: Header{
			ParentIssuer: strings.ToUpper(h.ParentIssuer), Issuer: strings.ToUpper(h.Issuer),
			Number: "Số " + h.Number, Party: PartyName, PlaceDate: placeDate,
		},
		Title: docType, Subject: subject,
		Body: body,
		Signer: Signer{
			Authority: strings.ToUpper(o.Signer.Authority), Position: strings.ToUpper(o.Signer.Position), Name: o.Signer.Name,
		},
		Recipients:   recipients(o.Recipients),
		Appendix:     appendix,
		Statuses:     statuses(),
		Tables:       inOrder(tables, tableNames),
		Charts:       inOrder(charts, chartNames),
		Headings:     headings,
		Workbook:     wb,
		Office:       Office{Path: data.Office.Path, Written: data.Office.Written},
		Difficulties: DifficultiesOf(r),
	}, nil
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

// recipients cleans Nơi nhận: no "- " before an entry, no punctuation
// after it, no empty entry; the renderers add the dashes, the commas and
// the final full stop the official form wants.
func recipients(rs []string) []string {
	var out []string
	for _, r := range rs {
		r = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(r), "- "))
		r = strings.TrimRight(r, ",.; ")
		if r != "" {
			out = append(out, r)
		}
	}
	return out
}

// inOrder lists the named entries of m in the order of names.
func inOrder[T any](m map[string]*T, names []string) []*T {
	out := make([]*T, len(names))
	for i, n := range names {
		out[i] = m[n]
	}
	return out
}

// workbookWords executes workbook.tmpl's titles; the first failure is
// returned with them.
func workbookWords(t *template.Template, data Data) (Workbook, error) {
	var first error
	word := func(name string) string {
		out, err := execute(t, name, data)
		if err != nil && first == nil {
			first = err
		}
		return strings.TrimSpace(out)
	}
	return Workbook{
		StatusTitle: word("sheet.status.title"), StatusCaption: word("sheet.status.caption"), StatusPrompt: word("sheet.status.prompt"),
		SummaryTitle: word("sheet.summary.title"), SummaryCaption: word("sheet.summary.caption"),
		ByArea: word("sheet.summary.areas"), ByAgency: word("sheet.summary.agencies"), ByKind: word("sheet.summary.kinds"),
		Chart: word("sheet.summary.chart"),
	}, first
}
