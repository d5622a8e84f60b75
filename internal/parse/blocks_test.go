package parse

import (
	"fmt"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/source"
)

// wordDoc builds documents the way the Word reader gives them: Line is
// the ordinal in reading order and Where says the place.
type wordDoc struct {
	doc   document.Document
	n     int // ordinal
	table int
}

func (w *wordDoc) pos(where string) source.Pos {
	w.n++
	return source.Pos{File: w.doc.Name, Line: w.n, Where: where}
}

func (w *wordDoc) para(gap bool, runs ...document.Run) {
	p := &document.Paragraph{Runs: runs}
	p.Pos = w.pos(fmt.Sprintf("paragraph %d", w.n+1))
	w.doc.Blocks = append(w.doc.Blocks, document.Block{Para: p, Gap: gap})
}

// cellSpec is "text" with optional span suffixes: "text@c2" spans two
// columns, "text@r2" two rows; "-" marks a grid place covered by a span.
func (w *wordDoc) tableOf(gap bool, cols int, header []bool, rows ...[]string) {
	w.table++
	t := &document.Table{Cols: cols}
	for ri, r := range rows {
		row := document.Row{Header: ri < len(header) && header[ri]}
		row.Pos = w.pos(fmt.Sprintf("table %d, row %d", w.table, ri+1))
		if ri == 0 {
			t.Pos = row.Pos
		}
		for ci, spec := range r {
			if spec == "-" {
				continue
			}
			text, cs, rs := spec, 1, 1
			if i := strings.Index(spec, "@"); i >= 0 {
				text = spec[:i]
				fmt.Sscanf(spec[i+1:], "c%d", &cs)
				fmt.Sscanf(spec[i+1:], "r%d", &rs)
			}
			pos := w.pos(fmt.Sprintf("table %d, row %d, cell %d", w.table, ri+1, ci+1))
			c := document.PlainCell(text, ci, pos)
			c.ColSpan, c.RowSpan = cs, rs
			row.Cells = append(row.Cells, c)
		}
		t.Rows = append(t.Rows, row)
	}
	w.doc.Blocks = append(w.doc.Blocks, document.Block{Table: t, Gap: gap})
}

func plain(s string) document.Run  { return document.Run{Text: s} }
func bold(s string) document.Run   { return document.Run{Text: s, Bold: true} }
func italic(s string) document.Run { return document.Run{Text: s, Italic: true} }

