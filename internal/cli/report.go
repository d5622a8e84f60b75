package cli

import (
	"bytes"
	"path/filepath"

	"baocao/internal/config"
	"baocao/internal/docx"
	"baocao/internal/output"

	"baocao/internal/pdf"
	"baocao/internal/progress"
	"baocao/internal/report"
	"baocao/internal/xlsx"
	"baocao/templates"
)

// loadTemplates reads the report wording once per command: the built-in
// templates, overridden by the files of paths.templates.
func (s *style) loadTemplates() error {
	t, err := templates.Load(s.cfg.Resolve(s.cfg.Paths.Templates))
	if err != nil {
		return withCode(ExitUsage, trWrapf(err, "report templates"))
	}
	s.templates = t
	return nil
}

// templateInputs lists the wording files of paths.templates for the manifest
// (none when the built-in wording is used: the tool version covers it).
func templateInputs(cfg *config.Config) ([]output.Input, error) {
	if cfg.Paths.Templates == "" {
		return nil, nil
	}
	names, err := filepath.Glob(filepath.Join(cfg.Resolve(cfg.Paths.Templates), "*.tmpl"))
	if err != nil {
		return nil, withCode(ExitUsage, err)
	}
	var out []output.Input
	for _, n := range names {
		b, err := readInput(n, templateInput)
		if err != nil {
			return nil, withCode(ExitUsage, trWrapf(err, "report templates"))
		}
		out = append(out, output.InputOf("templates", n, b))
	}
	return out, nil
}

// reportModel words the review once, with the configuration's header,
// signer, recipients and quarter style and the office's own text of the
// quarter (readOffice): the report's one model, which every renderer draws.
func (s *style) reportModel(rv *progress.Review, office report.OfficeData) (*report.Report, error) {
	if s.templates == nil {
		if err := s.loadTemplates(); err != nil {
			return nil, err
		}
	}
	c := s.cfg
	qs, err := report.ParseQuarterStyle(c.Wording.QuarterStyle)
	if err != nil { // validated with the configuration; kept as a guard
		return nil, trWrapf(err, "%s: wording.quarter_style", rv.Programme.Source)
	}
	m, err := report.Build(rv, report.Options{
		QuarterStyle: qs,
		Header: report.HeaderFields{ParentIssuer: c.Issuer.Parent, Issuer: c.Issuer.Name,
			Number: c.ReportNumber(s.number), Place: c.Issuer.Place},
		Signer:     report.SignerFields{Body: c.Signer.Body, Authority: c.AuthorityLine(), Position: c.Signer.Position, Name: c.Signer.Name},
		Recipients: c.Recipients.List,
		Templates:  s.templates,
		Office:     office,
	})
	if err != nil { // the wording failed: no document is written
		return nil, withCode(ExitUsage, trWrapf(err, "report templates"))
	}
	return m, nil
}

// reportDocs renders bao-cao-<quarter>.pdf, .xlsx and .docx from one model,
// with the office's own text of the quarter.
func (s *style) reportDocs(rv *progress.Review, office report.OfficeData) ([]document, error) {
	m, err := s.reportModel(rv, office)
	if err != nil {
		return nil, err
	}
	c := s.cfg
	name := "bao-cao-" + rv.Quarter.String()
	var pb, xb bytes.Buffer
	err = pdf.Report(&pb, m, pdf.ReportOptions{
		Page:         s.page(c.Page.ReportOrientation == "landscape"),
		AppendixPage: s.page(true),
		Fonts:        s.fonts,
	})
	if err != nil {
		return nil, trWrapf(err, "%s: report PDF", rv.Programme.Source)
	}
	if err := xlsx.Report(&xb, m, xlsx.ReportOptions{Margins: s.margins()}); err != nil {
		return nil, trWrapf(err, "%s: report workbook", rv.Programme.Source)
	}
	// The Word report is the one an office edits (its assessment, wording)
	// before signing: the same model on the same page settings.
	var db bytes.Buffer
	p := c.Page
	err = docx.Report(&db, m, docx.Options{
		WidthMM: p.WidthMM, HeightMM: p.HeightMM,
		MarginTopMM: p.MarginTopMM, MarginBottomMM: p.MarginBottomMM, MarginLeftMM: p.MarginLeftMM, MarginRightMM: p.MarginRightMM,
		BodySize: p.BodySize, TableSize: p.TableSize, Landscape: p.ReportOrientation == "landscape",
	})
	if err != nil {
		return nil, trWrapf(err, "%s: report Word document", rv.Programme.Source)
	}
	return []document{{name + ".pdf", pb.Bytes()}, {name + ".xlsx", xb.Bytes()}, {name + ".docx", db.Bytes()}}, nil
}
