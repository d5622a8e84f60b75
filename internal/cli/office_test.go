package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/program"
)

// difficultyRecords are two agencies' difficulties recorded in quarter III
// and one from quarter II, which a Q3 report must not list.
const difficultyRecords = `
[[update]]
item = "04.2"
date = 2021-06-20
difficulties = "Khó khăn của quý trước"

[[update]]
item = "06.1"
date = 2021-08-02
difficulties = "Chưa bố trí được kinh phí; đề xuất bổ sung dự toán năm 2022"
source = "import: phieu-truong-chinh-tri.xlsx 2021-08-02"

[[update]]
item = "04.2"
date = 2021-09-15
difficulties = "Chưa tổ chức được hội nghị sơ kết do dịch COVID-19"
`

// officeWorkspace makes a workspace with the bundled programme and its
// sample ledger, plus the difficulty records, and moves into it.
func officeWorkspace(t *testing.T) string {
	t.Helper()
	ws := t.TempDir()
	t.Chdir(ws)
	if r := cli(t, "init", "--sample"); r.code != ExitOK {
		t.Fatal(r)
	}
	led := filepath.Join("theo-doi", "07-CTr-TU-2021.progress.toml")
	f, err := os.OpenFile(led, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString(difficultyRecords); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	return ws
}

// TestReportWritesTheOfficeSkeletonOnce: the first report of a quarter
// starts the office's file beside the ledger, with the headings and the
// quarter's difficulties for the drafter, and says so; later reports never
// replace it, and the terminal still lists the difficulties.
func TestReportWritesTheOfficeSkeletonOnce(t *testing.T) {
	officeWorkspace(t)
	office := filepath.Join("theo-doi", "07-CTr-TU-2021.2021-Q3.md")
	r := cli(t, "report", "--quarter", "2021-Q3", "--date", "2021-09-30")
	if r.code != ExitOK {
		t.Fatal(r)
	}
	sk := string(mustRead(t, office))
	for _, want := range []string{"# Đánh giá chung", "## Kết quả nổi bật", "## Hạn chế", "## Nguyên nhân", "# Phương hướng, nhiệm vụ quý tới", "# Kiến nghị, đề xuất",
		"Chương trình hành động số 07-CTr/TU quý III-2021", "Ban Tuyên giáo Tỉnh ủy:", "- 04.2 Sơ kết Chỉ thị số 05-CT/TW",
		"(phiếu ngày 15-9-2021): Chưa tổ chức được hội nghị sơ kết do dịch COVID-19", "Trường Chính trị tỉnh:", "(phiếu ngày 02-8-2021): Chưa bố trí được kinh phí"} {
		if !strings.Contains(sk, want) {
			t.Errorf("the skeleton lacks %q:\n%s", want, sk)
		}
	}
	if strings.Contains(sk, "quý trước") {
		t.Errorf("the skeleton lists a difficulty of another quarter:\n%s", sk)
	}
	for _, want := range []string{"wrote " + office + ": the office's own text for 2021-Q3",
		"2 difficulty(ies) (khó khăn, vướng mắc, đề xuất) recorded by the agencies for 2021-Q3, for the office's assessment in " + office + ":",
		"  04.2, Ban Tuyên giáo Tỉnh ủy, 15-9-2021: Chưa tổ chức được hội nghị sơ kết do dịch COVID-19",
		"  06.1, Trường Chính trị tỉnh, 02-8-2021: Chưa bố trí được kinh phí"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("the terminal lacks %q:\n%s", want, r)
		}
	}

	// The office writes part of its text; the next report keeps the file
	// as it is and names the parts still empty.
	written := sk + "\nĐề nghị gia hạn phần việc 04.2.\n"
	written = strings.Replace(written, "## Hạn chế\n", "## Hạn chế\n\nHội nghị sơ kết chưa tổ chức được.\n", 1)
	if err := os.WriteFile(office, []byte(written), 0o644); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "report", "--quarter", "2021-Q3", "--date", "2021-09-30")
	if r.code != ExitOK {
		t.Fatal(r)
	}
	if got := string(mustRead(t, office)); got != written {
		t.Errorf("a second report changed the office's file:\n%s", got)
	}
	if strings.Contains(r.stdout, "wrote "+office) {
		t.Errorf("a second report says it wrote the office's file:\n%s", r)
	}
	if want := office + ": nothing written under “Kết quả nổi bật”, “Nguyên nhân”, “Phương hướng, nhiệm vụ quý tới” yet"; !strings.Contains(r.stdout, want) {
		t.Errorf("the terminal does not name the empty parts (%q):\n%s", want, r)
	}
	if !strings.Contains(r.stdout, "2 difficulty(ies)") {
		t.Errorf("the difficulties are not listed again:\n%s", r)
	}

	// Another quarter gets its own file.
	if r := cli(t, "report", "--quarter", "2021-Q2", "--date", "2021-06-30", "-q"); r.code != ExitOK || r.stdout != "" {
		t.Fatalf("-q must keep the terminal quiet:\n%s", r)
	}
	q2 := string(mustRead(t, filepath.Join("theo-doi", "07-CTr-TU-2021.2021-Q2.md")))
	if !strings.Contains(q2, "Khó khăn của quý trước") || strings.Contains(q2, "hội nghị sơ kết") {
		t.Errorf("the Q2 skeleton does not list Q2's difficulties alone:\n%s", q2)
	}
}

