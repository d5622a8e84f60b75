package parse

import (
	"fmt"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/program"
)

// TestDeclaredCounts reads Ghi chú counts as offices write them: numerals,
// words, with or without "đề ra" and "gồm".
func TestDeclaredCounts(t *testing.T) {
	tests := []struct {
		note  string
		total int
		want  string // count:kinds, separated by |
	}{
		{"Chương trình hành động đề ra 33 phần việc, gồm: xây dựng 13 đề án, 04 chương trình, 06 kế hoạch, 01 quy định, 02 danh mục các dự án, 01 nghị quyết chuyên đề và sơ, tổng kết 06 chủ trương đã thực hiện trước đây.",
			33, "13:de_an|4:chuong_trinh|6:ke_hoach|1:quy_dinh|2:danh_muc|1:nghi_quyet|6:so_ket,tong_ket"},
		{"Kế hoạch đề ra mười một nhiệm vụ, gồm: ba kế hoạch, hai đề án, một quy chế, ba báo cáo và sơ kết, tổng kết hai chủ trương.",
			11, "3:ke_hoach|2:de_an|1:quy_che|3:bao_cao|2:so_ket,tong_ket"},
		{"Chương trình có hai mươi mốt nhiệm vụ, trong đó mười lăm đề án, sáu kế hoạch.",
			21, "15:de_an|6:ke_hoach"},
		{"ba kế hoạch, 03 đề án và một chỉ thị", 7, "3:ke_hoach|3:de_an|1:chi_thi"},
		{"Kế hoạch đề ra năm (05) nhiệm vụ, gồm: ba (03) kế hoạch và hai (02) đề án.", 5, "3:ke_hoach|2:de_an"},
		{"Đề ra 05 phần việc gồm 02 hướng dẫn, 02 kết luận, 01 báo cáo tổng kết", 5, "2:huong_dan|2:ket_luan|1:tong_ket"},
	}
	for _, tc := range tests {
		ps := &parser{name: "t", prog: &program.Programme{}}
		ps.declared(tc.note, 1)
		var got []string
		for _, d := range ps.prog.Declared {
			var ks []string
			for _, k := range d.Kinds {
				ks = append(ks, string(k))
			}
			got = append(got, fmt.Sprintf("%d:%s", d.Count, strings.Join(ks, ",")))
		}
		if g := strings.Join(got, "|"); g != tc.want || ps.prog.DeclaredTotal != tc.total {
			t.Errorf("declared(%q) = %d, %q; want %d, %q", tc.note, ps.prog.DeclaredTotal, g, tc.total, tc.want)
		}
		if len(ps.diags) != 0 {
			t.Errorf("declared(%q) diagnostics: %v", tc.note, ps.diags)
		}
	}
}

// TestDecoratedNote reads a Ghi chú written "**Ghi chú:**" in Markdown.
func TestDecoratedNote(t *testing.T) {
	ps := &parser{name: "t", prog: &program.Programme{}}
	ps.note([]para{{text: "**Ghi chú:** Kế hoạch đề ra ba kế hoạch.", line: 9}})
	if ps.prog.Annex.Note != "Kế hoạch đề ra ba kế hoạch." || len(ps.prog.Declared) != 1 || ps.prog.Declared[0].Count != 3 {
		t.Errorf("note = %q, declared %+v", ps.prog.Annex.Note, ps.prog.Declared)
	}
}

// TestNoteOnItsOwnLine reads a "Ghi chú:" heading with its text in the
// next paragraph.
func TestNoteOnItsOwnLine(t *testing.T) {
	ps := &parser{name: "t", prog: &program.Programme{}}
	ps.note([]para{{text: "Ghi chú:", line: 9}, {text: "Kế hoạch đề ra hai đề án.", line: 10}})
	if ps.prog.Annex.Note != "Kế hoạch đề ra hai đề án." || ps.prog.DeclaredTotal != 2 || len(ps.diags) != 0 {
		t.Errorf("note = %q, total %d, diagnostics %v", ps.prog.Annex.Note, ps.prog.DeclaredTotal, ps.diags)
	}
}

