package report

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// The office's text takes its place in the body in the official order, each
// paragraph a paragraph (a leading "#" or "[[" stays text), and the model
// says where it came from and which difficulties the agencies recorded.
func TestBuildPlacesTheOfficeText(t *testing.T) {
	r := handReview()
	r.Difficulties = []progress.Difficulty{{Item: r.Items[0].Item, Date: program.Date{Year: 2021, Month: 6, Day: 2}, Text: "Thiếu kinh phí"}}
	o := handOptions()
	text, diags := ReadOffice("q.md", []byte(goodOffice+"\n\\# 5 phần việc\n\n\\[[table areas]]\n"))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	text.Causes[0] = norm.NFD.String(text.Causes[0]) // as a caller might pass it
	o.Office = OfficeData{OfficeText: text, Path: "theo-doi/07.2021-Q2.md", Written: true}
	m := build(t, r, o)
	var got []string
	for _, b := range m.Body {
		if b.Kind == Heading {
			got = append(got, "# "+b.Text)
			continue
		}
		if b.Kind == Paragraph && b.Source != "results.tmpl" && b.Source != "overdue.tmpl" && b.Source != "next.tmpl" {
			got = append(got, b.Text)
		}
	}
	body := strings.Join(got, "\n")
	want := strings.Join([]string{
		"# 4. Đánh giá chung", goodWant.Assessment[0],
		"# a) Kết quả nổi bật", goodWant.Highlights[0], goodWant.Highlights[1],
		"# b) Hạn chế", goodWant.Shortcomings[0],
		"# c) Nguyên nhân", goodWant.Causes[0],
		"# II- CÁC PHẦN VIỆC QUÁ HẠN CHƯA HOÀN THÀNH",
		"# III- CÁC PHẦN VIỆC ĐẾN HẠN TRONG QUÝ III-2021",
		"# IV- PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III-2021", goodWant.Direction[0],
		"# V- KIẾN NGHỊ, ĐỀ XUẤT", goodWant.Recommendations[0], "# 5 phần việc", "[[table areas]]",
		"Trên đây là báo cáo tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II-2021; danh sách đầy đủ các phần việc và tình hình thực hiện kèm theo tại Phụ lục.",
	}, "\n")
	if !strings.HasSuffix(body, want) {
		t.Errorf("body:\n%s\nwant it to end with:\n%s", body, want)
	}
	if last := m.Body[len(m.Body)-1]; last.Kind != Paragraph || last.Source != "direction.tmpl" || !strings.HasPrefix(last.Text, "Trên đây") {
		t.Errorf("the body does not end with the closing paragraph: %+v", last)
	}
	if m.Office != (Office{Path: "theo-doi/07.2021-Q2.md", Written: true}) {
		t.Errorf("Office = %+v", m.Office)
	}
	if len(m.Difficulties) != 1 || m.Difficulties[0].Text != "Thiếu kinh phí" || m.Difficulties[0].Date != "02-6-2021" {
		t.Errorf("Difficulties = %+v", m.Difficulties)
	}
	if strings.Contains(allText(m), "Chưa có nội dung") {
		t.Error("a written part says it is missing")
	}
	if !norm.NFC.IsNormalString(allText(m)) {
		t.Error("the office's text reached the model decomposed")
	}
}

// Without the office's text each of its parts says which file and heading
// to write; the model says nothing is written.
func TestBuildSaysWhereToWriteTheOfficeText(t *testing.T) {
	o := handOptions()
	o.Office = OfficeData{Path: "theo-doi/07.2021-Q2.md"}
	m := build(t, handReview(), o)
	all := allText(m)
	for _, part := range []string{"Kết quả nổi bật", "Hạn chế", "Nguyên nhân", "Phương hướng, nhiệm vụ quý tới", "Kiến nghị, đề xuất"} {
		if want := "(Chưa có nội dung: Văn phòng ghi phần này vào tệp theo-doi/07.2021-Q2.md, mục “" + part + "”.)"; !strings.Contains(all, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if m.Office.Written || m.Office.Path != "theo-doi/07.2021-Q2.md" || len(m.Difficulties) != 0 {
		t.Errorf("Office = %+v", m.Office)
	}
}

// A markup escape at the start of a template's own paragraph is dropped.
func TestMarkupEscape(t *testing.T) {
	bs, err := parseMarkup("x.tmpl", "\\# không phải tiêu đề\n\n\\\\ hai gạch\n\n# tiêu đề", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 3 || bs[0].Kind != Paragraph || bs[0].Text != "# không phải tiêu đề" || bs[1].Text != `\ hai gạch` || bs[2].Kind != Heading {
		t.Errorf("%+v", bs)
	}
}
