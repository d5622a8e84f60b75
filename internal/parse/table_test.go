package parse

import (
	"encoding/json"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/program"
	"baocao/internal/source"
)

func TestClassifyHeader(t *testing.T) {
	tests := []struct {
		cell string
		want column
	}{
		{"TT", colTT}, {"STT", colTT}, {"Số TT", colTT},
		{"Cơ quan phân công chủ trì", colLead}, {"Cơ quan chủ trì", colLead}, {"CƠ QUAN CHỦ TRÌ", colLead},
		{"Cơ quan phối hợp", colCoord},
		{"Tên đề án, chương trình, kế hoạch", colTitle}, {"Nội dung", colTitle}, {"Nội dung công việc", colTitle},
		{"Thời gian thực hiện", colDeadline}, {"Thời gian hoàn thành", colDeadline}, {"Thời hạn hoàn thành", colDeadline},
		{"Ghi chú", colNote}, {"Nhiệm vụ", colTitle}, {"Sản phẩm", colProduct}, {"Sản phẩm đầu ra", colProduct},
		{"Tiến độ thực hiện", colDeadline}, {"Tiến độ", colDeadline}, {"Đơn vị chủ trì", colLead}, {"Dự toán", colOther},
	}
	for _, tc := range tests {
		if got := classify(tc.cell); got != tc.want {
			t.Errorf("classify(%q) = %v, want %v", tc.cell, got, tc.want)
		}
	}
}

// The table is found by its header words in any column order, as a
// Markdown pipe table too, and a repeated header is skipped.
func TestTableLayouts(t *testing.T) {
	tests := map[string]string{
		"reordered tabs": "Thời gian hoàn thành\tNội dung\tSTT\tCơ quan chủ trì\tGhi chú\n" +
			"quý II-2021\tĐề án phát triển du lịch\t1\tUBND tỉnh\t\n" +
			"Thời gian hoàn thành\tNội dung\tSTT\tCơ quan chủ trì\tGhi chú\n" +
			"tháng 9/2022\tKế hoạch tuyên truyền. Quy chế phối hợp\t2\tBan Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông\tmới\n",
		"markdown": "| STT | Nội dung | Cơ quan chủ trì | Thời hạn hoàn thành |\n|---|---|---|---|\n" +
			"| 1 | Đề án phát triển du lịch | UBND tỉnh | quý II-2021 |\n" +
			"| 2 | Kế hoạch tuyên truyền. Quy chế phối hợp | Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông | tháng 9/2022 |\n",
	}
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			p, diags := Parse("t.txt", []byte(text))
			if p == nil || diags.HasErrors() {
				t.Fatalf("diagnostics:\n%s", diagText(diags))
			}
			if len(p.Annex.Rows) != 2 {
				t.Fatalf("rows = %d, want 2", len(p.Annex.Rows))
			}
			r := p.Annex.Rows[1]
			if r.TT != "2" || r.Lead.Name != "Ban Tuyên giáo Tỉnh ủy" || len(r.Coordinators) != 1 || r.Coordinators[0].Name != "Sở Thông tin và Truyền thông" {
				t.Errorf("row 2 = %+v", r)
			}
			if r.Deadline.Due == nil || r.Deadline.Due.String() != "2022-09-30" {
				t.Errorf("row 2 deadline = %+v", r.Deadline)
			}
			var ids []string
			for _, w := range p.WorkItems {
				ids = append(ids, w.ID+":"+string(w.Kind))
			}
			if got := strings.Join(ids, " "); got != "1.1:de_an 2.1:ke_hoach 2.2:quy_che" {
				t.Errorf("work items = %s", got)
			}
			if p.Annex.Rows[0].Lead.Key != "ủy ban nhân dân tỉnh" {
				t.Errorf("row 1 lead key = %q", p.Annex.Rows[0].Lead.Key)
			}
			if p.WorkItems[0].Deadline.Kind != program.DeadlineFixed {
				t.Errorf("deadline kind = %q", p.WorkItems[0].Deadline.Kind)
			}
		})
	}
}

func TestTableInterruptedByPageRemnant(t *testing.T) {
	text := "TT\tCơ quan chủ trì\tNội dung\tThời gian thực hiện\n01\tUBND tỉnh\tĐề án du lịch\tquý II-2021\n\n- 2 -\n\n(tiếp theo)\nTT\tCơ quan chủ trì\tNội dung\tThời gian thực hiện\n02\tUBND tỉnh\tKế hoạch nông nghiệp\tquý III-2021\n\nGhi chú: đề ra 02 phần việc, gồm 01 đề án và 01 kế hoạch.\n"
	p, diags := Parse("t.txt", []byte(text))
	if p == nil || len(p.Annex.Rows) != 2 {
		t.Fatalf("rows lost across a page remnant: %v\n%s", p, diagText(diags))
	}
	got := string(diagText(diags))
	for _, want := range []string{`t.txt:4: warning: text inside the annex table skipped (the table goes on after it): "- 2 -"`, `t.txt:6: warning: text inside the annex table skipped`} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
	if p.DeclaredTotal != 2 || len(p.Declared) != 2 {
		t.Errorf("declared %d %v", p.DeclaredTotal, p.Declared)
	}
}

// A minimal programme (only the table and a Ghi chú with an unknown count)
// still gives empty lists, never JSON nulls, so readers of the JSON need no
// special case.
func TestNoNullsInJSON(t *testing.T) {
	text := "TT\tCơ quan chủ trì\tNội dung\tThời gian thực hiện\n01\tUBND tỉnh\tĐề án du lịch\tquý II-2021\n\nGhi chú: đề ra 02 phần việc, gồm 01 đề án và 01 dự án.\n"
	p, diags := Parse("t.txt", []byte(text))
	if p == nil {
		t.Fatalf("%s", diagText(diags))
	}
	j, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(j), "null") {
		t.Errorf("JSON has null: %s", j)
	}
	if !strings.Contains(string(diagText(diags)), `the Ghi chú count "01 dự án" names no kind`) {
		t.Errorf("no warning for the unknown count:\n%s", diagText(diags))
	}
}

// gridOf lays a table without spans out exactly as Table.Grid does.
func TestGridOfMatchesGrid(t *testing.T) {
	tb := &document.Table{Cols: 4}
	for r := 0; r < 5; r++ {
		row := document.Row{}
		for c := 0; c < r%5; c++ {
			row.Cells = append(row.Cells, document.PlainCell("x", (c*3+r)%5-1, source.Pos{}))
		}
		tb.Rows = append(tb.Rows, row)
	}
	a, b := gridOf(tb), tb.Grid()
	for r := range b {
		for c := range b[r] {
			if a[r][c] != b[r][c] {
				t.Fatalf("row %d col %d: %v, want %v", r, c, a[r][c], b[r][c])
			}
		}
	}
}
