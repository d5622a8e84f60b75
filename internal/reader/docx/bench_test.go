package docx

import (
	"fmt"
	"strings"
	"testing"
)

// annex returns a .docx whose annex has n work-item rows: an automatically
// numbered TT column, a lead agency merged down over every three rows, a
// group row spanning the table every 25 rows and a deadline wrapped with
// a line break, after a body of bullets with bold products.
func annex(tb testing.TB, n int) []byte {
	var b strings.Builder
	b.WriteString(p(`<w:pStyle w:val="Title"/>`, r("", "Chương trình hành động thực hiện Nghị quyết")))
	for i := 0; i < n/10; i++ {
		b.WriteString(p(numPr("2", "0"), r("", "Sở Kế hoạch và Đầu tư chủ trì xây dựng "), r(`<w:b/>`, fmt.Sprintf("Đề án số %d về phát triển kinh tế", i+1)), r("", " trong quý II năm 2022.")))
	}
	b.WriteString(`<w:tbl><w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="1800"/>`, 5) + `</w:tblGrid>`)
	b.WriteString(tr(`<w:tblHeader/>`, tc("", p("", r(`<w:b/>`, "TT"))), tc("", p("", r(`<w:b/>`, "Cơ quan chủ trì"))), tc("", p("", r(`<w:b/>`, "Cơ quan phối hợp"))), tc("", p("", r(`<w:b/>`, "Tên đề án"))), tc("", p("", r(`<w:b/>`, "Thời gian hoàn thành")))))
	for i := 0; i < n; i++ {
		if i%25 == 0 {
			b.WriteString(tr("", tc(`<w:gridSpan w:val="5"/>`, p("", r(`<w:b/>`, fmt.Sprintf("NHÓM %d. LĨNH VỰC KINH TẾ - XÃ HỘI", i/25+1))))))
		}
		merge := `<w:vMerge/>`
		lead := ""
		if i%3 == 0 {
			merge, lead = `<w:vMerge w:val="restart"/>`, "Ủy ban nhân dân tỉnh"
		}
		b.WriteString(annexRow("5", lead, merge, "Các sở, ban, ngành liên quan", fmt.Sprintf("Đề án phát triển kinh tế ban đêm giai đoạn %d", 2022+i%4), "Quý I và", "quý II năm 2022"))
	}
	b.WriteString(`</w:tbl>`)
	return fixture{body: b.String(), styles: programmeStyles, numbering: programmeNumbering}.bytes(tb)
}

func TestAnnexFixtureReads(t *testing.T) {
	doc, _, err := Read("annex.docx", annex(t, 100))
	if err != nil {
		t.Fatal(err)
	}
	tbl := doc.Blocks[len(doc.Blocks)-1].Table
	if tbl == nil || len(tbl.Rows) != 1+100+4 || tbl.Rows[2].Cells[1].RowSpan != 3 || tbl.Rows[101+3].Cells[0].Text() != "100" {
		t.Fatalf("the 100-row annex reads wrong:\n%s", dump(doc)[:2000])
	}
}

func BenchmarkRead(b *testing.B) {
	for _, n := range []int{100, 1000} {
		data := annex(b, n)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Read("annex.docx", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
