package config

import (
	"fmt"
	"path/filepath"
	"time"

	"baocao/internal/program"
	"baocao/internal/tomlfile"
)

// Config is the whole of baocao.toml. Each field's `comment` tag is the
// comment printed above it by WriteTOML, so the documented file and the
// struct cannot drift apart (a test compares the two).
type Config struct {
	Paths      Paths      `toml:"paths" comment:"Where baocao reads and writes. Relative paths are taken from the folder of\nthis configuration file (from the current folder for the built-in defaults)."`
	Issuer     Issuer     `toml:"issuer" comment:"The issuing committee, printed in the two-column header of every report."`
	Signer     Signer     `toml:"signer" comment:"The signature block at the end of each report."`
	Recipients Recipients `toml:"recipients" comment:"Nơi nhận: one line each, without the leading \"- \" and the final \",\" or \".\"."`
	Fonts      Fonts      `toml:"fonts" comment:"TrueType (.ttf) files of the document typeface. Leave all four empty to use the\nembedded Liberation Serif (metric-compatible with Times New Roman). Before\nrendering, baocao checks the font has every character it is about to print."`
	Page       Page       `toml:"page" comment:"Page settings of the PDFs, in millimetres and points (official format defaults)."`
	Wording    Wording    `toml:"wording" comment:"How quarters are written in documents."`
	Review     Review     `toml:"review" comment:"Status rules of the quarterly review."`
	Forms      Forms      `toml:"forms" comment:"The progress forms sent to agencies (baocao forms): when they are due back and\nwhom to contact, printed above the table. Empty contact lines are not printed."`
	Run        Run        `toml:"run" comment:"Batch runs (baocao run)."`
	UI         UI         `toml:"ui" comment:"The language of baocao's messages and --help."`

	// Name is the file the configuration came from, "" for the built-in defaults.
	Name string `toml:"-"`
	// Dir is the folder relative paths are resolved against.
	Dir string `toml:"-"`

	keys *tomlfile.Index // where each key is written, to point errors at a line
}

// Paths are folders baocao reads from and writes to.
type Paths struct {
	Seeds     string `toml:"seeds" comment:"Folder of programmes (.txt, .md, .docx, .doc, .odt, .rtf, .pdf) with their ledgers (*.progress.toml).\nEmpty: the programme bundled in the binary."`
	Output    string `toml:"output" comment:"Folder the documents are written to: <output>/<programme>/ for the annex,\n<output>/<programme>/<YYYY-Qn>/ for the quarter's report, forms and manifest."`
	Templates string `toml:"templates" comment:"Folder of report wording templates. Empty: the built-in templates."`
	Ledgers   string `toml:"ledgers" comment:"Folder of progress ledgers (<programme>.progress.toml), where 'baocao import'\nwrites. Empty: beside each programme."`
}

// Issuer is the committee that issues the reports.
type Issuer struct {
	Parent       string `toml:"parent" comment:"Left header, line 1: the Party organisation above the issuer."`
	Name         string `toml:"name" comment:"Left header, line 2: the issuing committee."`
	Code         string `toml:"code" comment:"Issuer code in document numbers (TU for Tỉnh ủy and its Ban Thường vụ)."`
	Place        string `toml:"place" comment:"Place in the dated header line: \"Rạch Giá, ngày 30 tháng 6 năm 2021\"."`
	ReportNumber string `toml:"report_number" comment:"Report number after \"Số\": {n} is the number given with --number, or blank\nspace to write in by hand when the report is signed."`
}

// Signer is the signature block.
type Signer struct {
	Body      string `toml:"body" comment:"The collective that reports and signs, as running text names it: the report\nsays \"Ban Thường vụ Tỉnh ủy báo cáo…\" and signs \"T/M BAN THƯỜNG VỤ\" (the header\nalready names the Tỉnh ủy). \"Tỉnh ủy\" makes both the committee's: \"T/M TỈNH ỦY\"."`
	Authority string `toml:"authority" comment:"\"T/M\" (on behalf of the body) or \"T/L\" (by its order): the line is completed\nfrom body, so the text and the signature cannot disagree. A line for the\nhead, such as \"K/T BÍ THƯ\", is printed as written."`
	Position  string `toml:"position" comment:"The signer's position, upper case."`
	Name      string `toml:"name" comment:"The signer's full name."`
}

// Recipients is the Nơi nhận list.
type Recipients struct {
	List []string `toml:"list" comment:"In order; the last is usually the office's own archive copy."`
}

