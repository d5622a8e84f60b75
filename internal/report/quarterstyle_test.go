package report

import (
	"regexp"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/progress"
)

func TestParseQuarterStyle(t *testing.T) {
	for in, want := range map[string]QuarterStyle{
		"quý II-2021":                  QuarterDash,
		"quý II năm 2021":              QuarterYear,
		"quý II/2021":                  QuarterSlash,
		norm.NFD.String("quý II/2021"): QuarterSlash, // an editor saving decomposed accents
	} {
		got, err := ParseQuarterStyle(in)
		if err != nil || got != want {
			t.Errorf("ParseQuarterStyle(%q) = %v, %v; want %v", in, got, err, want)
		}
		if got.String() != norm.NFC.String(in) {
			t.Errorf("%v.String() = %q, want the configuration's spelling %q", got, got.String(), in)
		}
	}
	for _, bad := range []string{"", "quý II - 2021", "Quý II-2021", "quy II-2021", "quý 2/2021", "year", "quý II năm 2021 "} {
		if _, err := ParseQuarterStyle(bad); err == nil || !strings.Contains(err.Error(), `"quý II năm 2021"`) {
			t.Errorf("ParseQuarterStyle(%q): err = %v, want an error listing the styles", bad, err)
		}
	}
}

func TestQuarterStyleFormat(t *testing.T) {
	q := program.Quarter{Year: 2021, Q: 4}
	for s, want := range map[QuarterStyle]string{
		QuarterDash: "quý IV-2021", QuarterYear: "quý IV năm 2021", QuarterSlash: "quý IV/2021",
	} {
		if got := s.Format(q); got != want {
			t.Errorf("%v.Format = %q, want %q", s, got, want)
		}
	}
	var zero QuarterStyle
	if zero.Format(q) != q.Label() {
		t.Errorf("the zero style writes %q, not the seed's %q", zero.Format(q), q.Label())
	}
}

func TestQuarterStyleRestyle(t *testing.T) {
	for _, c := range []struct {
		in                string
		dash, year, slash string
	}{
		{"Hoàn thành trong quý II-2021", "Hoàn thành trong quý II-2021", "Hoàn thành trong quý II năm 2021", "Hoàn thành trong quý II/2021"},
		{"Hoàn thành trong quý I và quý II-2021", "Hoàn thành trong quý I và quý II-2021", "Hoàn thành trong quý I và quý II năm 2021", "Hoàn thành trong quý I và quý II/2021"},
		{"quý III và IV/2021", "quý III và IV-2021", "quý III và IV năm 2021", "quý III và IV/2021"},
		{"chuyển sang quý IV năm 2021, hạn cũ quý III-2021", "chuyển sang quý IV-2021, hạn cũ quý III-2021", "chuyển sang quý IV năm 2021, hạn cũ quý III năm 2021", "chuyển sang quý IV/2021, hạn cũ quý III/2021"},
		// Not quarters: left alone.
		{"Đại hội XI-2020, khóa XII năm 2016, hằng năm, quý, tháng", "Đại hội XI-2020, khóa XII năm 2016, hằng năm, quý, tháng", "Đại hội XI-2020, khóa XII năm 2016, hằng năm, quý, tháng", "Đại hội XI-2020, khóa XII năm 2016, hằng năm, quý, tháng"},
		{"Quyết định số 157/QĐ-TTg, ngày 01-02-2021", "Quyết định số 157/QĐ-TTg, ngày 01-02-2021", "Quyết định số 157/QĐ-TTg, ngày 01-02-2021", "Quyết định số 157/QĐ-TTg, ngày 01-02-2021"},
	} {
		for s, want := range map[QuarterStyle]string{QuarterDash: c.dash, QuarterYear: c.year, QuarterSlash: c.slash} {
			if got := s.restyle(c.in); got != want {
				t.Errorf("%v.restyle(%q) = %q, want %q", s, c.in, got, want)
			}
		}
	}
}

// anyQuarter finds a quarter written in any style, in running text or in
// an upper-case heading; group 2 is the separator that tells the style.
var anyQuarter = regexp.MustCompile(`(?i)(quý (?:IV|III|II|I))(-| năm |/)\d{4}`)

// TestReportWritesOneQuarterStyle builds the hand-built review and the
// bundled programme's sample ledger in each style: every quarter the whole
// report names (title, sentences, headings, appendix title, the items'
// deadlines) is in that style and no other.
func TestReportWritesOneQuarterStyle(t *testing.T) {
	for _, style := range []QuarterStyle{QuarterDash, QuarterYear, QuarterSlash} {
		o := handOptions()
		o.QuarterStyle = style
		for name, r := range map[string]*progress.Review{"hand": handReview(), "sample": sampleReview(t)} {
			t.Run(style.String()+"/"+name, func(t *testing.T) {
				text := strings.Join(strings.Fields(allText(build(t, r, o))), " ")
				found := anyQuarter.FindAllStringSubmatch(text, -1)
				if len(found) < 5 {
					t.Fatalf("only %d quarters found in the report: %q", len(found), found)
				}
				for _, m := range found {
					if strings.ToLower(m[2]) != style.separator() {
						t.Errorf("%q is not in the style %q", m[0], style)
					}
				}
				for _, want := range []string{
					"tiến độ thực hiện Chương trình hành động số 07-CTr/TU " + style.Format(program.Quarter{Year: 2021, Q: 2}),
					"ĐẾN HẠN TRONG " + strings.ToUpper(style.Format(program.Quarter{Year: 2021, Q: 3})),
					"SỐ 07-CTr/TU " + strings.ToUpper(style.Format(program.Quarter{Year: 2021, Q: 2})),
				} {
					if !strings.Contains(text, want) {
						t.Errorf("report lacks %q", want)
					}
				}
				// Another style's separator after a Roman numeral.
				for _, s := range []QuarterStyle{QuarterDash, QuarterYear, QuarterSlash} {
					if s == style {
						continue
					}
					other := regexp.MustCompile(`(?i)quý (?:IV|III|II|I)(?:(?:, | và | và quý )(?:IV|III|II|I))*` + regexp.QuoteMeta(s.separator()) + `\d{4}`)
					if m := other.FindString(text); m != "" {
						t.Errorf("style %q report also writes %q", style, m)
					}
				}
			})
		}
	}
}
