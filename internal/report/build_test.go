package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"text/template"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/palette"
	"baocao/internal/progress"
	"baocao/templates"
)

// TestBuildWordsTheHeaderAndSignature: the header, title, signature and
// properties are final text, upper-cased and dated as printed.
func TestBuildWordsTheHeaderAndSignature(t *testing.T) {
	o := handOptions()
	o.Header.ParentIssuer = "Đảng bộ tỉnh Kiên Giang"
	o.Signer.Authority = norm.NFD.String("t/m ban thường vụ")
	o.Recipients = []string{" - Ban Thường vụ Tỉnh ủy,", "", "Lưu Văn phòng Tỉnh ủy.", "- ;"}
	m := build(t, handReview(), o)
	if want := (Header{ParentIssuer: "ĐẢNG BỘ TỈNH KIÊN GIANG", Issuer: "TỈNH ỦY", Number: "Số 15-BC/TU",
		Party: "ĐẢNG CỘNG SẢN VIỆT NAM", PlaceDate: "Rạch Giá, ngày 30 tháng 6 năm 2021"}); m.Header != want {
		t.Errorf("header %+v, want %+v", m.Header, want)
	}
	if want := (Signer{Authority: "T/M BAN THƯỜNG VỤ", Position: "BÍ THƯ", Name: "Đỗ Thanh Bình"}); m.Signer != want {
		t.Errorf("signer %+v, want %+v", m.Signer, want)
	}
	if got := strings.Join(m.Recipients, "|"); got != "Ban Thường vụ Tỉnh ủy|Lưu Văn phòng Tỉnh ủy" {
		t.Errorf("recipients %q", got)
	}
	if m.Title != "BÁO CÁO" || m.Subject != "tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II-2021" {
		t.Errorf("title %q, subject %q", m.Title, m.Subject)
	}
	if want := (Info{Title: "BÁO CÁO " + m.Subject, Subject: m.Subject, Author: "Đảng bộ tỉnh Kiên Giang TỈNH ỦY",
		Keywords: "07-CTr/TU 2021-Q2", Date: "2021-06-30"}); m.Info != want {
		t.Errorf("info %+v, want %+v", m.Info, want)
	}

	// No place: the date alone. A number left blank keeps its room.
	o.Header.Place, o.Header.Number = "", "     -BC/TU"
	m = build(t, handReview(), o)
	if m.Header.PlaceDate != "ngày 30 tháng 6 năm 2021" || m.Header.Number != "Số      -BC/TU" {
		t.Errorf("without place: %q, number %q", m.Header.PlaceDate, m.Header.Number)
	}
	if m.Data.Document.Number != "\u00a0\u00a0\u00a0\u00a0\u00a0-BC/TU" {
		t.Errorf("the templates' number %q keeps no room", m.Data.Document.Number)
	}
}

// TestBuildTables: the tallies' figures, the total row, the status columns
// of the statuses that occur and the headings of tables.tmpl.
func TestBuildTables(t *testing.T) {
	m := build(t, handReview(), handOptions())
	tables := map[string]*Table{}
	for _, tb := range m.Tables {
		tables[tb.Name] = tb
	}
	if len(tables) != 6 {
		t.Fatalf("%d tables, want 6", len(tables))
	}
	areas := tables["areas"]
	var heads []string
	for _, c := range areas.Columns {
		heads = append(heads, c.Heading)
	}
	want := "TT|Lĩnh vực|Tổng số|Đã hoàn thành đúng hạn|Đã hoàn thành quá hạn|Đang thực hiện trong hạn|Sắp đến hạn|Đang thực hiện quá hạn|Không hạn|Tạm dừng|Tỷ lệ hoàn thành"
	if got := strings.Join(heads, "|"); got != want {
		t.Errorf("areas headings\n%s\nwant\n%s", got, want)
	}
	if areas.Columns[1].Align != Left || areas.Columns[2].Align != Figure {
		t.Errorf("areas alignments %+v", areas.Columns)
	}
	if n := len(areas.Rows); n != 4 || !areas.Rows[3].Total || areas.Rows[2].Total {
		t.Fatalf("areas rows %+v: want 3 areas and a total", areas.Rows)
	}
	if got := strings.Join(areas.Rows[3].Cells, "|"); got != "|Tổng cộng|12|3|1|2|1|3|1|1|33,3%" {
		t.Errorf("total row %q", got)
	}
	if got := strings.Join(areas.Rows[0].Cells, "|"); got != "1|Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh|3|1|1|0|0|1|0|0|66,7%" {
		t.Errorf("first area %q", got)
	}
	items := tables["items"]
	if len(items.Rows) != 12 || items.Rows[4].Status != progress.OpenLate || items.Rows[4].Cells[5] != "Đang thực hiện quá hạn" {
		t.Errorf("items row 5: %+v", items.Rows[4])
	}
	if got := items.Rows[5].Cells[4]; got != "Hoàn thành trong quý II-2021 (30-6-2021 → 30-9-2021)" {
		t.Errorf("a moved deadline reads %q", got)
	}
	if got := items.Rows[5].Cells[6]; got != "điều chỉnh thời hạn: chờ hướng dẫn của Trung ương" {
		t.Errorf("a change reason reads %q", got)
	}
	if got := items.Rows[0].Cells[6]; got != "Đề án số 05-ĐA/TU ngày 15-6-2021; hoàn thành ngày 15-6-2021" {
		t.Errorf("a result reads %q", got)
	}
	if od := tables["overdue"]; len(od.Rows) != 3 || od.Rows[0].Cells[4] != "91" || od.Columns[1].Align != Justify {
		t.Errorf("overdue %+v", od)
	}
	if dn := tables["duenext"]; len(dn.Rows) != 3 || dn.Rows[0].Cells[4] != "Sắp đến hạn" {
		t.Errorf("duenext %+v", dn)
	}
	// Placed tables are the same tables.
	for _, b := range append(append([]Block(nil), m.Body...), m.Appendix...) {
		if b.Kind == TableBlock && (b.Table == nil || tables[b.Table.Name] != b.Table || b.Text != "") {
			t.Errorf("placed table %+v is not one of the report's tables", b)
		}
	}
}