// Fonts are the four faces of the document typeface.
type Fonts struct {
	Regular    string `toml:"regular" comment:"Regular face, e.g. \"/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf\"."`
	Bold       string `toml:"bold" comment:"Bold face."`
	Italic     string `toml:"italic" comment:"Italic face."`
	BoldItalic string `toml:"bold_italic" comment:"Bold italic face."`
}

// Page holds paper, margins, orientation and type sizes.
type Page struct {
	WidthMM           float64 `toml:"width_mm" comment:"Paper size of the portrait page (A4: 210 × 297)."`
	HeightMM          float64 `toml:"height_mm"`
	MarginTopMM       float64 `toml:"margin_top_mm" comment:"Margins (HD36 practice: top 20, bottom 20, left 30, right 15). A landscape\nannex uses the same four values on the turned page."`
	MarginBottomMM    float64 `toml:"margin_bottom_mm"`
	MarginLeftMM      float64 `toml:"margin_left_mm"`
	MarginRightMM     float64 `toml:"margin_right_mm"`
	AnnexOrientation  string  `toml:"annex_orientation" comment:"\"landscape\" or \"portrait\" (--portrait on the command line overrides)."`
	ReportOrientation string  `toml:"report_orientation"`
	BodySize          float64 `toml:"body_size" comment:"Body text size in points (HD36: 14)."`
	TableSize         float64 `toml:"table_size" comment:"Table text size in points (practice: 12-13)."`
}

// Wording holds choices of phrasing.
type Wording struct {
	QuarterStyle string `toml:"quarter_style" comment:"One of \"quý II-2021\" (as the seed writes), \"quý II năm 2021\", \"quý II/2021\".\nThe report PDF writes every quarter in this one style (templates: {{.Quarter.Text}})."`
}

// Review holds status rule settings.
type Review struct {
	DueSoonDays int `toml:"due_soon_days" comment:"An open item due within this many days of the report date is \"Sắp đến hạn\"."`
}

// Forms holds what the agency forms say about returning them.
type Forms struct {
	ReturnDays int    `toml:"return_days" comment:"The form is due back this many days after the quarter's last day: 5 prints\n\"Hạn gửi lại: ngày 05 tháng 10 năm 2021\" on the forms of the third quarter of 2021."`
	Office     string `toml:"office" comment:"The office the forms go back to, e.g. \"Văn phòng Tỉnh ủy (Phòng Tổng hợp)\"."`
	Person     string `toml:"person" comment:"Người liên hệ: whom an agency asks about its form."`
	Phone      string `toml:"phone" comment:"The contact's telephone number."`
	Email      string `toml:"email" comment:"The email address forms can be sent back to."`
}

// Run holds batch settings.
type Run struct {
	Workers     int      `toml:"workers" comment:"Programmes processed at once. 0: two per CPU (disk waits overlap rendering)."`
	LockTimeout Duration `toml:"lock_timeout" comment:"How long a run waits for another run on the same output folder (\"30s\",\n\"5m\"; \"0s\" gives up at once). --lock-timeout overrides."`
}

// UI holds settings of the command line itself.
type UI struct {
	Language string `toml:"language" comment:"\"vi\" (tiếng Việt) or \"en\" (English). BAOCAO_LANG=en in the environment or\n--lang en on the command line overrides it."`
}

// Duration is a time.Duration written as "30s" in TOML.
type Duration struct{ time.Duration }

// UnmarshalText reads Go duration syntax ("30s", "2m").
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("%q is not a duration such as \"30s\" or \"5m\"", b)
	}
	d.Duration = v
	return nil
}

// MarshalText writes the Go duration syntax.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.Duration.String()), nil }

// The quarter styles quarter_style accepts.
const (
	QuarterDash  = "quý II-2021"
	QuarterYear  = "quý II năm 2021"
	QuarterSlash = "quý II/2021"
)

// QuarterLabel writes q in the configured style: "quý II-2021".
func (c *Config) QuarterLabel(q program.Quarter) string {
	switch c.Wording.QuarterStyle {
	case QuarterYear:
		return fmt.Sprintf("quý %s năm %d", q.Roman(), q.Year)
	case QuarterSlash:
		return fmt.Sprintf("quý %s/%d", q.Roman(), q.Year)
	}
	return q.Label()
}

// Resolve turns a path from the configuration into one usable from the
// current folder: absolute paths stay, relative ones join Dir.
func (c *Config) Resolve(p string) string {
	if p == "" || filepath.IsAbs(p) || c.Dir == "" {
		return p
	}
	return filepath.Join(c.Dir, p)
}

// CustomFonts reports whether the configuration names font files.
func (c *Config) CustomFonts() bool {
	f := c.Fonts
	return f.Regular != "" || f.Bold != "" || f.Italic != "" || f.BoldItalic != ""
}
