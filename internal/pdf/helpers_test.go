package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/gen"
	"baocao/internal/parse"
	"baocao/internal/program"
	"baocao/seeds"
)

// seedProgramme parses the bundled programme with the real parser.
func seedProgramme(t testing.TB) *program.Programme {
	t.Helper()
	data, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse("seeds/"+seeds.Default, data)
	if p == nil || diags.HasErrors() {
		t.Fatalf("bundled programme does not parse: %v", diags.Err())
	}
	if len(p.Annex.Rows) != 27 {
		t.Fatalf("bundled programme: %d annex rows, want 27", len(p.Annex.Rows))
	}
	return p
}

// generatedProgramme parses a synthetic programme of n annex rows.
func generatedProgramme(t testing.TB, n int) *program.Programme {
	t.Helper()
	p, diags := parse.Parse("gen.txt", gen.Programme(n, 1))
	if p == nil || diags.HasErrors() {
		t.Fatalf("generated programme does not parse: %v", diags.Err())
	}
	return p
}

// bigProgramme is a programme of n annex rows with varied lengths,
// including one row taller than a page.
func bigProgramme(n int) *program.Programme {
	p := &program.Programme{
		Number: "99-CTr/TU", Date: program.NewDate(2021, time.April, 2), Issuer: "Tỉnh ủy",
		Annex: program.Annex{
			Title:   "DANH MỤC CÁC CHƯƠNG TRÌNH, ĐỀ ÁN, KẾ HOẠCH, QUY ĐỊNH",
			Caption: "(kèm theo Chương trình hành động số 99-CTr/TU, ngày 02-4-2021 của Tỉnh ủy)",
			Note:    "Chương trình hành động đề ra nhiều phần việc.",
		},
	}
	agencies := []string{
		"Ban cán sự đảng Ủy ban nhân dân tỉnh",
		"Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan",
		"Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh chủ trì, phối hợp các cơ quan liên quan",
		"Ủy ban Kiểm tra Tỉnh ủy",
	}
	words := strings.Fields("Đề án nâng cao chất lượng, hiệu quả công tác cải cách hành chính tỉnh Kiên Giang theo chương trình của Chính phủ; phát triển nguồn nhân lực, kết cấu hạ tầng kinh tế-xã hội đồng bộ, nhất là giao thông")
	for i := 1; i <= n; i++ {
		length := 5 + (i*7)%len(words)
		if i == n/2 {
			length = 2200 // taller than a page: must split cleanly
		}
		var title []string
		for j := 0; j < length; j++ {
			title = append(title, words[(i+j)%len(words)])
		}
		if i == n/2 { // numbered words, so a test can see none is lost
			for j := range title {
				title[j] = tallWord(j)
			}
		}
		p.Annex.Rows = append(p.Annex.Rows, program.AnnexRow{
			TT: pad(i), Number: i, AgencyText: agencies[i%len(agencies)],
			Title:    strings.Join(title, " "),
			Deadline: program.Deadline{Text: "Hoàn thành trong quý " + []string{"I", "II", "III", "IV"}[i%4] + "-2021"},
		})
	}
	return p
}

// tallWord is the j-th word of the row taller than a page.
func tallWord(j int) string { return fmt.Sprintf("đoạn%04d", j) }

func pad(i int) string {
	if i < 10 {
		return "0" + strconv.Itoa(i)
	}
	return strconv.Itoa(i)
}

// needTool skips the test when a poppler tool is not installed.
func needTool(t testing.TB, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		t.Skipf("%s not installed (apt-get install poppler-utils)", name)
	}
}

// writeTemp stores a PDF in the test's temp dir.
func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// run runs a tool and returns its stdout.
func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	var out, errb bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %v: %v\n%s", name, args, err, errb.String())
	}
	// Poppler reports a malformed file on stderr and carries on.
	if msg := errb.String(); strings.Contains(msg, "Error") || strings.Contains(msg, "Warning") {
		t.Errorf("%s finds the PDF malformed:\n%s", name, msg)
	}
	return out.String()
}

// pageText is pdftotext's raw text (content-stream order, so a table
// cell's lines stay together) of page n, or of all pages when n is 0.
func pageText(t testing.TB, path string, n int) string {
	t.Helper()
	args := []string{"-raw", "-enc", "UTF-8"}
	if n > 0 {
		args = append(args, "-f", strconv.Itoa(n), "-l", strconv.Itoa(n))
	}
	return run(t, "pdftotext", append(args, path, "-")...)
}

// bodyText is the raw text of every page without the page numbers, so a
// paragraph that runs onto the next page reads as one.
func bodyText(t testing.TB, path string) string {
	t.Helper()
	var b strings.Builder
	for page := 1; page <= pageCount(t, path); page++ {
		text := strings.TrimLeft(pageText(t, path, page), " \n")
		if first, rest, ok := strings.Cut(text, "\n"); ok {
			if _, err := strconv.Atoi(strings.TrimSpace(first)); err == nil {
				text = rest // the page number (sections restart at 1)
			}
		}
		b.WriteString(text + "\n")
	}
	return b.String()
}

// pageCount reads the page count from pdfinfo.
func pageCount(t testing.TB, path string) int {
	t.Helper()
	for _, line := range strings.Split(run(t, "pdfinfo", path), "\n") {
		if v, ok := strings.CutPrefix(line, "Pages:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatal("pdfinfo gave no page count")
	return 0
}

// flat folds all whitespace to single spaces and normalises to NFC, so
// wrapped lines compare equal to the text they came from.
func flat(s string) string { return norm.NFC.String(strings.Join(strings.Fields(s), " ")) }

// assertFontsEmbedded checks pdffonts lists fonts and every one is embedded.
func assertFontsEmbedded(t *testing.T, path string) {
	t.Helper()
	needTool(t, "pdffonts")
	lines := strings.Split(strings.TrimSpace(run(t, "pdffonts", path)), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", strings.Join(lines, "\n"))
	}
	for _, line := range lines[2:] {
		f := strings.Fields(line)
		if len(f) < 6 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", line)
		}
	}
}