// A Word document: a two-row header with "Cơ quan thực hiện" spanning
// Chủ trì and Phối hợp, a group row spanning the table, a lead merged
// down two rows, the table split by a page with its header repeated, and
// one unreadable deadline that costs only its own row's deadline.
func TestWordLikeDocument(t *testing.T) {
	w := &wordDoc{doc: document.Document{Name: "in.docx", Format: "docx"}}
	w.para(false, plain("CHƯƠNG TRÌNH HÀNH ĐỘNG"))
	w.para(true, plain("II- NHIỆM VỤ"))
	w.para(true, plain("1. Về kinh tế"))
	w.para(true, plain("- Xây dựng "), bold("Đề án"), plain(" phát triển du lịch ("), italic("Giao Ủy ban nhân dân tỉnh chủ trì; thời gian hoàn thành quý II-2021"), plain(")."))
	w.para(true, plain("- Xây dựng "), bold("Kế hoạch"), plain(" tuyên truyền về du lịch."))
	w.para(true, plain("- Xây dựng "), bold("Quy chế"), plain(" phối hợp quảng bá du lịch."))
	header := [][]string{
		{"TT@r2", "Nội dung@r2", "Cơ quan thực hiện@c2", "-", "Thời gian hoàn thành@r2"},
		{"-", "-", "Chủ trì", "Phối hợp", "-"},
	}
	w.tableOf(true, 5, []bool{true, true},
		header[0], header[1],
		[]string{"A. KHỐI CHÍNH QUYỀN@c5", "-", "-", "-", "-"},
		[]string{"1", "Đề án phát triển du lịch", "Ủy ban nhân dân tỉnh@r2", "Sở Văn hóa, Thể thao và Du lịch", "Quý II/2021"},
		[]string{"2", "Kế hoạch tuyên truyền về du lịch", "-", "", "sớm nhất có thể"},
	)
	w.para(true, plain("- 3 -"))
	w.tableOf(true, 5, []bool{true, true},
		header[0], header[1],
		[]string{"3", "Quy chế phối hợp quảng bá du lịch", "Sở Văn hóa, Thể thao và Du lịch", "", "Tháng 9/2021"},
	)
	w.para(true, plain("Ghi chú: đề ra 03 phần việc, gồm 01 đề án, 01 kế hoạch và 01 quy chế."))

	p, diags := ParseDocument(&w.doc)
	if p == nil {
		t.Fatalf("no programme:\n%s", diagText(diags))
	}
	if got := strings.Join(p.Annex.Columns, "|"); got != "TT|Nội dung|Chủ trì|Phối hợp|Thời gian hoàn thành" {
		t.Errorf("columns %q", got)
	}
	var rows []string
	for _, r := range p.Annex.Rows {
		rows = append(rows, fmt.Sprintf("%s|%s|%s|%d|%s", r.TT, r.Group, r.Lead.Name, len(r.Coordinators), r.Deadline.Kind))
	}
	want := "1|A. KHỐI CHÍNH QUYỀN|Ủy ban nhân dân tỉnh|1|fixed\n" +
		"2|A. KHỐI CHÍNH QUYỀN|Ủy ban nhân dân tỉnh|0|unknown\n" +
		"3|A. KHỐI CHÍNH QUYỀN|Sở Văn hóa, Thể thao và Du lịch|0|fixed"
	if got := strings.Join(rows, "\n"); got != want {
		t.Errorf("rows:\n%s\nwant:\n%s", got, want)
	}
	if len(p.WorkItems) != 3 || p.WorkItems[1].ID != "2.1" || p.WorkItems[1].Deadline.Kind != "unknown" {
		t.Errorf("work items:\n%s", itemList(p))
	}
	for i, r := range p.Annex.Rows {
		if r.Task != i+1 {
			t.Errorf("row %s linked to task %d", r.TT, r.Task)
		}
	}
	text := string(diagText(diags))
	for _, want := range []string{
		`in.docx:table 1, row 5, cell 5: error: annex row 2: deadline phrase "sớm nhất có thể"`,
		`in.docx:paragraph 28: warning: text inside the annex table skipped (the table goes on after it): "- 3 -"`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in:\n%s", want, text)
		}
	}
	if n := diags.Count(source.Error); n != 1 {
		t.Errorf("%d errors, want the deadline's only:\n%s", n, text)
	}
}

// Without an annex, the error points at the likeliest header and says
// which header words it lacks.
func TestNoAnnexPointsAtLikeliestHeader(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"tabs lost", "CHƯƠNG TRÌNH\n\n- Một việc.\n\nTT Cơ quan chủ trì Nội dung Thời gian thực hiện\n01 UBND tỉnh Đề án du lịch quý II-2021\n",
			`t.txt:5: error: no annex table found: the likeliest header, "TT Cơ quan chủ trì Nội dung Thời gian thực hiện", names "TT", "Cơ quan chủ trì", "Tên đề án, chương trình, kế hoạch", "Thời gian thực hiện" but is not a table row`},
		{"no deadline column", "CHƯƠNG TRÌNH\n\nSTT\tNội dung\tCơ quan chủ trì\n1\tĐề án du lịch\tUBND tỉnh\n",
			`t.txt:3: error: no annex table found: the likeliest header, "STT | Nội dung | Cơ quan chủ trì", names "TT", "Tên đề án, chương trình, kế hoạch", "Cơ quan chủ trì" but not "Thời gian thực hiện": expected a table (tab-separated, Markdown, a grid or columns aligned with spaces) whose header names the columns TT`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := Parse("t.txt", []byte(tc.text))
			if p != nil {
				t.Fatal("a programme without annex")
			}
			if got := string(diagText(diags)); !strings.Contains(got, tc.want) {
				t.Errorf("got:\n%s\nwant:\n%s", got, tc.want)
			}
		})
	}
}

