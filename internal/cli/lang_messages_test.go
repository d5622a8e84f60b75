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
	// first line comes from the form reader (internal/xlsx).
	bad := filepath.Join(dir, "phieu.xlsx")
	if err := os.WriteFile(bad, []byte("not a workbook"), 0o644); err != nil {
		t.Fatal(err)
	}
	ledger := filepath.Join(dir, "l.progress.toml")
	r = cliDefaultLang(t, "import", bad, "--ledger", ledger)
	vietnamese("import of a bad form", r, bad+": lỗi: không phải là tệp Excel baocao đọc được (", "1 lỗi trong 1 phiếu: không ghi gì")
	if r.code != ExitInvalid {
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

// TestDiagnosticsAndCheckAreVietnameseByDefault: what baocao says about
// the input (the diagnostics of the readers, the parser, the ledger, the
// configuration) and the report of baocao check are Vietnamese, with the
// positions as they are; --lang en gives them back in English.
func TestDiagnosticsAndCheckAreVietnameseByDefault(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir) // no baocao.toml above: the bundled programme
	t.Setenv(langEnv, "")
	english := regexp.MustCompile(`\b(error|warning|the|annex|body|line|row|task|differs|expected|Check of|Not placed|Total|Kind)\b`)
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
	r := cliDefaultLang(t, "check")
	vietnamese("check", r, "seeds/07-CTr-TU-2021.txt:24: cảnh báo: đoạn văn bị ngắt trang đã được nối lại với dòng 26",
		"Kiểm tra 07-CTr/TU (seeds/07-CTr-TU-2021.txt)", "Số phần việc đếm được so với Ghi chú", "  Tổng cộng ",
		"Đối chiếu nhiệm vụ ở phần nội dung với các dòng Danh mục: 27 trên 27 dòng khớp với một nhiệm vụ",
		"    - từ ngữ chỉ có ở Danh mục: ", "cảnh báo cần xem lại; việc kiểm tra không bao giờ sửa chương trình.")
	if r.code != ExitOK {
		t.Errorf("check: exit %d", r.code)
	}
	if r := cliDefaultLang(t, "check", "--lang", "en"); !strings.Contains(r.stdout, "seeds/07-CTr-TU-2021.txt:24: warning: paragraph split by a page break re-joined with line 26") ||
		!strings.Contains(r.stdout, "Check of 07-CTr/TU (seeds/07-CTr-TU-2021.txt)") || !strings.Contains(r.stdout, "words only in the annex: ") {
		t.Errorf("check --lang en:\n%s", r)
	}

	// A reader's refusal, a deadline phrase inside a diagnostic, a ledger's
	// rule and a configuration's key.
	write := func(name, text string) string {
		t.Helper()
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return name
	}
	pdf := write("ct.pdf", "%PDF-1.4\nxx")
	vietnamese("check of a cut PDF", cliDefaultLang(t, "check", pdf), "ct.pdf:1: lỗi: tệp PDF bị cắt cụt (không có dấu kết thúc tệp)", "ct.pdf: 1 lỗi, 0 cảnh báo")
	seed := seedText(t)
	bent := strings.Replace(string(seed), "Hoàn thành trong quý I-2021", "Hoàn thành trong tháng 13/2021", 1)
	if bent == string(seed) {
		t.Fatal("the bundled programme no longer has the phrase this test bends")
	}
	r = cliDefaultLang(t, "check", write("ct.txt", bent))
	vietnamese("check of a bad deadline", r, `: lỗi: dòng 08 của Danh mục: thời hạn "Hoàn thành trong tháng 13/2021": "tháng 13/2021": không có tháng 13`)
	write("ld.txt", string(seed))
	write("ld.progress.toml", "[programme]\nnumber = \"07-CTr/TU\"\n\n[[update]]\nitem = \"01.1\"\ndate = 2021-02-30\nstatus = \"done\"\n")
	r = cliDefaultLang(t, "report", "ld.txt", "--quarter", "2021-Q2", "-o", "out")
	if !strings.Contains(r.stderr, "ld.progress.toml:6:8: lỗi: date: 2021-02-30 không phải là ngày có trong lịch: tháng 2 năm 2021 chỉ có 28 ngày") {
		t.Errorf("report with a bad ledger:\n%s", r)
	}
	write("baocao.toml", "[page]\nmargin_top_mm = \"20\"\n[signr]\n")
	vietnamese("check with a bad configuration", cliDefaultLang(t, "check"),
		`baocao.toml:2: khóa "page.margin_top_mm": cần một số, nhưng gặp chuỗi "20"`,
		`baocao.toml:3: khóa "signr" không có trong cấu hình; có phải là "signer"?`)
}
