package cli

import (
	"path/filepath"
	"strings"
	"text/template"

	"baocao/internal/config"
	"baocao/internal/pdf"
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