// Body tasks written as a) b) items, as numbered paragraphs marking a
// product, and a) items that head bullets (then they are sub-headings).
func TestBodyEnumerations(t *testing.T) {
	text := "II- NHIỆM VỤ\n\n1. Về kinh tế\n\na) Xây dựng **Đề án** du lịch (Giao UBND tỉnh chủ trì; thời gian hoàn thành quý II-2021).\n\nb) Về nông nghiệp\n\n- Xây dựng **Kế hoạch** nông nghiệp.\n\n- Xây dựng **Quy chế** nông nghiệp.\n\n2. Xây dựng **Nghị quyết** về chuyển đổi số (Giao Ban Tuyên giáo chủ trì; thời gian hoàn thành năm 2022).\n\n" +
		"TT\tCơ quan chủ trì\tNội dung\tThời gian thực hiện\n1\tUBND tỉnh\tĐề án du lịch\tquý II-2021\n2\tSở Nông nghiệp\tKế hoạch nông nghiệp\tnăm 2021\n3\tSở Nông nghiệp\tQuy chế nông nghiệp\tnăm 2021\n4\tBan Tuyên giáo\tNghị quyết về chuyển đổi số\tnăm 2022\n"
	p, diags := Parse("t.txt", []byte(text))
	if p == nil || diags.HasErrors() {
		t.Fatalf("%s", diagText(diags))
	}
	var got []string
	for _, a := range p.Areas {
		for _, tk := range a.Tasks {
			got = append(got, fmt.Sprintf("%d:%s:%s", a.Number, strings.Join(tk.Products, ","), tk.AnnexTT))
		}
		if a.Number == 1 && (len(a.Intro) != 1 || a.Intro[0] != "b) Về nông nghiệp") {
			t.Errorf("area 1 intro %q", a.Intro)
		}
	}
	if s := strings.Join(got, " "); s != "1:Đề án:1 1:Kế hoạch:2 1:Quy chế:3 1:Nghị quyết:4" {
		t.Errorf("tasks %s", s)
	}
	if len(p.Areas) != 1 {
		t.Errorf("%d areas: the numbered task 2. is not an area", len(p.Areas))
	}
}

