package cli

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"text/template"

	"baocao/internal/config"
	"baocao/internal/pdf"
	"baocao/internal/program"
	"baocao/internal/xlsx"
)

// document is one rendered file, held in memory until every file of a
// programme has rendered, so a failure never leaves half a set on disk.
type document struct {
	name string // file name within the output folder
	data []byte
}

// style is what the renderers need from the configuration, read once per command.
type style struct {
	cfg    *config.Config
	fonts  pdf.FontSet
	number string // report number for issuer.report_number, "" for blank
	// templates is the report wording, loaded on first use; text/template
	// is safe to execute from several goroutines.
	templates *template.Template
}

func newStyle(cfg *config.Config) (*style, error) {
	s := &style{cfg: cfg, fonts: pdf.DefaultFonts()}
	faces, custom, err := cfg.FontFiles()
	if err != nil {
		return nil, withCode(ExitUsage, err)
	}
	if custom {
		s.fonts = pdf.FontSet{
			Family:  strings.TrimSuffix(filepath.Base(cfg.Fonts.Regular), filepath.Ext(cfg.Fonts.Regular)),
			Regular: faces[0], Bold: faces[1], Italic: faces[2], BoldItalic: faces[3],
		}
	}
	return s, nil
}

// page is the official-format page with the configuration's paper, margins and sizes.
func (s *style) page(landscape bool) pdf.Page {
	p := pdf.DefaultPage(landscape)
	c := s.cfg.Page
	p.Width, p.Height = c.WidthMM, c.HeightMM
	p.MarginTop, p.MarginBottom, p.MarginLeft, p.MarginRight = c.MarginTopMM, c.MarginBottomMM, c.MarginLeftMM, c.MarginRightMM
	p.BodySize = c.BodySize
	p.TableHeaderSize = c.TableSize + (p.TableHeaderSize - p.TableSize)
	p.TableSize = c.TableSize
	return p
}

func (s *style) margins() xlsx.Margins {
	c := s.cfg.Page
	return xlsx.Margins{Top: c.MarginTopMM, Bottom: c.MarginBottomMM, Left: c.MarginLeftMM, Right: c.MarginRightMM}
}

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
			Subtitle: subtitle}); err != nil {
			return fmt.Errorf("%s: annex PDF%s: %w", p.Source, suffix, err)
		}
		if err := xlsx.Annex(&xb, p, xlsx.AnnexOptions{Date: spec.date, Subtitle: subtitle, AgencyKey: key,
			Margins: s.margins()}); err != nil {
			return fmt.Errorf("%s: annex workbook%s: %w", p.Source, suffix, err)
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
