package docx

import (
	"errors"
	"fmt"
	"io"

	"baocao/internal/report"
)

// Report writes r as a Word document (.docx): the first page's header, the
// title and trích yếu, the body, the signature and Nơi nhận on portrait
// pages, then the Phụ lục in a landscape section of its own. The same
// report and options give the same bytes.
func Report(w io.Writer, r *report.Report, o Options) error {
	parts, err := reportParts(r, o)
	if err != nil {
		return err
	}
	return writeArchive(w, parts)
}

// reportParts are the package's parts of r, by name.
func reportParts(r *report.Report, o Options) (map[string]string, error) {
	if r == nil {
		return nil, errors.New("docx: no report to write")
	}
	if err := check(r); err != nil {
		return nil, err
	}
	o = o.withDefaults()
	width := o.textWidth(o.Landscape)
	d := &body{o: o}
	d.b.Grow(documentSize(r))
	d.b.WriteString(xmlPI + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	d.table(docHeader(r.Header, width, o))
	d.para(para{style: styleTitle, before: twips(8), runs: []run{{text: r.Title}}})
	if r.Subject != "" {
		d.para(text(styleSubtitle, balance(r.Subject, width*85/100, o.BodySize*1.05)))
	}
	d.para(text(styleSubtitle, "-----"))
	if err := d.blocks(r.Body, width, true); err != nil {
		return nil, fmt.Errorf("docx: body: %w", err)
	}
	d.table(signature(r.Signer, r.Recipients, width, o))
	last := sectPr(o, o.Landscape, false)
	if len(r.Appendix) > 0 {
		d.sectionEnd(last)
		if err := d.blocks(r.Appendix, o.textWidth(true), false); err != nil {
			return nil, fmt.Errorf("docx: appendix: %w", err)
		}
		last = sectPr(o, true, true)
	}
	if d.lastTable { // the body ends with a paragraph, as Word writes it
		d.spacer()
	}
	parts := packageParts(r.Info)
	d.b.WriteString(last)
	d.b.WriteString(`</w:body></w:document>`)
	parts[documentPart] = d.b.String() // written in place, not copied again
	parts[stylesPart] = styles(o)
	return parts, nil
}

// documentSize is about the size of r's document.xml, a little over
// rather than under, so its builder is allocated once rather than grown
// and copied a dozen times: a table cell's markup is some 210 to 260
// bytes besides its text, a chart bar's segment about as much.
func documentSize(r *report.Report) int {
	size, cells := 16<<10, 0
	for _, bs := range [][]report.Block{r.Body, r.Appendix} {
		for _, b := range bs {
			size += len(b.Text)
			if t := b.Table; t != nil {
				cells += len(t.Columns) * (len(t.Rows) + 1)
				for _, row := range t.Rows {
					for _, c := range row.Cells {
						size += len(c)
					}
				}
			}
			if c := b.Chart; c != nil {
				cells += len(c.Bars) * (len(c.Statuses) + 2)
			}
		}
	}
	return size + 230*cells
}

// check refuses a model no renderer could draw faithfully: a row with
// more cells than its table has columns, a bar with more counts than its
// chart has statuses. These are the model builder's errors, named so they
// can be found.
func check(r *report.Report) error {
	for _, part := range []struct {
		name   string
		blocks []report.Block
	}{{"body", r.Body}, {"appendix", r.Appendix}} {
		part, bs := part.name, part.blocks
		for i, b := range bs {
			if t := b.Table; t != nil {
				for j, row := range t.Rows {
					if len(row.Cells) > len(t.Columns) {
						return fmt.Errorf("docx: %s block %d (%s): table %q row %d has %d cells for %d columns",
							part, i+1, b.Source, t.Name, j+1, len(row.Cells), len(t.Columns))
					}
				}
			}
			if c := b.Chart; c != nil {
				for j, bar := range c.Bars {
					if len(bar.Counts) > len(c.Statuses) {
						return fmt.Errorf("docx: %s block %d (%s): chart %q bar %d has %d counts for %d statuses",
							part, i+1, b.Source, c.Name, j+1, len(bar.Counts), len(c.Statuses))
					}
				}
			}
		}
	}
	return nil
}
