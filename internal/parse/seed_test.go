package parse

import (
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/source"
	"baocao/seeds"
)

// The facts of the bundled programme, checked by hand against the text.
func TestSeedFacts(t *testing.T) {
	p, diags := Parse("seeds/"+seeds.Default, seedBytes(t))
	if p == nil {
		t.Fatalf("no programme: %v", diags)
	}
	if diags.HasErrors() {
		t.Errorf("the bundled programme has errors:\n%s", diagText(diags))
	}
	eq := func(what string, got, want any) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %v, want %v", what, got, want)
		}
	}
	eq("Number", p.Number, "07-CTr/TU")
	eq("TypeCode", p.TypeCode, "CTr")
	eq("IssuerCode", p.IssuerCode, "TU")
	eq("Type", p.Type, "Chương trình hành động")
	eq("Date", p.Date.String(), "2021-04-02")
	eq("Issuer", p.Issuer, "Tỉnh ủy")
	eq("Body", p.Body, "Ban Chấp hành Đảng bộ tỉnh")
	eq("Congress", p.Congress, "XI")
	eq("Term", p.Term, "2020-2025")
	eq("title lines", len(p.Title), 4)
	eq("parts", len(p.Parts), 3)
	eq("areas", len(p.Areas), 5)
	eq("area 1 title", p.Areas[0].Title, "Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh")
	eq("area 1 intro starts", strings.HasPrefix(p.Areas[0].Intro[0], "(1) Đẩy mạnh"), true)
	eq("area 1 intro re-joined", strings.Contains(p.Areas[0].Intro[0], "xây dựng kết cấu hạ tầng"), true)
	eq("area 1 lead", p.Areas[0].Lead.Name, "Ban cán sự đảng Ủy ban nhân dân tỉnh")
	eq("area 5 lead", p.Areas[4].Lead.IsZero(), true)
	eq("area 4 intro re-joined", strings.Contains(p.Areas[3].Intro[0], "về một số chủ trương, chính sách"), true)
	eq("part III last paragraph cleaned", strings.HasSuffix(p.Parts[2].Paragraphs[len(p.Parts[2].Paragraphs)-1], "Ban Chấp hành Đảng bộ tỉnh."), true)
	eq("annex rows", len(p.Annex.Rows), 27)
	eq("annex columns", strings.Join(p.Annex.Columns, "|"), "TT|Cơ quan phân công chủ trì|Tên đề án, chương trình, kế hoạch|Thời gian thực hiện")
	eq("annex title", p.Annex.Title, "DANH MỤC CÁC CHƯƠNG TRÌNH, ĐỀ ÁN, KẾ HOẠCH, QUY ĐỊNH")
	eq("recipients", len(p.Recipients), 8)
	eq("signer", p.Signer.Authority+"/"+p.Signer.Position+"/"+p.Signer.Name, "T/M TỈNH ỦY/BÍ THƯ/Đỗ Thanh Bình")
	eq("declared total", p.DeclaredTotal, 33)
	eq("declared entries", len(p.Declared), 7)
	last := p.Declared[len(p.Declared)-1]
	eq("last declared kinds", len(last.Kinds) == 2 && last.Kinds[0] == program.KindSoKet && last.Kinds[1] == program.KindTongKet, true)
	eq("last declared count", last.Count, 6)

	tasks := 0
	for _, a := range p.Areas {
		for _, tk := range a.Tasks {
			tasks++
			if tk.AnnexTT != twoDigits(tk.Number) {
				t.Errorf("task %d linked to row %q, want %q", tk.Number, tk.AnnexTT, twoDigits(tk.Number))
			}
		}
	}
	eq("tasks", tasks, 27)

	// Work items: the annex is the list of record, so row 02 gives two.
	count := map[program.Kind]int{}
	for _, w := range p.WorkItems {
		count[w.Kind]++
	}
	eq("work items", len(p.WorkItems), 34)
	eq("Đề án", count[program.KindDeAn], 13)
	eq("Chương trình", count[program.KindChuongTrinh], 4)
	eq("Kế hoạch", count[program.KindKeHoach], 6)
	eq("Quy định", count[program.KindQuyDinh], 1)
	eq("Danh mục", count[program.KindDanhMuc], 2)
	eq("Nghị quyết", count[program.KindNghiQuyet], 1)
	eq("Sơ kết + Tổng kết", count[program.KindSoKet]+count[program.KindTongKet], 7)
	eq("02.1", p.WorkItemByID("02.1").Kind, program.KindTongKet)
	eq("02.2", p.WorkItemByID("02.2").Kind, program.KindDeAn)
	eq("14 is one item", p.WorkItemByID("14.2") == nil, true)
	eq("22 is one item", p.WorkItemByID("22.2") == nil, true)
	eq("24.2", p.WorkItemByID("24.2").Title[:len("Kế hoạch thực hiện Chương trình mục tiêu")], "Kế hoạch thực hiện Chương trình mục tiêu")
	eq("25.1 kind", p.WorkItemByID("25.1").Kind, program.KindKeHoach)
	eq("21.2", p.WorkItemByID("21.2").Kind, program.KindDanhMuc)
	eq("07 coordinators", len(p.WorkItemByID("07.1").Coordinators), 2)
	eq("07 deadline qualifier", p.WorkItemByID("07.1").Deadline.Qualifier, "no_later_than")
	eq("04 milestones", len(p.WorkItemByID("04.1").Deadline.Milestones), 2)

	want := map[int]string{24: "rejoined", 86: "rejoined", 118: "whitespace-line", 121: "stray-mark", 170: "html-remnant"}
	for _, d := range diags {
		if d.Severity == source.Warning && want[d.Pos.Line] == d.Code {
			delete(want, d.Pos.Line)
		}
	}
	for line, code := range want {
		t.Errorf("no %s warning on line %d", code, line)
	}
}