// TestWrappedNote reads a Ghi chú wrapped over two lines at a fixed width,
// and leaves a following sentence alone.
func TestWrappedNote(t *testing.T) {
	ps := &parser{name: "t", prog: &program.Programme{}}
	ps.note([]para{{text: "Ghi chú: đề ra 03 phần việc, gồm: 02 kế hoạch, 01", line: 9}, {text: "quy chế.", line: 10}})
	if ps.prog.Annex.Note != "đề ra 03 phần việc, gồm: 02 kế hoạch, 01 quy chế." || len(ps.prog.Declared) != 2 || len(ps.diags) != 0 {
		t.Errorf("note = %q, declared %+v, diagnostics %v", ps.prog.Annex.Note, ps.prog.Declared, ps.diags)
	}
	ps = &parser{name: "t", prog: &program.Programme{}}
	ps.note([]para{{text: "Ghi chú: đề ra 02 kế hoạch.", line: 9}, {text: "quy chế mới", line: 10}})
	if ps.prog.Annex.Note != "đề ra 02 kế hoạch." || len(ps.diags) != 1 {
		t.Errorf("note = %q, diagnostics %v; want the second line left unplaced", ps.prog.Annex.Note, ps.diags)
	}
}

// A Ghi chú that ends the body, just before Nơi nhận and the signature
// (the audit's Huyện ủy programme), is the programme's Ghi chú when none
// follows the annex; one alone on its paragraph takes the next.
func TestNoteBeforeSignature(t *testing.T) {
	for _, note := range [][]string{
		{"Ghi chú: Chương trình đề ra 02 nhiệm vụ, gồm: 01 kế hoạch, 01 quy chế."},
		{"Ghi chú:", "Chương trình đề ra 02 nhiệm vụ, gồm: 01 kế hoạch, 01 quy chế."},
	} {
		w := &wordDoc{doc: document.Document{Name: "in.docx", Format: "docx"}}
		w.tableOf(false, 2, nil,
			[]string{"HUYỆN ỦY CAN LỘC", "ĐẢNG CỘNG SẢN VIỆT NAM"},
			[]string{"Số 12-CTr/HU", "Can Lộc, ngày 15 tháng 3 năm 2023"},
		)
		w.para(true, plain("CHƯƠNG TRÌNH HÀNH ĐỘNG"))
		w.para(false, plain("II. NHIỆM VỤ, GIẢI PHÁP"))
		w.para(false, plain("- Xây dựng Kế hoạch chuyển đổi số."))
		w.para(false, plain("- Ban hành Quy chế quản lý hệ thống thông tin."))
		for _, n := range note {
			w.para(false, plain(n))
		}
		w.tableOf(true, 2, nil,
			[]string{"Nơi nhận:", "T/M HUYỆN ỦY"},
			[]string{"- Lưu Văn phòng Huyện ủy.", "BÍ THƯ"},
			[]string{"", "Trần Văn Hùng"},
		)
		w.para(true, plain("DANH MỤC NHIỆM VỤ"))
		w.tableOf(true, 4, nil,
			[]string{"TT", "Cơ quan chủ trì", "Nhiệm vụ", "Thời gian"},
			[]string{"1", "Văn phòng Huyện ủy", "Kế hoạch chuyển đổi số", "Quý II/2023"},
			[]string{"2", "Văn phòng Huyện ủy", "Quy chế quản lý hệ thống thông tin", "30/9/2023"},
		)
		p, diags := ParseDocument(&w.doc)
		if p == nil || diags.HasErrors() {
			t.Fatalf("diagnostics:\n%s", diagText(diags))
		}
		if p.DeclaredTotal != 2 || len(p.Declared) != 2 || !strings.HasPrefix(p.Annex.Note, "Chương trình đề ra 02") {
			t.Errorf("%q: total %d, declared %+v, note %q", note, p.DeclaredTotal, p.Declared, p.Annex.Note)
		}
		for _, a := range p.Areas {
			for _, tk := range a.Tasks {
				if strings.Contains(tk.Text, "Ghi chú") || strings.Contains(tk.Text, "đề ra") {
					t.Errorf("the Ghi chú is read as a task: %q", tk.Text)
				}
			}
		}
	}
}
