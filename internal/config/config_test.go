package config

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/program"
)

var update = flag.Bool("update", false, "rewrite default.toml and the repository's baocao.toml from the Config struct")

// The embedded default, the repository's documented baocao.toml and what
// WriteTOML prints for the defaults must be one and the same text.
func TestDefaultFileMatchesStructAndRepoCopy(t *testing.T) {
	var b bytes.Buffer
	if err := Default().WriteTOML(&b); err != nil {
		t.Fatal(err)
	}
	repo := filepath.Join("..", "..", "baocao.toml")
	if *update {
		for _, p := range []string{"default.toml", repo} {
			if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !bytes.Equal(b.Bytes(), defaultTOML) {
		t.Errorf("default.toml differs from WriteTOML(Default()); run go test ./internal/config -update")
	}
	got, err := os.ReadFile(repo)
	if err != nil {
		t.Fatalf("the repository's baocao.toml: %v (run with -update)", err)
	}
	if !bytes.Equal(got, defaultTOML) {
		t.Errorf("baocao.toml at the repository root differs from internal/config/default.toml; run go test ./internal/config -update")
	}
}

func TestWrittenConfigReadsBackEqual(t *testing.T) {
	c := Default()
	c.Recipients.List = append(c.Recipients.List, `quote " and back\slash`)
	c.Page.MarginLeftMM = 32.5
	var b bytes.Buffer
	if err := c.WriteTOML(&b); err != nil {
		t.Fatal(err)
	}
	back, err := Load("x.toml", b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.Page.MarginLeftMM != 32.5 || back.Recipients.List[len(back.Recipients.List)-1] != `quote " and back\slash` {
		t.Errorf("round trip lost values: %+v %q", back.Page, back.Recipients.List)
	}
}

func TestPartialFileKeepsDefaults(t *testing.T) {
	c, err := Load("dir/baocao.toml", []byte("[signer]\nname = \"Nguyễn Văn A\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Signer.Name != "Nguyễn Văn A" || c.Signer.Position != "BÍ THƯ" || c.Issuer.Place != "Rạch Giá" {
		t.Errorf("got %+v %+v", c.Signer, c.Issuer)
	}
	if c.Resolve("output") != filepath.Join("dir", "output") || c.Resolve("/abs") != "/abs" {
		t.Errorf("Resolve: %q", c.Resolve("output"))
	}
}

func TestErrorsNameFileLineAndKey(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"misspelt key", "# comment\n[signer]\nauthority = \"T/M TỈNH ỦY\"\nnmae = \"X\"\n",
			[]string{`baocao.toml:4: key "signer.nmae" is not known; did you mean "signer.name"?`}},
		{"misspelt table", "[singer]\nname = \"X\"\n",
			[]string{`baocao.toml:1: key "singer" is not known; did you mean "signer"?`}},
		{"unknown far key", "[page]\nzzzzzzzzzzzzzzzzzzzzzz = 1\n",
			[]string{`baocao.toml:2: key "page.zzzzzzzzzzzzzzzzzzzzzz" is not known; 'baocao config' prints every key`}},
		{"wrong type", "[page]\nmargin_top_mm = \"20\"\n",
			[]string{`baocao.toml:2: key "page.margin_top_mm": expected a number, found the string "20"`}},
		{"wrong int", "[run]\nworkers = 2.5\n",
			[]string{`baocao.toml:2: key "run.workers": expected a whole number, found the number 2.5`}},
		{"list of non-strings", "[recipients]\nlist = [1, 2]\n",
			[]string{`baocao.toml:2: key "recipients.list": expected a list of strings (every element in quotes), found a list`}},
		{"table expected", "signer = \"x\"\n",
			[]string{`baocao.toml:1: "signer" must be a table [signer], found the string "x"`}},
		{"syntax", "[page]\nmargin_top_mm = = 3\n",
			[]string{`baocao.toml:2:`, `TOML syntax error`}},
		{"date where a number goes", "[page]\nwidth_mm = 2021-01-01\n",
			[]string{`baocao.toml:2: key "page.width_mm": expected a number, found the date 2021-01-01`}},
		{"key inside a multi-line string is not a key", "[issuer]\nplace = \"\"\"\nname = x\n\"\"\"\nname = 3\n",
			[]string{`baocao.toml:5: key "issuer.name": expected a string in quotes, found the integer 3`}},
		{"bad duration", "[run]\nlock_timeout = \"soon\"\n",
			[]string{`baocao.toml:2: key "run.lock_timeout": expected a duration such as "30s" or "5m", found the string "soon"`}},
		{"bad style", "[wording]\nquarter_style = \"Q2/2021\"\n",
			[]string{`baocao.toml:2: key "wording.quarter_style": expected one of`}},
		{"form return days", "[forms]\noffice = \"VP\"\nreturn_days = 120\n",
			[]string{`baocao.toml:3: key "forms.return_days": expected 0 to 92 days after the quarter, found 120`}},
		{"two errors in line order", "[signer]\nnmae = 1\n[page]\nbody_size = 99\n",
			[]string{"baocao.toml:2: key \"signer.nmae\" is not known; did you mean \"signer.name\"?"}},
		{"three of four fonts", "[fonts]\nregular = \"a.ttf\"\nbold = \"b.ttf\"\nitalic = \"c.ttf\"\n",
			[]string{`baocao.toml:2: key "fonts.regular": name all four faces`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load("baocao.toml", []byte(tt.text))
			if err == nil {
				t.Fatal("no error")
			}
			var list Errors
			if !errors.As(err, &list) {
				t.Fatalf("error is %T, want Errors", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%s\ndoes not contain\n%s", err, w)
				}
			}
		})
	}
}

func TestCheckFilesNamesMissingFont(t *testing.T) {
	dir := t.TempDir()
	ttf := filepath.Join(dir, "ok.ttf")
	os.WriteFile(ttf, []byte{0, 1, 0, 0, 9, 9}, 0o644)
	otf := filepath.Join(dir, "x.otf")
	os.WriteFile(otf, []byte("OTTO...."), 0o644)
	text := "[paths]\ntemplates = \"nope\"\n[fonts]\nregular = \"ok.ttf\"\nbold = \"missing.ttf\"\nitalic = \"x.otf\"\nbold_italic = \"ok.ttf\"\n"
	c, err := Load(filepath.Join(dir, "baocao.toml"), []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	err = c.CheckFiles()
	if err == nil {
		t.Fatal("no error")
	}
	for _, w := range []string{
		`baocao.toml:2: key "paths.templates": folder`,
		`baocao.toml:5: key "fonts.bold": font file`,
		`baocao.toml:6: key "fonts.italic":`, `OpenType (CFF)`,
	} {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("error\n%s\ndoes not contain %q", err, w)
		}
	}
}

func TestQuarterStyles(t *testing.T) {
	q := program.Quarter{Year: 2021, Q: 2}
	for style, want := range map[string]string{QuarterDash: "quý II-2021", QuarterYear: "quý II năm 2021", QuarterSlash: "quý II/2021"} {
		c := Default()
		c.Wording.QuarterStyle = style
		if got := c.QuarterLabel(q); got != want {
			t.Errorf("%s: got %q", style, got)
		}
	}
}

func TestReportNumber(t *testing.T) {
	c := Default()
	if got := c.ReportNumber("15"); got != "15-BC/TU" {
		t.Errorf("got %q", got)
	}
	if got := c.ReportNumber(""); got != "     -BC/TU" {
		t.Errorf("got %q", got)
	}
}

// The body that reports and the authority that signs come from one setting:
// the default report's "Ban Thường vụ Tỉnh ủy báo cáo" is signed
// "T/M BAN THƯỜNG VỤ", never "T/M TỈNH ỦY".
func TestAuthorityAgreesWithBody(t *testing.T) {
	c := Default()
	if c.Signer.Body != "Ban Thường vụ Tỉnh ủy" || c.AuthorityLine() != "T/M BAN THƯỜNG VỤ" {
		t.Errorf("default body %q signs %q, want \"Ban Thường vụ Tỉnh ủy\" and \"T/M BAN THƯỜNG VỤ\"", c.Signer.Body, c.AuthorityLine())
	}
	for _, tc := range []struct{ body, authority, want string }{
		{"Tỉnh ủy", "T/M", "T/M TỈNH ỦY"},
		{"Ban Thường vụ  Tỉnh ủy", "T/L", "T/L BAN THƯỜNG VỤ"},
		{"Ban Thường vụ Thành ủy", "T/M", "T/M BAN THƯỜNG VỤ THÀNH ỦY"}, // not the header's committee: named in full
		{"Ban Thường vụ Tỉnh ủy", "K/T BÍ THƯ", "K/T BÍ THƯ"},
	} {
		c.Signer.Body, c.Signer.Authority = tc.body, tc.authority
		if got := c.AuthorityLine(); got != tc.want {
			t.Errorf("body %q, authority %q: line %q, want %q", tc.body, tc.authority, got, tc.want)
		}
	}
	_, err := Load("baocao.toml", []byte("[signer]\nauthority = \"T/M TỈNH ỦY\"\n"))
	if err == nil || !strings.Contains(err.Error(), `baocao.toml:2: key "signer.authority": "T/M TỈNH ỦY" signs for another body`) {
		t.Errorf("an authority line disagreeing with the body: got %v", err)
	}
	if _, err := Load("baocao.toml", []byte("[signer]\nbody = \"Tỉnh ủy\"\nauthority = \"T/M TỈNH ỦY\"\n")); err != nil {
		t.Errorf("an authority line agreeing with the body: %v", err)
	}
}
