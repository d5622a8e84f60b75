package pdf

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/progress"
	"baocao/templates"
)

func renderReport(t testing.TB, o reviewOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := reportOf(&b, handReview(), o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestReportShowsTheNumbers(t *testing.T) {
	needTool(t, "pdftotext")
	path := writeTemp(t, "bao-cao.pdf", renderReport(t, handOptions()))
	text := flat(bodyText(t, path))
	for _, want := range []string{
		// header and title
		"ĐẢNG BỘ TỈNH KIÊN GIANG", "TỈNH ỦY", "Số 15-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
		"Rạch Giá, ngày 30 tháng 6 năm 2021", "BÁO CÁO",
		"tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II-2021",
		// I- totals as sentences
		"Chương trình hành động đề ra 12 phần việc",
		"đã hoàn thành đúng hạn 03 phần việc, chiếm 25%",
		"đã hoàn thành quá hạn 01 phần việc, chiếm 8,3%",
		"đang thực hiện trong hạn 02 phần việc, chiếm 16,7%",
		"sắp đến hạn 01 phần việc, chiếm 8,3%",
		"đang thực hiện quá hạn 03 phần việc, chiếm 25%",
		"không hạn 01 phần việc, chiếm 8,3%", "tạm dừng 01 phần việc, chiếm 8,3%",
		"04/12 phần việc, đạt 33,3%",
		// per area and per agency, sentences and the tables' total rows
		"Về kinh tế: 04 phần việc, trong đó đang thực hiện trong hạn 01, đang thực hiện quá hạn 01, không hạn 01, tạm dừng 01; tỷ lệ hoàn thành 0%.",
		"Về công tác xây dựng Đảng: 05 phần việc, trong đó đã hoàn thành đúng hạn 02, đang thực hiện trong hạn 01, sắp đến hạn 01, đang thực hiện quá hạn 01; tỷ lệ hoàn thành 40%.",
		"Ban cán sự đảng Ủy ban nhân dân tỉnh: 07 phần việc, trong đó đã hoàn thành đúng hạn 01, đã hoàn thành quá hạn 01, đang thực hiện trong hạn 01, đang thực hiện quá hạn 02, không hạn 01, tạm dừng 01; tỷ lệ hoàn thành 28,6%.",
		"Tổng cộng 12 3 1 2 1 3 1 1 33,3%",
		// the chart's legend
		"Đã hoàn thành đúng hạn", "Tạm dừng",
		// II- overdue, most days first, with lead and days
		"còn 03 phần việc đã quá thời hạn",
		"1 Kế hoạch xác định rõ các nguồn vốn đầu tư cho từng công trình, dự án Ban cán sự đảng Ủy ban nhân dân tỉnh 31-3-2021 91",
		"2 Sơ kết Chỉ thị số 05-CT/TW của Bộ Chính trị Ban Tuyên giáo Tỉnh ủy 31-5-2021 30",
		// III- next quarter
		"III- CÁC PHẦN VIỆC ĐẾN HẠN TRONG QUÝ III-2021", "có 03 phần việc đến hạn",
		// signature and recipients
		"Ban Thường vụ Tỉnh ủy báo cáo tiến độ", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Đỗ Thanh Bình", "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy,", "- Lưu Văn phòng Tỉnh ủy.",
		// appendix
		"PHỤ LỤC", "(Kèm theo Báo cáo số 15-BC/TU, ngày 30-6-2021 của Ban Thường vụ Tỉnh ủy;",
		"Đề án số 05-ĐA/TU ngày 15-6-2021; hoàn thành ngày 15-6-2021",
		"Hoàn thành trong quý II-2021 (30-6-2021 → 30-9-2021)", "điều chỉnh thời hạn: chờ hướng dẫn của Trung ương",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	assertFontsEmbedded(t, path)
}

func TestReportAppendixNumberedOnItsOwn(t *testing.T) {
	needTool(t, "pdftotext")
	path := writeTemp(t, "bao-cao.pdf", renderReport(t, handOptions()))
	n := pageCount(t, path)
	start := 0
	for page := 1; page <= n; page++ {
		text := strings.TrimSpace(pageText(t, path, page))
		first := strings.TrimSpace(strings.SplitN(text, "\n", 2)[0])
		if start == 0 && strings.Contains(text, "PHỤ LỤC") {
			start = page
		}
		want := strconv.Itoa(page)
		if start > 0 {
			want = strconv.Itoa(page - start + 1)
		}
		if (page == 1 || page == start) && first == want {
			t.Errorf("page %d is a first page but shows number %s", page, first)
		}
		if page != 1 && page != start && first != want {
			t.Errorf("page %d begins with %q, want page number %s", page, first, want)
		}
	}
	if start < 2 {
		t.Fatalf("appendix starts on page %d of %d", start, n)
	}
}

func TestReportIsDeterministic(t *testing.T) {
	if !bytes.Equal(renderReport(t, handOptions()), renderReport(t, handOptions())) {
		t.Fatal("two renders of the same review differ")
	}
}

func TestReportTemplateErrorsWriteNothing(t *testing.T) {
	for name, tmpl := range map[string]string{
		"missing field":     "{{.Nope}}",
		"unknown table":     "[[table nope]]",
		"failing function":  `{{template "col.none"}}`,
		"title on one line": "BÁO CÁO",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			file := "results.tmpl"
			if name == "title on one line" {
				file = "title.tmpl"
			}
			if err := os.WriteFile(filepath.Join(dir, file), []byte(tmpl), 0o644); err != nil {
				t.Fatal(err)
			}
			tt, err := templates.Load(dir)
			if err != nil {
				if name == "failing function" {
					return // caught even earlier, at parse time
				}
				t.Fatal(err)
			}
			o := handOptions()
			o.Templates = tt
			var b bytes.Buffer
			err = reportOf(&b, handReview(), o)
			if err == nil || b.Len() != 0 {
				t.Fatalf("err = %v, %d bytes written", err, b.Len())
			}
			t.Log(err)
		})
	}
}

func TestReportRefusesMissingGlyphs(t *testing.T) {
	o := handOptions()
	o.Signer.Name = "Đỗ Thanh Bình ☃"
	var b bytes.Buffer
	err := reportOf(&b, handReview(), o)
	if err == nil || !strings.Contains(err.Error(), "bold face") || !strings.Contains(err.Error(), "U+2603") || b.Len() != 0 {
		t.Fatalf("err = %v, %d bytes", err, b.Len())
	}
}

func TestReportPrintsDecomposedConfigurationComposed(t *testing.T) {
	needTool(t, "pdftotext")
	o := handOptions()
	o.Signer.Name = norm.NFD.String("Đỗ Thanh Bình")
	o.Header.Place = norm.NFD.String("Rạch Giá")
	path := writeTemp(t, "nfd.pdf", renderReport(t, o))
	raw := pageText(t, path, 0) // not normalised: what a reader copies
	for _, want := range []string{"Đỗ Thanh Bình", "Rạch Giá, ngày"} {
		if !strings.Contains(raw, want) {
			t.Errorf("PDF text lacks composed %q", want)
		}
	}
}

func TestReportOfEmptyReview(t *testing.T) {
	r := handReview()
	r.Items, r.Overdue, r.DueNext, r.ByArea, r.ByAgency, r.ByKind = nil, nil, nil, nil, nil, nil
	r.Total = progress.Tally{ByStatus: map[progress.Status]int{}}
	r.Programme.Type = ""
	var b bytes.Buffer
	if err := reportOf(&b, r, handOptions()); err != nil {
		t.Fatal(err)
	}
	needTool(t, "pdftotext")
	text := flat(bodyText(t, writeTemp(t, "empty.pdf", b.Bytes())))
	for _, want := range []string{"Chương trình hành động đề ra 0 phần việc.", "không có phần việc nào quá hạn", "không có phần việc nào đến hạn"} {
		if !strings.Contains(text, want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
}
