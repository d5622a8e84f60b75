package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/config"
	"baocao/internal/report"
)

// officeWritten is an office's file with every part written, one paragraph
// starting with "# " (escaped, as text) and a bullet.
const officeWritten = `# Đánh giá chung

Nhìn chung các cơ quan đã tích cực triển khai Chương trình hành động.

## Kết quả nổi bật

- Ban hành kịp thời Quy định về trách nhiệm nêu gương.

\# 3 phần việc hoàn thành trước hạn là điểm sáng của quý.

## Hạn chế

Hội nghị sơ kết Chỉ thị số 05-CT/TW chưa tổ chức được.

## Nguyên nhân

Dịch COVID-19 diễn biến phức tạp.

# Phương hướng, nhiệm vụ quý tới

Đôn đốc các cơ quan hoàn thành các phần việc đến hạn.

# Kiến nghị, đề xuất

Đề nghị Ban Thường vụ Tỉnh ủy cho gia hạn phần việc 04.2.
`

// pdfWords is the text of a PDF as one line of words.
func pdfWords(t *testing.T, path string) string {
	t.Helper()
	raw, err := exec.Command("pdftotext", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(raw)), " ")
}

// inOrder checks that each of want appears in text after the one before.
func inOrder(t *testing.T, text string, want ...string) {
	t.Helper()
	at := 0
	for _, w := range want {
		i := strings.Index(text[at:], w)
		if i < 0 {
			t.Errorf("%q is not in the report after %q (in the report at all: %v)", w, text[max(0, at-60):at], strings.Contains(text, w))
			continue
		}
		at += i + len(w)
	}
}

// TestReportShowsTheOfficeText: the office's text is in the PDF in the
// official order: part I with Đánh giá chung at its end, II, III, then IV
// Phương hướng and V Kiến nghị, then the closing paragraph; a paragraph
// starting with "#" stays a paragraph.
func TestReportShowsTheOfficeText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	officeWorkspace(t)
	office := filepath.Join("theo-doi", "07-CTr-TU-2021.2021-Q3.md")
	if err := os.WriteFile(office, []byte(officeWritten), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := cli(t, "report", "--quarter", "2021-Q3", "--date", "2021-09-30", "-q"); r.code != ExitOK {
		t.Fatal(r)
	}
	text := pdfWords(t, filepath.Join("output", "07-CTr-TU", "2021-Q3", "bao-cao-2021-Q3.pdf"))
	inOrder(t, text,
		"I- KẾT QUẢ THỰC HIỆN", "3. Theo cơ quan chủ trì",
		"4. Đánh giá chung", "Nhìn chung các cơ quan đã tích cực triển khai Chương trình hành động.",
		"a) Kết quả nổi bật", "- Ban hành kịp thời Quy định về trách nhiệm nêu gương.", "# 3 phần việc hoàn thành trước hạn là điểm sáng của quý.",
		"b) Hạn chế", "Hội nghị sơ kết Chỉ thị số 05-CT/TW chưa tổ chức được.",
		"c) Nguyên nhân", "Dịch COVID-19 diễn biến phức tạp.",
		"II- CÁC PHẦN VIỆC QUÁ HẠN", "III- CÁC PHẦN VIỆC ĐẾN HẠN",
		"IV- PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV-2021", "Đôn đốc các cơ quan hoàn thành các phần việc đến hạn.",
		"V- KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị Ban Thường vụ Tỉnh ủy cho gia hạn phần việc 04.2.",
		"Trên đây là báo cáo", "BÍ THƯ", "PHỤ LỤC")
	if strings.Contains(text, "Chưa có nội dung") {
		t.Errorf("a written part is reported as missing")
	}
}

// TestReportSaysWhereToWriteTheOfficeText: without the office's file (or
// with nothing written) each part says which file and heading to write.
func TestReportSaysWhereToWriteTheOfficeText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	officeWorkspace(t)
	if r := cli(t, "report", "--quarter", "2021-Q3", "--date", "2021-09-30", "-q"); r.code != ExitOK {
		t.Fatal(r)
	}
	text := pdfWords(t, filepath.Join("output", "07-CTr-TU", "2021-Q3", "bao-cao-2021-Q3.pdf"))
	note := func(part string) string {
		return "(Chưa có nội dung: Văn phòng ghi phần này vào tệp theo-doi/07-CTr-TU-2021.2021-Q3.md, mục “" + part + "”.)"
	}
	inOrder(t, text, "4. Đánh giá chung", "a) Kết quả nổi bật", note("Kết quả nổi bật"), "b) Hạn chế", note("Hạn chế"),
		"c) Nguyên nhân", note("Nguyên nhân"), "II- CÁC PHẦN VIỆC QUÁ HẠN", "IV- PHƯƠNG HƯỚNG", note("Phương hướng, nhiệm vụ quý tới"),
		"V- KIẾN NGHỊ, ĐỀ XUẤT", note("Kiến nghị, đề xuất"), "Trên đây là báo cáo")
}

