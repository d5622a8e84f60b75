package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/program"
)

// itemList writes work items as "ID:kind:title" lines.
func itemList(p *program.Programme) string {
	var b strings.Builder
	for _, w := range p.WorkItems {
		b.WriteString(w.ID + ":" + string(w.Kind) + ":" + w.Title + ":" + w.Lead.Name + ":" + w.Deadline.Text + "\n")
	}
	return b.String()
}

// A state Kế hoạch: header and signature blocks laid side by side, tasks
// as a) b) and 1.1. items, and an annex with a numbering row, group rows
// I/II, a Sản phẩm and a Ghi chú column, and a parent row heading its
// sub-rows 3.1, 3.2. The tab-separated and the Markdown copies give the
// same programme.
func TestStateKeHoachLayouts(t *testing.T) {
	var first string
	for _, name := range []string{"125-KH-UBND-2022.txt", "125-KH-UBND-2022.md"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", name))
			if err != nil {
				t.Fatal(err)
			}
			p, diags := Parse(name, data)
			if p == nil || diags.HasErrors() {
				t.Fatalf("diagnostics:\n%s", diagText(diags))
			}
			if strings.Contains(string(diagText(diags)), "re-joined") {
				t.Errorf("an enumerated task was joined to the line before:\n%s", diagText(diags))
			}
			var rows []string
			for _, r := range p.Annex.Rows {
				s := r.TT + "|" + r.Group + "|" + r.Parent + "|" + r.Lead.Name + "|" + r.Product + "|" + r.Note
				if r.Heading {
					s += "|heading"
				}
				rows = append(rows, s)
			}
			want := []string{
				"1|I. HẠ TẦNG SỐ||Sở Thông tin và Truyền thông|Đề án|Trình HĐND tỉnh",
				"2|I. HẠ TẦNG SỐ||Văn phòng Ủy ban nhân dân tỉnh|Kế hoạch|",
				"3|II. CHÍNH QUYỀN SỐ||Sở Thông tin và Truyền thông|||heading",
				"3.1|II. CHÍNH QUYỀN SỐ|3|Sở Thông tin và Truyền thông|Quy chế|",
				"3.2|II. CHÍNH QUYỀN SỐ|3|Sở Thông tin và Truyền thông|Báo cáo sơ kết|",
			}
			if got := strings.Join(rows, "\n"); got != strings.Join(want, "\n") {
				t.Errorf("rows:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
			}
			items := itemList(p)
			for _, w := range []string{
				"1.1:de_an:Phát triển hạ tầng số của tỉnh giai đoạn 2022-2025:Sở Thông tin và Truyền thông:Quý III/2022\n",
				"2.1:ke_hoach:Số hóa hồ sơ, tài liệu lưu trữ của các cơ quan nhà nước:Văn phòng Ủy ban nhân dân tỉnh:Tháng 9/2022\n",
				"3.1.1:quy_che:Quản lý, vận hành cổng dữ liệu mở của tỉnh:Sở Thông tin và Truyền thông:Tháng 12/2022\n",
				"3.2.1:",
			} {
				if !strings.Contains(items, w) {
					t.Errorf("no work item %q in:\n%s", w, items)
				}
			}
			if n := len(p.WorkItems); n != 4 {
				t.Errorf("%d work items, want 4 (the heading row has none):\n%s", n, items)
			}
			if len(p.Areas) != 2 || len(p.Areas[0].Tasks) != 2 || len(p.Areas[1].Tasks) != 2 {
				t.Fatalf("areas: %+v", p.Areas)
			}
			if tk := p.Areas[1].Tasks[0]; tk.Products[0] != "Quy chế" || tk.Lead.Name != "Sở Thông tin và Truyền thông" || tk.AnnexTT != "3.1" {
				t.Errorf("task 1.1: %+v", tk)
			}
			if tk := p.Areas[0].Tasks[1]; tk.Products[0] != "Kế hoạch" || tk.AnnexTT != "2" || !strings.HasPrefix(tk.Text, "Ban hành Kế hoạch số hóa") {
				t.Errorf("task b): %+v", tk)
			}
			if strings.Join(p.Recipients, "|") != "Như trên|Lưu: VT" {
				t.Errorf("recipients %q", p.Recipients)
			}
			if p.Signer.Authority != "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH" || p.Signer.Position != "PHÓ CHỦ TỊCH" {
				t.Errorf("signer %+v", p.Signer)
			}
			if p.Date.String() != "2022-05-10" || len(p.Title) == 0 || p.Title[0] != "KẾ HOẠCH" {
				t.Errorf("date %v title %q", p.Date, p.Title)
			}
			if p.Annex.Title != "DANH MỤC NHIỆM VỤ" || !strings.HasPrefix(p.Annex.Caption, "(Kèm theo Kế hoạch số 125/KH-UBND") {
				t.Errorf("annex title %q caption %q", p.Annex.Title, p.Annex.Caption)
			}
			if first == "" {
				first = items
			} else if items != first {
				t.Errorf("the Markdown copy gives other work items:\n%s\nwant:\n%s", items, first)
			}
		})
	}
}
