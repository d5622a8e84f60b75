package parse

import (
	"strings"
	"testing"

	"baocao/internal/source"
)

func TestBodyAssignment(t *testing.T) {
	for _, c := range []struct {
		in                 string
		lead, co, deadline string
		ok                 bool
	}{
		{"- Chủ trì: Ủy ban nhân dân phường; phối hợp: Ủy ban MTTQ phường; thời gian: quý III/2022.",
			"Ủy ban nhân dân phường", "Ủy ban MTTQ phường", "quý III/2022", true},
		{"Cơ quan chủ trì: Văn phòng Đảng ủy; cơ quan phối hợp: Chi bộ 1; Chi bộ 2; thời hạn hoàn thành: trước 31/12/2022",
			"Văn phòng Đảng ủy", "Chi bộ 1; Chi bộ 2", "trước 31/12/2022", true},
		{"+ Đơn vị chủ trì: Đoàn Thanh niên; Tiến độ: hằng năm", "Đoàn Thanh niên", "", "hằng năm", true},
		{"- Chủ trì: Văn phòng Đảng ủy.", "Văn phòng Đảng ủy", "", "", false},    // no deadline
		{"- Giao Văn phòng chủ trì; thời gian: quý II/2022", "", "", "", false},  // text before the first label
		{"Các chi bộ chủ trì thực hiện; thời gian: hằng năm", "", "", "", false}, // no label
	} {
		lead, co, dl, ok := bodyAssignment(c.in)
		if ok != c.ok || ok && (lead != c.lead || co != c.co || dl != c.deadline) {
			t.Errorf("bodyAssignment(%q) = %q, %q, %q, %v; want %q, %q, %q, %v", c.in, lead, co, dl, ok, c.lead, c.co, c.deadline, c.ok)
		}
	}
}

// TestBodyAnnex reads a programme with no annex whose tasks are numbered
// body paragraphs, assigned on the next line or in a closing parenthesis;
// a numbered paragraph without an assignment (part III) stays body text,
// and one task alone is not enough to stand for an annex.
func TestBodyAnnex(t *testing.T) {
	text := strings.Join([]string{
		"ĐẢNG ỦY XÃ HÒA AN",
		"Số 03-CTr/ĐU",
		"Hòa An, ngày 10 tháng 3 năm 2023",
		"CHƯƠNG TRÌNH HÀNH ĐỘNG",
		"II. NHIỆM VỤ CỤ THỂ",
		"1. Xây dựng Kế hoạch phát triển kinh tế trang trại.",
		"- Chủ trì: Ủy ban nhân dân xã; phối hợp: Hội Nông dân xã; thời gian: quý II/2023.",
		"2. Ban hành Quy chế dân chủ ở cơ sở (Chủ trì: Văn phòng Đảng ủy; thời gian: tháng 6/2023).",
		"III. TỔ CHỨC THỰC HIỆN",
		"1. Các chi bộ căn cứ Chương trình xây dựng kế hoạch thực hiện.",
	}, "\n")
	p, diags := Parse("t.txt", []byte(text))
	if p == nil {
		t.Fatalf("no programme: %v", diags)
	}
	var got []string
	for _, w := range p.WorkItems {
		got = append(got, strings.Join([]string{w.ID, string(w.Kind), w.Lead.Name, w.Deadline.Text, w.Title}, " | "))
	}
	want := []string{
		"1.1 | ke_hoach | Ủy ban nhân dân xã | quý II/2023 | Kế hoạch phát triển kinh tế trang trại",
		"2.1 | quy_che | Văn phòng Đảng ủy | tháng 6/2023 | Quy chế dân chủ ở cơ sở",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("work items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if r := p.Annex.Rows; len(r) != 2 || r[0].Line != 6 || r[1].Line != 8 || len(r[0].Coordinators) != 1 {
		t.Errorf("rows: %+v", r)
	}
	info := false
	for _, d := range diags {
		info = info || d.Code == "body-annex" && d.Severity == source.Info && d.Pos.Line == 6
	}
	if !info {
		t.Errorf("no info at line 6 saying the rows were read from the body: %v", diags)
	}
	// One assigned task is no annex: the programme is refused as before.
	one := strings.Join(strings.Split(text, "\n")[:7], "\n")
	p, diags = Parse("t.txt", []byte(one))
	refused := false
	for _, d := range diags {
		refused = refused || d.Code == "no-annex"
	}
	if p != nil || !refused {
		t.Errorf("one task: programme %v, diagnostics %v", p != nil, diags)
	}
}