// TestBuildCharts: a bar per group whose counts add up to its total, the
// legend holding only the statuses drawn, each with the palette's fill.
func TestBuildCharts(t *testing.T) {
	m := build(t, handReview(), handOptions())
	if len(m.Charts) != 3 {
		t.Fatalf("%d charts", len(m.Charts))
	}
	placed := 0
	for _, b := range m.Body {
		if b.Kind == ChartBlock {
			placed++
			if b.Chart == nil {
				t.Error("a placed chart has no data")
			}
		}
	}
	if placed == 0 {
		t.Error("the built-in wording places no chart")
	}
	for _, c := range m.Charts {
		for _, b := range c.Bars {
			sum := 0
			for _, n := range b.Counts {
				sum += n
			}
			if sum != b.Total || len(b.Counts) != len(c.Statuses) {
				t.Errorf("chart %s, bar %q: counts %v, total %d", c.Name, b.Label, b.Counts, b.Total)
			}
		}
		for _, s := range c.Statuses {
			if s.Fill != palette.Status(s.Code) || s.Label != s.Code.Label() {
				t.Errorf("chart %s: status %+v", c.Name, s)
			}
		}
	}
	// The kinds: "quy_dinh" only has an item open on time.
	kinds := m.Charts[2]
	if kinds.Name != "kinds" || len(kinds.Bars) != len(handReview().ByKind) {
		t.Fatalf("kinds chart %+v", kinds)
	}
	if len(m.Statuses) != len(progress.Statuses) || m.Statuses[0].Label != "Đã hoàn thành đúng hạn" {
		t.Errorf("statuses %+v", m.Statuses)
	}

	// A chart of groups without the late statuses leaves them out of the legend.
	r := handReview()
	r.ByKind = []progress.Group{{Key: "de_an", Label: "Đề án", Tally: progress.Tally{Total: 2,
		ByStatus: map[progress.Status]int{progress.DoneOnTime: 1, progress.DueSoon: 1}}}}
	c := build(t, r, handOptions()).Charts[2]
	if len(c.Statuses) != 2 || c.Statuses[0].Code != progress.DoneOnTime || c.Statuses[1].Code != progress.DueSoon {
		t.Errorf("legend %+v", c.Statuses)
	}
}

