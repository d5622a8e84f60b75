package check

import (
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

func deadline(t *testing.T, s string) program.Deadline {
	t.Helper()
	d, err := vocab.Deadline(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// programme builds a one-row programme whose body task and annex row
// differ in the ways a test asks for.
func programme(t *testing.T, rowTitle, rowLead, rowDeadline, taskText, taskLead, taskDeadline string, products ...string) *program.Programme {
	row := program.AnnexRow{TT: "01", Number: 1, Title: rowTitle, Lead: vocab.Agency(rowLead),
		Deadline: deadline(t, rowDeadline), Area: 1, Task: 1, WorkItems: []string{"01.1"}, Line: 40}
	task := program.Task{Number: 1, Text: taskText, Products: products, Lead: vocab.Agency(taskLead),
		Deadline: deadline(t, taskDeadline), AnnexTT: "01", Line: 10}
	kind, _ := vocab.Kind(strings.Join(strings.Fields(rowTitle)[:2], " "))
	return &program.Programme{
		Source: "t.txt",
		Areas:  []program.Area{{Number: 1, Line: 8, Tasks: []program.Task{task}}},
		Annex:  program.Annex{Rows: []program.AnnexRow{row}},
		WorkItems: []program.WorkItem{{ID: "01.1", TT: "01", Seq: 1, Kind: kind, Title: rowTitle, Lead: row.Lead,
			Deadline: row.Deadline, Area: 1, Line: 40}},
		Declared:      []program.KindCount{{Text: "01 đề án", Kinds: []program.Kind{program.KindDeAn}, Count: 1}},
		DeclaredTotal: 1,
	}
}

func messages(r Report) string {
	var s []string
	for _, f := range r.Findings {
		s = append(s, f.Field+": "+f.Message)
	}
	for _, u := range r.Unplaced {
		s = append(s, "unplaced: "+u.Message)
	}
	return strings.Join(s, "\n")
}

func TestCheckConstructed(t *testing.T) {
	tests := []struct {
		name string
		p    func(t *testing.T) *program.Programme
		want []string // substrings of findings, in any order
		none bool     // expect no findings at all
	}{
		{"same", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "UBND tỉnh", "quý II/2021",
				"Xây dựng Đề án phát triển du lịch", "Ủy ban nhân dân tỉnh", "thời gian hoàn thành trong quý II-2021", "Đề án")
		}, nil, false},
		{"deadline differs", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "quý III-2021",
				"Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021", "Đề án")
		}, []string{`deadline: deadline differs: annex "quý III-2021" (due 2021-09-30), body "quý II-2021" (due 2021-06-30)`}, false},
		{"lead differs", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021",
				"Xây dựng Đề án phát triển du lịch", "Sở Văn hóa", "quý II-2021", "Đề án")
		}, []string{`lead: lead agency differs: annex "Sở Du lịch", body "Sở Văn hóa"`}, false},
		{"body product missing from annex", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021",
				"Xây dựng Đề án phát triển du lịch. Quy chế phối hợp", "Sở Du lịch", "quý II-2021", "Đề án", "Quy chế")
		}, []string{`products: the body marks "Quy chế" as a product, but the annex row has no Quy chế`, `words: words only in the body: "Quy chế phối hợp"`}, false},
		{"half-year against its quarter", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "6 tháng đầu năm 2021",
				"Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "quý II/2021", "Đề án")
		}, []string{`deadline: same deadline (due 2021-06-30), different words: annex "6 tháng đầu năm 2021", body "quý II/2021"`}, false},
		{"open against recurring", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "Từ năm 2021",
				"Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "Năm 2021 và các năm tiếp theo", "Đề án")
		}, []string{`deadline: deadline differs: annex "Từ năm 2021" (open from 2021-01-01), body "Năm 2021 và các năm tiếp theo" (recurring annual from 2021-01-01)`}, false},
		{"recurring against a fixed date", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "Tháng 10 hằng năm",
				"Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "Trước 30/9/2021", "Đề án")
		}, []string{`deadline: deadline differs: annex "Tháng 10 hằng năm" (recurring annual in tháng 10), body "Trước 30/9/2021" (due 2021-09-29)`}, false},
		{"recurring in another month", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "Tháng 10 hằng năm",
				"Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "thời gian: tháng 11 hàng năm", "Đề án")
		}, []string{`deadline: deadline differs: annex "Tháng 10 hằng năm" (recurring annual in tháng 10), body "thời gian: tháng 11 hàng năm" (recurring annual in tháng 11)`}, false},
		{"same recurrence in other words", func(t *testing.T) *program.Programme {
			return programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "Định kỳ 6 tháng",
				"Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "6 tháng một lần", "Đề án")
		}, nil, false},
		{"body product of another kind", func(t *testing.T) *program.Programme {
			p := programme(t, "Chỉ thị về phòng cháy", "Văn phòng", "quý II-2021",
				"Ban hành Chỉ thị về phòng cháy. Hướng dẫn thực hiện", "Văn phòng", "quý II-2021", "Chỉ thị", "Hướng dẫn")
			p.Declared = []program.KindCount{{Text: "01 chỉ thị", Kinds: []program.Kind{program.KindChiThi}, Count: 1}}
			return p
		}, []string{`products: the body marks "Hướng dẫn" as a product, but the annex row has no Hướng dẫn`}, false},
		{"unlinked", func(t *testing.T) *program.Programme {
			p := programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021",
				"Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021", "Đề án")
			p.Annex.Rows[0].Task = 0
			p.Areas[0].Tasks[0].AnnexTT = ""
			return p
		}, []string{"unplaced: annex row 01 has no matching task in the body", "unplaced: body task 1 has no matching row in the annex"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Check(tc.p(t))
			got := messages(r)
			if tc.want == nil && got != "" {
				t.Errorf("findings on an agreeing pair:\n%s", got)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("missing %q in:\n%s", w, got)
				}
			}
			if r.Warnings() != len(r.Findings)+len(r.Unplaced) {
				t.Errorf("Warnings() = %d with %d findings and %d unplaced and agreeing counts", r.Warnings(), len(r.Findings), len(r.Unplaced))
			}
		})
	}
}

