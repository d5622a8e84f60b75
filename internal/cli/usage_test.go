package cli

import (
	"strings"
	"testing"
	"time"
)

func TestUsageErrorsExitTwoWithAReadableMessage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{nil, ExitUsage, "Commands:"},
		{[]string{"frobnicate"}, ExitUsage, `unknown command "frobnicate"`},
		{[]string{"chec"}, ExitUsage, `did you mean "check"?`},
		{[]string{"parse", "--bogus"}, ExitUsage, "baocao parse: unknown flag --bogus"},
		{[]string{"run", "--quater", "2021-Q2"}, ExitUsage, "baocao run: unknown flag --quater; did you mean --quarter?"},
		{[]string{"import", "-x"}, ExitUsage, "baocao import: unknown flag -x\n"},
		{[]string{"import"}, ExitUsage, "baocao import: no form given"},
		{[]string{"parse", "-o"}, ExitUsage, "flag -o needs a value"},
		{[]string{"parse", "a.txt", "b.txt"}, ExitUsage, "expected at most one programme file, got 2"},
		{[]string{"parse", "/nonexistent/x.txt"}, ExitUsage, "cannot read programme /nonexistent/x.txt: no such file"},
		{[]string{"run", "--quarter", "2021-Q5"}, ExitUsage, `--quarter "2021-Q5": expected YYYY-Qn`},
		{[]string{"run", "--date", "30/6/2021"}, ExitUsage, `--date "30/6/2021": expected a date of the form YYYY-MM-DD`},
		{[]string{"run", "--log-format", "xml"}, ExitUsage, `--log-format "xml": expected text or json`},
		{[]string{"annex", "--by", "kind"}, ExitUsage, `the only split is --by agency`},
		{[]string{"config", "--config", "/nonexistent/baocao.toml"}, ExitUsage, `configuration file "/nonexistent/baocao.toml" not found`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := cli(t, tt.args...)
			if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
				t.Errorf("want exit %d and %q in stderr, got %s", tt.code, tt.want, r)
			}
		})
	}
}

func TestHelpOfEveryCommandSaysWhatFlagsAndExample(t *testing.T) {
	for _, c := range commands() {
		r := cli(t, c.name, "--help")
		if r.code != ExitOK {
			t.Errorf("%s --help: %s", c.name, r)
			continue
		}
		for _, w := range []string{"Usage: baocao " + c.name, "Example:"} {
			if !strings.Contains(r.stdout, w) {
				t.Errorf("%s --help lacks %q:\n%s", c.name, w, r.stdout)
			}
		}
	}
	if r := cli(t, "run", "--help"); !strings.Contains(r.stdout, "Exit codes:") || !strings.Contains(r.stdout, "-lock-timeout") {
		t.Errorf("run --help lacks exit codes or flags:\n%s", r.stdout)
	}
}

func TestVersion(t *testing.T) {
	r := cli(t, "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "baocao ") {
		t.Errorf("%s", r)
	}
}

func TestQuarterKeywords(t *testing.T) {
	d := fixedNow.In(officeZone)
	a := &app{now: func() time.Time { return d }}
	today := a.today()
	for in, want := range map[string]string{"": "2021-Q2", "current": "2021-Q2", "previous": "2021-Q1", "2020-q4": "2020-Q4"} {
		q, err := reportQuarter(in, today)
		if err != nil || q.String() != want {
			t.Errorf("%q: got %v %v, want %s", in, q, err, want)
		}
	}
}

func TestTodayIsTheOfficeDate(t *testing.T) {
	// 23:30 UTC on 30 June is already 1 July in Rạch Giá.
	late := time.Date(2021, 6, 30, 23, 30, 0, 0, time.UTC)
	a := &app{now: func() time.Time { return late }}
	if got := a.today().String(); got != "2021-07-01" {
		t.Errorf("today = %s, want 2021-07-01", got)
	}
}

func TestAsciiSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Ban Tuyên giáo Tỉnh ủy":                       "ban-tuyen-giao-tinh-uy",
		"Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh": "ban-thuong-vu-dang-uy-bo-doi-bien-phong-tinh",
		"  UBND (tỉnh) / Sở Tài chính ":                "ubnd-tinh-so-tai-chinh",
		"":                                             "x",
		"Ủy ban nhân dân tỉnh Kiên Giang và các sở ngành liên quan khác nữa": "uy-ban-nhan-dan-tinh-kien-giang-va-cac-so-nganh-lien-quan",
	} {
		if got := asciiSlug(in, 60); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}