// A Word document whose header and signature blocks are two-column
// tables: each is read as its left column, then its right; an empty
// paragraph is a blank line, across which a split sentence is re-joined.
func TestWordSideBySideBlocks(t *testing.T) {
	w := &wordDoc{doc: document.Document{Name: "in.docx", Format: "docx"}}
	w.tableOf(false, 2, nil,
		[]string{"TỈNH ỦY KIÊN GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM"},
		[]string{"Số 07-CTr/TU", "Rạch Giá, ngày 02 tháng 4 năm 2021"},
	)
	w.para(true, plain("CHƯƠNG TRÌNH HÀNH ĐỘNG"))
	w.para(false, plain("II- NHIỆM VỤ"))
	w.para(false, plain("1. Về kinh tế"))
	w.para(false, plain("Giao "), italic("Ban cán sự đảng Ủy ban nhân dân tỉnh"), plain(" tham mưu thực hiện các nhiệm vụ về phát triển"))
	w.para(false)
	w.para(false, plain("kinh tế biển như sau:"))
	w.para(false, plain("- Xây dựng "), bold("Đề án"), plain(" phát triển kinh tế biển."))
	w.tableOf(true, 2, nil,
		[]string{"Nơi nhận:", "T/M TỈNH ỦY"},
		[]string{"- Các ban của Tỉnh ủy,", "BÍ THƯ"},
		[]string{"- Lưu Văn phòng Tỉnh ủy.", "Đỗ Thanh Bình"},
	)
	w.tableOf(true, 4, nil,
		[]string{"TT", "Cơ quan chủ trì", "Tên đề án", "Thời gian thực hiện"},
		[]string{"01", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Đề án phát triển kinh tế biển", "quý II-2021"},
	)
	p, diags := ParseDocument(&w.doc)
	if p == nil || diags.HasErrors() {
		t.Fatalf("diagnostics:\n%s", diagText(diags))
	}
	if p.Number != "07-CTr/TU" || p.Date.String() != "2021-04-02" {
		t.Errorf("number %q date %v", p.Number, p.Date)
	}
	if p.Signer.Authority != "T/M TỈNH ỦY" || p.Signer.Position != "BÍ THƯ" || p.Signer.Name != "Đỗ Thanh Bình" {
		t.Errorf("signer %+v", p.Signer)
	}
	if strings.Join(p.Recipients, "|") != "Các ban của Tỉnh ủy|Lưu Văn phòng Tỉnh ủy" {
		t.Errorf("recipients %q", p.Recipients)
	}
	a := p.Areas[0]
	if a.Lead.Name != "Ban cán sự đảng Ủy ban nhân dân tỉnh" || len(a.Intro) != 1 || !strings.HasSuffix(a.Intro[0], "phát triển kinh tế biển như sau:") {
		t.Errorf("area %+v", a)
	}
	if !strings.Contains(string(diagText(diags)), "in.docx:paragraph 10: warning: paragraph split by a page break re-joined with paragraph 12 (paragraph 10 does not end a sentence, paragraph 12 starts in lower case)") {
		t.Errorf("no re-join warning at the paragraph:\n%s", diagText(diags))
	}
	if len(p.WorkItems) != 1 || p.Annex.Rows[0].Task != 1 || p.WorkItems[0].Area != 1 {
		t.Errorf("work items %s, row %+v", itemList(p), p.Annex.Rows[0])
	}
}

// Sub-rows lettered a, b under their parent, a start-date column that is
// not the deadline, and a Markdown table without a TT column whose group
// rows are single cells.
func TestLetteredSubRowsAndStartColumn(t *testing.T) {
	text := "| TT | Nội dung | Cơ quan chủ trì | Thời gian bắt đầu | Thời gian hoàn thành |\n|---|---|---|---|---|\n" +
		"| 1 | Chuyển đổi số | Sở Thông tin và Truyền thông | | |\n" +
		"| a | Kế hoạch chuyển đổi số | | Quý I/2022 | Quý II/2022 |\n" +
		"| b) | Quy chế vận hành cổng dữ liệu | Văn phòng UBND tỉnh | Quý I/2022 | Quý IV/2022 |\n" +
		"| 2 | Đề án du lịch | Sở Du lịch | Quý I/2022 | Năm 2023 |\n"
	p, diags := Parse("t.md", []byte(text))
	if p == nil || diags.HasErrors() {
		t.Fatalf("%s", diagText(diags))
	}
	if got := itemList(p); got != "1.a.1:ke_hoach:Kế hoạch chuyển đổi số:Sở Thông tin và Truyền thông:Quý II/2022\n"+
		"1.b.1:quy_che:Quy chế vận hành cổng dữ liệu:Văn phòng UBND tỉnh:Quý IV/2022\n"+
		"2.1:de_an:Đề án du lịch:Sở Du lịch:Năm 2023\n" {
		t.Errorf("work items:\n%s", got)
	}
	if !p.Annex.Rows[0].Heading || p.Annex.Rows[1].Parent != "1" {
		t.Errorf("rows %+v", p.Annex.Rows[:2])
	}
	if n := diags.Count(source.Warning); n != 3 { // no number, no date, no signer
		t.Errorf("diagnostics:\n%s", diagText(diags))
	}

	noTT := "| Nội dung | Cơ quan chủ trì | Tiến độ |\n|---|---|---|\n| **A. KHỐI ĐẢNG** | | |\n| Kế hoạch tuyên truyền | Ban Tuyên giáo | Năm 2022 |\n| B. KHỐI CHÍNH QUYỀN | | |\n| Đề án du lịch | UBND tỉnh | Năm 2023 |\n"
	p, diags = Parse("t.md", []byte(noTT))
	if p == nil || diags.HasErrors() {
		t.Fatalf("%s", diagText(diags))
	}
	var got []string
	for _, r := range p.Annex.Rows {
		got = append(got, r.TT+":"+r.Group)
	}
	if s := strings.Join(got, " "); s != "01:A. KHỐI ĐẢNG 02:B. KHỐI CHÍNH QUYỀN" {
		t.Errorf("rows %s", s)
	}
}