func TestReconcileUndeclaredKind(t *testing.T) {
	p := programme(t, "Quy chế làm việc", "Văn phòng", "quý II-2021", "Xây dựng Quy chế làm việc", "Văn phòng", "quý II-2021", "Quy chế")
	r := Check(p)
	var lines []string
	for _, l := range r.Reconciliation.Lines {
		lines = append(lines, l.Label)
		if l.Label == "Quy chế" && (l.Declared != -1 || l.Found != 1 || len(l.Items) != 1) {
			t.Errorf("undeclared Quy chế line = %+v", l)
		}
		if l.Label == "Đề án" && (l.Declared != 1 || l.Found != 0 || !l.Differs()) {
			t.Errorf("Đề án line = %+v", l)
		}
	}
	if strings.Join(lines, "|") != "Đề án|Quy chế" {
		t.Errorf("lines = %q", lines)
	}
	if r.Warnings() != 2 {
		t.Errorf("Warnings() = %d, want 2 (Đề án and Quy chế differ; totals agree)", r.Warnings())
	}
}

func TestReconcileNoGhiChu(t *testing.T) {
	p := programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021", "Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021", "Đề án")
	p.Declared, p.DeclaredTotal = nil, 0
	r := Check(p)
	if !r.Reconciliation.Undeclared || r.Warnings() != 1 {
		t.Errorf("undeclared = %v, warnings = %d; want true, 1", r.Reconciliation.Undeclared, r.Warnings())
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "declares no counts") || strings.Contains(b.String(), "differs") {
		t.Errorf("text:\n%s", b.String())
	}
}

// TestProductsByWording checks a body without bold: products are matched by
// the tasks' wording, the report says so once, and no item is reported as
// unmarked for want of bold.
func TestProductsByWording(t *testing.T) {
	p := programme(t, "Kế hoạch tuyên truyền về chuyển đổi số", "Sở Thông tin và Truyền thông", "Quý III/2022",
		"Xây dựng kế hoạch tuyên truyền về chuyển đổi số", "Sở Thông tin và Truyền thông", "quý III năm 2022")
	p.WorkItems[0].Kind = program.KindKeHoach
	p.Declared = []program.KindCount{{Text: "một kế hoạch", Kinds: []program.Kind{program.KindKeHoach}, Count: 1}}
	r := Check(p)
	if !r.ProductsByWording {
		t.Error("ProductsByWording = false for a body without bold")
	}
	if got := messages(r); strings.Contains(got, "products") {
		t.Errorf("product findings on a body without bold:\n%s", got)
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "marks no product in bold"); n != 1 {
		t.Errorf("the report says %d times that products were read by wording, want once:\n%s", n, b.String())
	}
	// The wording names a Quy chế the annex row does not have.
	p.Areas[0].Tasks[0].Text = "Xây dựng kế hoạch tuyên truyền về chuyển đổi số; ban hành Quy chế phối hợp"
	if got := messages(Check(p)); !strings.Contains(got, `products: the body names "Quy chế phối hợp" as a product, but the annex row has no Quy chế`) {
		t.Errorf("findings:\n%s", got)
	}
}