// TestBuildOfEmptyReview: no group, no item: tables without rows and
// charts without bars, which the renderers leave out.
func TestBuildOfEmptyReview(t *testing.T) {
	r := handReview()
	r.Items, r.Overdue, r.DueNext, r.ByArea, r.ByAgency, r.ByKind = nil, nil, nil, nil, nil, nil
	r.Total = progress.Tally{ByStatus: map[progress.Status]int{}}
	r.Programme.Type, r.Programme.Issuer = "", ""
	m := build(t, r, handOptions())
	for _, tb := range m.Tables {
		if len(tb.Rows) != 0 {
			t.Errorf("table %s has rows %v", tb.Name, tb.Rows)
		}
	}
	for _, c := range m.Charts {
		if len(c.Bars) != 0 || len(c.Statuses) != 0 {
			t.Errorf("chart %s: %+v", c.Name, c)
		}
	}
	text := strings.Join(strings.Fields(allText(m)), " ")
	for _, want := range []string{"Chương trình hành động đề ra 0 phần việc.", "không có phần việc nào quá hạn", "không có phần việc nào đến hạn"} {
		if !strings.Contains(text, want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
	if _, err := Build(nil, handOptions()); err == nil {
		t.Error("no review: no error")
	}
	if _, err := Build(&progress.Review{}, handOptions()); err == nil {
		t.Error("no programme: no error")
	}
}

// TestBuildTemplateErrors: every broken wording is an error of Build,
// naming the template and, where text/template knows it, the line.
func TestBuildTemplateErrors(t *testing.T) {
	for _, c := range []struct {
		name, file, text, want string
	}{
		{"missing field", "results.tmpl", "Dòng một\n{{.Nope}}", "results.tmpl:2"},
		{"unknown table", "results.tmpl", "Dòng một\n\n[[table nope]]", "template results.tmpl, output line 3"},
		{"unknown chart", "next.tmpl", "[[chart nope]]", "next.tmpl"},
		{"bad markup", "overdue.tmpl", "[[figure areas]]", "overdue.tmpl"},
		{"appendix", "appendix.tmpl", "[[table nope]]", "appendix.tmpl"},
		{"title on one line", "title.tmpl", "BÁO CÁO", "title.tmpl must give"},
		{"failing heading", "tables.tmpl", `{{define "col.tt"}}{{.Nope}}{{end}}`, "col.tt"},
		{"failing sheet title", "workbook.tmpl", `{{define "sheet.summary.chart"}}{{.Nope}}{{end}}`, "sheet.summary.chart"},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, c.file), []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			tt, err := templates.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			o := handOptions()
			o.Templates = tt
			m, err := Build(handReview(), o)
			if err == nil || m != nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want one naming %q", err, c.want)
			}
		})
	}
	// A template the set lacks.
	o := handOptions()
	o.Templates = template.Must(template.New("report").Parse(`{{define "title.tmpl"}}A{{end}}`))
	if _, err := Build(handReview(), o); err == nil || !strings.Contains(err.Error(), "is missing") {
		t.Errorf("missing template: %v", err)
	}
}

// TestItemLabels: the area and agency labels an item carries are its
// groups' labels, whatever spelling the item has; without a group, the
// programme's area title or the item's own spelling.
func TestItemLabels(t *testing.T) {
	r := handReview()
	r.ByAgency[0].Label = "Ban cán sự đảng UBND tỉnh" // the group's spelling
	d := build(t, r, handOptions()).Data
	if it := d.Items[0]; it.Area != r.ByArea[0].Label || it.Agency != "Ban cán sự đảng UBND tỉnh" || it.Lead != "Ban cán sự đảng Ủy ban nhân dân tỉnh" {
		t.Errorf("item 1: area %q, agency %q, lead %q", it.Area, it.Agency, it.Lead)
	}
	r.ByArea, r.ByAgency = nil, nil
	r.Items[1].Item.Area = 9
	r.Items[2].Item.Lead.Key = ""
	d = build(t, r, handOptions()).Data
	if d.Items[0].Area != r.Programme.Areas[0].Title || d.Items[1].Area != "Khác" || d.Items[2].Agency != r.Items[2].Item.Lead.Name {
		t.Errorf("fallbacks: %q, %q, %q", d.Items[0].Area, d.Items[1].Area, d.Items[2].Agency)
	}
}

// TestBuildWordsTheWorkbook: the workbook's titles and the status sheet's
// headings come from the templates, in the configured quarter style.
func TestBuildWordsTheWorkbook(t *testing.T) {
	o := handOptions()
	o.QuarterStyle = QuarterYear
	m := build(t, handReview(), o)
	want := Workbook{
		StatusTitle:    "TÌNH HÌNH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU",
		StatusCaption:  "(quý II năm 2021, tính đến ngày 30 tháng 6 năm 2021)",
		StatusPrompt:   "Chọn một tình trạng trong danh sách.",
		SummaryTitle:   "TỔNG HỢP KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU",
		SummaryCaption: "(quý II năm 2021, tính đến ngày 30 tháng 6 năm 2021; số liệu là công thức trên trang «Tình trạng»)",
		ByArea:         "Theo lĩnh vực", ByAgency: "Theo cơ quan chủ trì", ByKind: "Theo loại phần việc",
		Chart: "Tiến độ theo lĩnh vực",
	}
	if m.Workbook != want {
		t.Errorf("workbook words\n%+v\nwant\n%+v", m.Workbook, want)
	}
	for name, word := range map[string]string{"col.id": "Mã", "col.completed_on": "Ngày hoàn thành", "col.document": "Văn bản ban hành", "col.note": "Ghi chú", "col.sum": "Tổng cộng"} {
		if m.Headings[name] != word {
			t.Errorf("heading %s = %q, want %q", name, m.Headings[name], word)
		}
	}
	r := handReview()
	r.Untracked = true
	if c := build(t, r, handOptions()).Workbook.StatusCaption; !strings.Contains(c, "; chưa có số liệu theo dõi)") {
		t.Errorf("untracked caption %q", c)
	}
}
