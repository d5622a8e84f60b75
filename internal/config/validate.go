package config

import (
	"baocao/internal/source"
	"strings"
)

// validate checks values that have the right type but cannot be used.
func (c *Config) validate(name string, errs *Errors) {
	bad := func(key, format string, args ...any) {
		*errs = append(*errs, newError(name, c.keys.Find(key).Line, key, source.Msgf("key %q: "+format, append([]any{key}, args...)...)))
	}
	p := c.Page
	for key, v := range map[string]float64{"page.width_mm": p.WidthMM, "page.height_mm": p.HeightMM} {
		if v < 50 || v > 2000 {
			bad(key, "%g mm is not a usable paper size (A4 is 210 × 297)", v)
		}
	}
	for key, v := range map[string]float64{"page.margin_top_mm": p.MarginTopMM, "page.margin_bottom_mm": p.MarginBottomMM,
		"page.margin_left_mm": p.MarginLeftMM, "page.margin_right_mm": p.MarginRightMM} {
		if v < 0 || v > 80 {
			bad(key, "expected a margin between 0 and 80 mm, found %g", v)
		}
	}
	if p.MarginLeftMM+p.MarginRightMM >= min(p.WidthMM, p.HeightMM)-50 {
		bad("page.margin_left_mm", "left and right margins (%g + %g mm) leave too little room on a %g mm page",
			p.MarginLeftMM, p.MarginRightMM, min(p.WidthMM, p.HeightMM))
	}
	for key, v := range map[string]string{"page.annex_orientation": p.AnnexOrientation, "page.report_orientation": p.ReportOrientation} {
		if v != "portrait" && v != "landscape" {
			bad(key, `expected "portrait" or "landscape", found %q`, v)
		}
	}
	for key, v := range map[string]float64{"page.body_size": p.BodySize, "page.table_size": p.TableSize} {
		if v < 6 || v > 30 {
			bad(key, "expected a type size between 6 and 30 points, found %g", v)
		}
	}
	if l := c.UI.Language; l != "vi" && l != "en" {
		bad("ui.language", `expected "vi" or "en", found %q`, l)
	}
	switch c.Wording.QuarterStyle {
	case QuarterDash, QuarterYear, QuarterSlash:
	default:
		bad("wording.quarter_style", "expected one of %q, %q, %q, found %q",
			QuarterDash, QuarterYear, QuarterSlash, c.Wording.QuarterStyle)
	}
	if c.Forms.ReturnDays < 0 || c.Forms.ReturnDays > 92 {
		bad("forms.return_days", "expected 0 to 92 days after the quarter, found %d", c.Forms.ReturnDays)
	}
	if c.Review.DueSoonDays < 0 || c.Review.DueSoonDays > 366 {
		bad("review.due_soon_days", "expected 0 to 366 days, found %d", c.Review.DueSoonDays)
	}
	if c.Run.Workers < 0 || c.Run.Workers > 1024 {
		bad("run.workers", "expected 0 (two per CPU) to 1024, found %d", c.Run.Workers)
	}
	if c.Run.LockTimeout.Duration < 0 {
		bad("run.lock_timeout", "expected a duration of 0s or more, found %s", c.Run.LockTimeout.Duration)
	}
	if strings.Count(c.Issuer.ReportNumber, "{n}") > 1 {
		bad("issuer.report_number", "{n} may appear once, found %q", c.Issuer.ReportNumber)
	}
	for key, v := range map[string]string{"issuer.name": c.Issuer.Name, "issuer.place": c.Issuer.Place,
		"signer.authority": c.Signer.Authority, "signer.name": c.Signer.Name, "signer.body": c.Signer.Body} {
		if strings.TrimSpace(v) == "" {
			bad(key, "must not be empty: it is printed on every report")
		}
	}
	if a := strings.Fields(c.Signer.Authority); len(a) > 1 && onBehalf(a[0]) && strings.TrimSpace(c.Signer.Body) != "" {
		full := (&Config{Issuer: c.Issuer, Signer: Signer{Body: c.Signer.Body, Authority: a[0]}}).AuthorityLine()
		if strings.Join(a, " ") != full {
			bad("signer.authority", "%q signs for another body than the one the report's text names (signer.body %q); write %q and the line becomes %q",
				c.Signer.Authority, c.Signer.Body, a[0], full)
		}
	}
	nf := 0
	for _, f := range []string{c.Fonts.Regular, c.Fonts.Bold, c.Fonts.Italic, c.Fonts.BoldItalic} {
		if f != "" {
			nf++
		}
	}
	if nf != 0 && nf != 4 {
		bad("fonts.regular", "name all four faces (regular, bold, italic, bold_italic) or none; %d of 4 are set", nf)
	}
}

// ReportNumber fills the configured pattern: "15-BC/TU" for n = "15"; with
// no number, blank space is left to write in by hand.
func (c *Config) ReportNumber(n string) string {
	if n == "" {
		n = "     "
	}
	return strings.Replace(c.Issuer.ReportNumber, "{n}", n, 1)
}
