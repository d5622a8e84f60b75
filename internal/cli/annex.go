package cli

import (
	"bytes"

	"baocao/internal/pdf"
	"baocao/internal/program"
	"baocao/internal/xlsx"
)

// annexSpec says which annex files to make.
type annexSpec struct {
	date      program.Date // document properties date
	landscape bool
	byAgency  bool
}

// annexDocs renders danh-muc.pdf and danh-muc.xlsx, and with byAgency one
// pair per lead agency named by a readable ASCII slug of the agency.
func (s *style) annexDocs(p *program.Programme, spec annexSpec) ([]document, error) {
	// Author is left to the renderers: the programme's issuer in its own
	// spelling ("Tỉnh ủy"), not the upper-case header line of the configuration.
	var docs []document
	one := func(suffix, subtitle, key string, q *program.Programme) error {
		var pb, xb bytes.Buffer
		if err := pdf.Annex(&pb, q, pdf.AnnexOptions{Page: s.page(spec.landscape), Fonts: s.fonts, Date: spec.date,
			Subtitle: subtitle, SizeRows: p.Annex.Rows}); err != nil {
			return trWrapf(err, "%s: annex PDF%s", p.Source, suffix)
		}
		if err := xlsx.Annex(&xb, p, xlsx.AnnexOptions{Date: spec.date, Subtitle: subtitle, AgencyKey: key,
			Margins: s.margins()}); err != nil {
			return trWrapf(err, "%s: annex workbook%s", p.Source, suffix)
		}
		docs = append(docs, document{"danh-muc" + suffix + ".pdf", pb.Bytes()}, document{"danh-muc" + suffix + ".xlsx", xb.Bytes()})
		return nil
	}
	if err := one("", "", "", p); err != nil {
		return nil, err
	}
	if spec.byAgency {
		slugs := slugger{}
		for _, ag := range leadAgencies(p) {
			if err := one("-"+slugs.unique(ag.Name), ag.Name, ag.Key, agencyProgramme(p, ag.Key)); err != nil {
				return nil, err
			}
		}
	}
	return docs, nil
}

// leadAgencies lists the annex rows' lead agencies in order of first appearance.
func leadAgencies(p *program.Programme) []program.Agency {
	seen := map[string]bool{}
	var out []program.Agency
	for _, r := range p.Annex.Rows {
		if r.Lead.Key == "" || seen[r.Lead.Key] {
			continue
		}
		seen[r.Lead.Key] = true
		out = append(out, r.Lead)
	}
	return out
}

// agencyProgramme is a copy of p holding only the rows and work items one
// agency leads. The Ghi chú is left out: its counts describe the whole
// programme and would mislead on an agency's extract.
func agencyProgramme(p *program.Programme, key string) *program.Programme {
	q := *p
	q.Annex.Rows = nil
	for _, r := range p.Annex.Rows {
		if r.Lead.Key == key {
			q.Annex.Rows = append(q.Annex.Rows, r)
		}
	}
	q.WorkItems = nil
	for _, w := range p.WorkItems {
		if w.Lead.Key == key {
			q.WorkItems = append(q.WorkItems, w)
		}
	}
	q.Annex.Note = ""
	return &q
}
