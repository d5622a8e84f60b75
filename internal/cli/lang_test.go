package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cliDefaultLang runs the command line as the binary does: the language is
// not set beforehand.
func cliDefaultLang(t *testing.T, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	a := &app{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &out, stderr: &errb,
		now: func() time.Time { return fixedNow }}
	code := a.main(args)
	return result{code, out.String(), errb.String()}
}

func TestHelpIsVietnameseByDefaultAndEnglishOnRequest(t *testing.T) {
	t.Chdir(t.TempDir()) // no baocao.toml above
	t.Setenv(langEnv, "")
	r := cliDefaultLang(t, "report", "--help")
	for _, want := range []string{"Cách dùng: baocao report", "Lập báo cáo tiến độ quý", "Các cờ:", "Mã thoát:", "-quarter quarter"} {
		if r.code != ExitOK || !strings.Contains(r.stdout, want) {
			t.Errorf("report --help by default lacks %q:\n%s", want, r)
		}
	}
	if strings.Contains(r.stdout, "Write the quarterly progress report") {
		t.Error("the default --help is in English")
	}
	for _, args := range [][]string{{"report", "--help", "--lang", "en"}, {"report", "--lang=en", "--help"}} {
		if r := cliDefaultLang(t, args...); !strings.Contains(r.stdout, "Usage: baocao report") || !strings.Contains(r.stdout, "Write the quarterly progress report") {
			t.Errorf("%v is not in English:\n%s", args, r)
		}
	}
	t.Setenv(langEnv, "en")
	if r := cliDefaultLang(t, "forms", "--help"); !strings.Contains(r.stdout, "Usage: baocao forms") {
		t.Errorf("BAOCAO_LANG=en is not English:\n%s", r)
	}
	if r := cliDefaultLang(t, "forms", "--help", "--lang", "vi"); !strings.Contains(r.stdout, "Cách dùng: baocao forms") {
		t.Errorf("--lang vi does not override BAOCAO_LANG:\n%s", r)
	}
	if r := cliDefaultLang(t, "forms", "--lang", "fr"); r.code != ExitUsage || !strings.Contains(r.stderr, `--lang "fr": expected vi`) {
		t.Errorf("--lang fr:\n%s", r)
	}
}

func TestWorkspaceLanguageSetting(t *testing.T) {
	ws := t.TempDir()
	t.Chdir(ws)
	t.Setenv(langEnv, "")
	if r := cliDefaultLang(t, "init"); r.code != ExitOK || !strings.Contains(r.stdout, "đã tạo thư mục làm việc") {
		t.Fatalf("init in Vietnamese:\n%s", r)
	}
	cfg := filepath.Join(ws, "baocao.toml")
	b, _ := os.ReadFile(cfg)
	if err := os.WriteFile(cfg, bytes.Replace(b, []byte(`language = "vi"`), []byte(`language = "en"`), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := cliDefaultLang(t, "annex", "--help"); !strings.Contains(r.stdout, "Usage: baocao annex") {
		t.Errorf("ui.language = \"en\" is not English:\n%s", r)
	}
	// A summary line in the chosen language.
	if r := cliDefaultLang(t, "report", "--quarter", "2021-Q3", "--lang", "vi"); r.code != ExitUsage || !strings.Contains(r.stderr, "chưa có chương trình nào trong chuong-trinh") {
		t.Errorf("a Vietnamese message:\n%s", r)
	}
}