// TestRunShowsTheOfficeText: 'baocao run' (cron) reads the office's file
// too, without writing one, and its manifest lists it as an input.
func TestRunShowsTheOfficeText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	officeWorkspace(t)
	office := filepath.Join("theo-doi", "07-CTr-TU-2021.2021-Q3.md")
	if err := os.WriteFile(office, []byte(officeWritten), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := cli(t, "run", "--quarter", "2021-Q3", "--date", "2021-09-30", "-q"); r.code != ExitOK {
		t.Fatal(r)
	}
	dir := filepath.Join("output", "07-CTr-TU", "2021-Q3")
	inOrder(t, pdfWords(t, filepath.Join(dir, "bao-cao-2021-Q3.pdf")), "4. Đánh giá chung", "Dịch COVID-19 diễn biến phức tạp.",
		"V- KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị Ban Thường vụ Tỉnh ủy cho gia hạn phần việc 04.2.")
	if m := string(mustRead(t, filepath.Join(dir, "manifest.json"))); !strings.Contains(m, `"role": "office"`) || !strings.Contains(m, "07-CTr-TU-2021.2021-Q3.md") {
		t.Errorf("the manifest does not list the office's file:\n%s", m)
	}
	if err := os.Remove(office); err != nil {
		t.Fatal(err)
	}
	if r := cli(t, "run", "--quarter", "2021-Q3", "--date", "2021-09-30", "-q"); r.code != ExitOK {
		t.Fatal(r)
	}
	if _, err := os.Stat(office); err == nil {
		t.Error("run wrote the office's skeleton: only report starts it")
	}
}

// TestPDFAndWorkbookCarryTheOfficeText: the office's paragraphs and the
// parts' headings are in the PDF, the workbook's Báo cáo sheet and the Word
// report alike, in the same order, since all three draw the one model.
func TestPDFAndWorkbookCarryTheOfficeText(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed: the report PDF cannot be read back")
	}
	s, err := newStyle(config.Default())
	if err != nil {
		t.Fatal(err)
	}
	text, diags := report.ReadOffice("q.md", []byte(officeWritten))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	docs, err := s.reportDocs(bundledReview(t), report.OfficeData{OfficeText: text, Path: "theo-doi/q.md", Written: true})
	if err != nil {
		t.Fatal(err)
	}
	pdfText := squeeze(pdfPages(t, docs[0].data))
	bookText := ""
	for _, r := range workbookRows(t, docs[1].data) {
		bookText += squeeze(strings.Join(r, " "))
	}
	want := []string{"4. Đánh giá chung"}
	want = append(want, text.Assessment...)
	want = append(want, "a) Kết quả nổi bật")
	want = append(want, text.Highlights...)
	want = append(want, "b) Hạn chế")
	want = append(want, text.Shortcomings...)
	want = append(want, "c) Nguyên nhân")
	want = append(want, text.Causes...)
	want = append(want, "II- CÁC PHẦN VIỆC QUÁ HẠN", "IV- PHƯƠNG HƯỚNG")
	want = append(want, text.Direction...)
	want = append(want, "V- KIẾN NGHỊ, ĐỀ XUẤT")
	want = append(want, text.Recommendations...)
	want = append(want, "Trên đây là báo cáo")
	for i := range want {
		want[i] = squeeze(want[i])
	}
	inOrder(t, pdfText, want...)
	inOrder(t, bookText, want...)
	// The Word report draws the same model: its paragraphs in the same order.
	if len(docs) < 3 || !strings.HasSuffix(docs[2].name, ".docx") {
		t.Fatalf("no Word report among %v", docNames(docs))
	}
	docxPath := filepath.Join(t.TempDir(), docs[2].name)
	if err := os.WriteFile(docxPath, docs[2].data, 0o644); err != nil {
		t.Fatal(err)
	}
	paras, _ := wordContent(t, docxPath)
	inOrder(t, squeeze(strings.Join(paras, " ")), want...)
}
