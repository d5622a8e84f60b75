package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestMessagesAreVietnameseByDefault runs a few commands as a clerk would,
// without --lang: what they print is Vietnamese, and the same commands
// with --lang en print the English the other tests read.
func TestMessagesAreVietnameseByDefault(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // no baocao.toml above: the bundled programme
	t.Setenv(langEnv, "")
	out := filepath.Join(dir, "out")

	// English words that must not reach a Vietnamese reader of these commands.
	english := regexp.MustCompile(`\b(wrote|unchanged|programme\(s\)|file\(s\)|nothing written|expected|Usage|Commands|did you mean)\b`)
	vietnamese := func(what string, r result, want ...string) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(r.stdout+r.stderr, w) {
				t.Errorf("%s lacks %q:\n%s", what, w, r)
			}
		}
		if m := english.FindString(r.stdout + r.stderr); m != "" {
			t.Errorf("%s prints English (%q):\n%s", what, m, r)
		}
	}

	r := cliDefaultLang(t, "--help")
	vietnamese("baocao --help", r, "Cách dùng:", "Các lệnh:", "lập báo cáo tiến độ quý dạng PDF và Excel", "Mã thoát:")

	r = cliDefaultLang(t, "run", "-o", out)
	vietnamese("run", r, "đã ghi "+filepath.Join(out, "07-CTr-TU", "danh-muc.pdf")+" (")
	summary := regexp.MustCompile(`(?m)^1 chương trình, quý II-2021, ngày 30/06/2021: [1-9]\d* tệp đã ghi, 0 tệp không đổi, 0 chương trình không xử lý được$`)
	if r.code != ExitOK || !summary.MatchString(r.stdout) {
		t.Errorf("run's summary is not the Vietnamese one:\n%s", r)
	}
	r = cliDefaultLang(t, "run", "-o", out)
	vietnamese("run again", r, "không đổi "+filepath.Join(out, "07-CTr-TU", "danh-muc.pdf"), ": 0 tệp đã ghi, ")

	r = cliDefaultLang(t, "report", "--quarter", "2021-Q9")
	vietnamese("report --quarter 2021-Q9", r, `--quarter "2021-Q9": cần một quý dạng YYYY-Qn`)
	if r.code != ExitUsage {
		t.Errorf("report --quarter 2021-Q9: exit %d", r.code)
	}
	vietnamese("report --quater", cliDefaultLang(t, "report", "--quater", "2021-Q3"),
		"không có cờ --quater; có phải ý bạn là --quarter?", "Chạy 'baocao report --help' để xem các cờ.")
	vietnamese("run --lock-timeout abc", cliDefaultLang(t, "run", "-o", out, "--lock-timeout", "abc"),
		`giá trị "abc" của cờ -lock-timeout không dùng được: cần một khoảng thời gian như 30s`)
	vietnamese("gen --rows abc", cliDefaultLang(t, "gen", "--rows", "abc"), `giá trị "abc" của cờ -rows không dùng được: không phải là một số`)
	vietnamese("check on a folder", cliDefaultLang(t, "check", dir),
		"không đọc được chương trình "+dir+": không phải tệp thông thường (là một thư mục): cần một tệp chương trình")
	vietnamese("unknown command", cliDefaultLang(t, "repo"), `không có lệnh "repo"; có phải ý bạn là "report"?`)

	// import: a file that is no workbook, and one that is not there. The
	// first line comes from the form reader (internal/xlsx), still English.
	bad := filepath.Join(dir, "phieu.xlsx")
	if err := os.WriteFile(bad, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	ledger := filepath.Join(dir, "l.progress.toml")
	r = cliDefaultLang(t, "import", bad, "--ledger", ledger)
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "1 lỗi trong 1 phiếu: không ghi gì") {
		t.Errorf("import of a bad form:\n%s", r)
	}
	r = cliDefaultLang(t, "import", filepath.Join(dir, "nope.xlsx"), "--ledger", ledger)
	vietnamese("import of a missing form", r, "không đọc được phiếu "+filepath.Join(dir, "nope.xlsx")+": không có tệp này", "không ghi gì")
	vietnamese("import without a form", cliDefaultLang(t, "import"), "chưa chỉ ra phiếu nào", "Cách dùng: baocao import")
	if _, err := os.Stat(ledger); err == nil {
		t.Error("a refused import wrote the ledger")
	}

	// The same in English, as the catalogue's keys read.
	r = cliDefaultLang(t, "run", "-o", out, "--lang", "en")
	if !regexp.MustCompile(`(?m)^1 programme\(s\) for 2021-Q2 at 2021-06-30: 0 file\(s\) written, [1-9]\d* unchanged, 0 programme\(s\) failed$`).MatchString(r.stdout) ||
		!strings.Contains(r.stdout, "unchanged "+filepath.Join(out, "07-CTr-TU", "danh-muc.pdf")) {
		t.Errorf("run --lang en:\n%s", r)
	}
	if r := cliDefaultLang(t, "--lang", "en", "--help"); !strings.Contains(r.stdout, "Usage:\n  baocao <command>") {
		t.Errorf("baocao --lang en --help:\n%s", r)
	}
	if r := cliDefaultLang(t, "report", "--quarter", "2021-Q9", "--lang", "en"); !strings.Contains(r.stderr, `--quarter "2021-Q9": expected YYYY-Qn`) {
		t.Errorf("report --quarter 2021-Q9 --lang en:\n%s", r)
	}
}