// TestOfficeFileFollowsTheLedger: with --ledger the office's file goes
// beside that ledger, named after it; the bundled programme outside a
// workspace has no folder for it, so nothing is written and the terminal
// says how to get one.
func TestOfficeFileFollowsTheLedger(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	led := filepath.Join(dir, "so", "07.progress.toml")
	b, err := bundledLedger()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(led), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(led, b, 0o644); err != nil {
		t.Fatal(err)
	}
	if r := cli(t, "report", "--quarter", "2021-Q3", "--ledger", led, "-o", "out"); r.code != ExitOK {
		t.Fatal(r)
	}
	if _, err := os.Stat(filepath.Join(dir, "so", "07.2021-Q3.md")); err != nil {
		t.Errorf("no office's file beside --ledger: %v", err)
	}
	r := cli(t, "report", "--quarter", "2021-Q3", "-o", "out2")
	if r.code != ExitOK {
		t.Fatal(r)
	}
	if !strings.Contains(r.stdout, "is kept beside the ledger, and seeds/07-CTr-TU-2021.txt has none on disk") {
		t.Errorf("the bundled programme's report does not say where the office's text would go:\n%s", r)
	}
	var mds []string
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if strings.HasSuffix(p, ".md") {
			mds = append(mds, p)
		}
		return err
	})
	if len(mds) != 1 {
		t.Errorf("office's files written: %v", mds)
	}
}

// TestOfficeFileProblems: warnings name the file and line and the report
// is still made; a file that is no text stops the report (exit 1).
func TestOfficeFileProblems(t *testing.T) {
	officeWorkspace(t)
	office := filepath.Join("theo-doi", "07-CTr-TU-2021.2021-Q3.md")
	if err := os.WriteFile(office, []byte("# Hạn chế\n\nChậm.\n\n# Ghi chú riêng\n\nkhông in\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cli(t, "report", "--quarter", "2021-Q3")
	if r.code != ExitOK || !strings.Contains(r.stderr, office+`:5:1: warning: heading "Ghi chú riêng" is not one of`) {
		t.Errorf("an unknown heading:\n%s", r)
	}
	if err := os.WriteFile(office, []byte("\x00\x01PK\x03\x04"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "report", "--quarter", "2021-Q3")
	if r.code != ExitInvalid || !strings.Contains(r.stderr, office+": error:") {
		t.Errorf("a binary office's file:\n%s", r)
	}
	if err := os.Remove(office); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(office, 0o755); err != nil {
		t.Fatal(err)
	}
	r = cli(t, "report", "--quarter", "2021-Q3")
	if r.code != ExitInvalid || !strings.Contains(r.stderr, "cannot read the office's text "+office+": not a regular file") {
		t.Errorf("a folder named as the office's file:\n%s", r)
	}
}

// createNew never replaces a file, and leaves no temporary file behind.
func TestCreateNewNeverReplaces(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "sub", "a.md")
	if ok, err := createNew(p, []byte("one")); !ok || err != nil {
		t.Fatalf("first: %v %v", ok, err)
	}
	if ok, err := createNew(p, []byte("two")); ok || err != nil {
		t.Fatalf("second: %v %v", ok, err)
	}
	if got := string(mustRead(t, p)); got != "one" {
		t.Errorf("replaced: %q", got)
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestOfficePath(t *testing.T) {
	q := program.Quarter{Year: 2021, Q: 3}
	for led, want := range map[string]string{
		"theo-doi/07-CTr-TU-2021.progress.toml": "theo-doi/07-CTr-TU-2021.2021-Q3.md",
		"/srv/so-theo-doi.toml":                 "/srv/so-theo-doi.2021-Q3.md",
		"ledger":                                "ledger.2021-Q3.md",
	} {
		if got := filepath.ToSlash(officePath(filepath.FromSlash(led), q)); got != want {
			t.Errorf("%s: %s, want %s", led, got, want)
		}
	}
}