// TestReconcileNone counts an item without product kind under Khác.
func TestReconcileNone(t *testing.T) {
	p := programme(t, "Tổ chức hội nghị điển hình tiên tiến", "Văn phòng", "quý II-2021", "Tổ chức hội nghị điển hình tiên tiến", "Văn phòng", "quý II-2021")
	p.WorkItems[0].Kind = program.KindNone
	r := Check(p)
	found := false
	for _, l := range r.Reconciliation.Lines {
		if l.Label == "Khác" && l.Found == 1 && l.Declared == -1 {
			found = true
		}
	}
	if !found {
		t.Errorf("no Khác line: %+v", r.Reconciliation.Lines)
	}
	if got := messages(r); !strings.Contains(got, "unplaced: work item 01.1 names no product kind (counted as Khác)") {
		t.Errorf("findings:\n%s", got)
	}
}

// TestReconcileNoteWithoutCounts says plainly that a Ghi chú without
// numbers declares nothing.
func TestReconcileNoteWithoutCounts(t *testing.T) {
	p := programme(t, "Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021", "Xây dựng Đề án phát triển du lịch", "Sở Du lịch", "quý II-2021", "Đề án")
	p.Declared, p.DeclaredTotal = nil, 0
	p.Annex.Note = "Các cơ quan báo cáo kết quả về Văn phòng."
	r := Check(p)
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !r.Reconciliation.Undeclared || !strings.Contains(b.String(), `its Ghi chú ("Các cơ quan báo cáo kết quả về Văn phòng.") states no number`) {
		t.Errorf("text:\n%s", b.String())
	}
}

// With a Sản phẩm column the row's title leaves out the product the body
// names with its verb ("Xây dựng Kế hoạch …"): those words are the
// product, compared on their own, not words missing from the annex. Two
// products in one cell and the "và" joining them in the body are exempt
// too; any other word still shows.
func TestWordsWithProductColumn(t *testing.T) {
	tests := []struct {
		title, product, body string
		want                 string // the words finding, "" for none
	}{
		{"Chuyển đổi số trong các cơ quan đảng", "Kế hoạch",
			"Xây dựng Kế hoạch chuyển đổi số trong các cơ quan đảng", ""},
		{"Phổ cập kỹ năng số; sơ kết 01 năm thực hiện", "Kế hoạch; Báo cáo sơ kết",
			"Xây dựng Kế hoạch phổ cập kỹ năng số và Báo cáo sơ kết 01 năm thực hiện", ""},
		{"Chuyển đổi số trong các cơ quan đảng", "Kế hoạch",
			"Xây dựng Kế hoạch chuyển đổi số trong các cơ quan đảng huyện", `words only in the body: "huyện"`},
		{"Chuyển đổi số", "",
			"Xây dựng Kế hoạch chuyển đổi số", `words only in the body: "Xây dựng Kế hoạch"`},
	}
	for _, tc := range tests {
		p := programme(t, "Kế hoạch "+tc.title, "Văn phòng", "quý II-2021", tc.body, "Văn phòng", "quý II-2021", "Kế hoạch")
		p.Annex.Rows[0].Title, p.Annex.Rows[0].Product = tc.title, tc.product
		var got []string
		for _, f := range Check(p).Findings {
			if f.Field == "words" {
				got = append(got, f.Message)
			}
		}
		if strings.Join(got, "\n") != tc.want {
			t.Errorf("%q / %q: words findings %q, want %q", tc.product, tc.body, got, tc.want)
		}
	}
}

// TestCheckNoBodyTasks: a programme whose body names no task ("Chi tiết
// tại Phụ lục") has nothing to link its rows to; the check says so once
// instead of listing every row as not placed, and still lists a row with
// no product kind.
func TestCheckNoBodyTasks(t *testing.T) {
	p := programme(t, "Đề án phát triển du lịch", "UBND tỉnh", "quý II/2021",
		"Xây dựng Đề án phát triển du lịch", "Ủy ban nhân dân tỉnh", "thời gian hoàn thành trong quý II-2021", "Đề án")
	p.Areas = nil
	p.Annex.Rows[0].Area, p.Annex.Rows[0].Task = 0, 0
	r := Check(p)
	if !r.NoBodyTasks || len(r.Unplaced) != 0 || r.Linked != 0 {
		t.Errorf("NoBodyTasks %v, linked %d, unplaced:\n%s", r.NoBodyTasks, r.Linked, messages(r))
	}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "The body names no tasks") {
		t.Errorf("the report does not say the body names no tasks:\n%s", b.String())
	}
	// With a task in the body, an unlinked row is still listed.
	q := programme(t, "Đề án phát triển du lịch", "UBND tỉnh", "quý II/2021",
		"Xây dựng Đề án phát triển du lịch", "Ủy ban nhân dân tỉnh", "thời gian hoàn thành trong quý II-2021", "Đề án")
	q.Annex.Rows[0].Task = 0
	if r := Check(q); r.NoBodyTasks || len(r.Unplaced) == 0 {
		t.Errorf("a row unlinked beside a body task: NoBodyTasks %v, unplaced %d", r.NoBodyTasks, len(r.Unplaced))
	}
}
