package report

import (
	"strings"
	"testing"

	"baocao/internal/golden"
	"baocao/templates"
)

// TestReportWordingGolden keeps the built-in wording for the hand-built
// review in testdata/report-wording.txt, so a change of sentence or number
// shows up in review as a text diff. Run with -update to accept a change.
func TestReportWordingGolden(t *testing.T) {
	tt, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	r := handReview()
	o := handOptions()
	data := newData(r, o, r.Date)
	var b strings.Builder
	for _, name := range templates.Names {
		out, err := execute(tt, name, data)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("==== " + name + "\n" + strings.TrimSpace(out) + "\n")
	}
	golden.Check(t, "report-wording.txt", []byte(b.String()))
}

// TestReportStatesBothCounts: the bundled programme's Ghi chú says "đề ra
// 33 phần việc" while its annex lists 34 products; the report said "đề ra
// 34" and contradicted the signed programme printed beside it. When the two
// differ, one sentence states both; when they agree, one number.
func TestReportStatesBothCounts(t *testing.T) {
	tt, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	r := handReview()
	for _, c := range []struct {
		declared int
		want     string
	}{
		{11, "Chương trình hành động đề ra 11 phần việc (theo Ghi chú của Chương trình hành động); tính riêng từng sản phẩm trong Danh mục kèm theo, báo cáo này theo dõi 12 phần việc."},
		{12, "Chương trình hành động đề ra 12 phần việc. Tính đến"},
		{0, "Chương trình hành động đề ra 12 phần việc. Tính đến"},
	} {
		p := *r.Programme
		p.DeclaredTotal = c.declared
		rr := *r
		rr.Programme = &p
		out, err := execute(tt, "results.tmpl", newData(&rr, handOptions(), r.Date))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.Join(strings.Fields(out), " "), c.want) {
			t.Errorf("Ghi chú declares %d of 12: the report lacks %q", c.declared, c.want)
		}
	}
}
