package pdf

import (
	"testing"

	"baocao/internal/palette"
	"baocao/internal/report"
)

// TestClosingParagraphStaysWithTheSignature places the closing paragraph
// and the signature block with room left on the page from a line short of
// the paragraph to more than both need: the signature never starts a page
// without the paragraph before it, even in the band where the two fit but
// for the gap before the signature.
func TestClosingParagraphStaysWithTheSignature(t *testing.T) {
	const closing = "Trên đây là báo cáo kết quả thực hiện Chương trình hành động quý II năm 2021 của Ban Thường vụ Tỉnh ủy, đề nghị các cơ quan tiếp tục thực hiện."
	signer := report.Signer{Authority: "T/M BAN THƯỜNG VỤ", Position: "PHÓ BÍ THƯ", Name: "Nguyễn Văn A"}
	recipients := []string{"Ban Chấp hành Trung ương", "Văn phòng Trung ương Đảng", "Lưu Văn phòng Tỉnh ủy"}
	for step := range 40 {
		d := titleDoc(t, "", 14)
		pg := d.page
		para := d.paragraphLines(closing, "", true)
		sig := d.signatureUnit(signer, recipients)
		us := []unit{{kind: unitParagraph, lines: para, line: pg.LineHeight, gap: pg.ParagraphGap}, sig}
		all := height(para) + pg.ParagraphGap + sig.pre + sig.need
		room := all - pg.LineHeight + float64(step)*pg.LineHeight/10
		d.moveTo(pg.MarginLeft, d.bottom()-room)
		d.paginate(us)
		pages := map[string]int32{}
		d.boxes.each(func(b *box) {
			if b.kind == boxCell {
				pages[b.text] = b.page
			}
		})
		first, name := pages[para[0].boxes[0].text], pages[signer.Name]
		if first == 0 || name == 0 {
			t.Fatalf("room %.2f: paragraph or signature not printed: %v", room, pages)
		}
		want := int32(1)
		if room < all-0.01 {
			want = 2
		}
		if first != want || name != want {
			t.Errorf("room %.2f mm (%.2f needed): paragraph on page %d, signature on page %d, want both on page %d", room, all, first, name, want)
		}
	}
}

// TestKeepWithNextFromMeasuredUnits states the keep rules on units alone:
// a heading chain keeps two lines of its paragraph, a paragraph before a
// table keeps the table's lead, a paragraph on its own keeps nothing.
func TestKeepWithNextFromMeasuredUnits(t *testing.T) {
	line := func(n int) []piece {
		ps := make([]piece, n)
		for i := range ps {
			ps[i] = piece{h: 7}
		}
		return ps
	}
	heading := unit{kind: unitHeading, lines: line(1), gap: 3}
	para := unit{kind: unitParagraph, lines: line(5), line: 7, gap: 3}
	table := unit{kind: unitTable, need: 20, draw: func() {}}
	for _, c := range []struct {
		name string
		us   []unit
		i    int
		want float64
	}{
		{"two headings then a paragraph", []unit{heading, heading, para}, 0, 10 + 10 + 14},
		{"heading, paragraph, table", []unit{heading, para, table}, 0, 10 + 35 + 3 + 20},
		{"paragraph before a table", []unit{para, table}, 0, 35 + 3 + 20},
		{"heading before a table", []unit{heading, table}, 0, 10 + 20},
		{"heading before a chart", []unit{heading, {draw: func() {}}}, 0, 10},
		{"paragraph on its own", []unit{para, para}, 0, 0},
		{"unprinted table keeps nothing", []unit{para, {kind: unitTable}}, 0, 0},
	} {
		if got := keepWithNext(c.us, c.i); got != c.want {
			t.Errorf("%s: keep %.1f, want %.1f", c.name, got, c.want)
		}
	}
}

// TestChartGoesOverleafWhole: a chart that does not fit what is left of a
// page starts the next one, bars and legend together, with its axis on that
// page; one that fits stays.
func TestChartGoesOverleafWhole(t *testing.T) {
	c := &report.Chart{Name: "areas",
		Statuses: []report.Status{{Label: "Đã hoàn thành"}, {Label: "Đang thực hiện", Fill: palette.RGB{90, 90, 90}}},
		Bars:     []report.Bar{{Label: "Về kinh tế", Total: 5, Counts: []int{3, 2}}, {Label: "Về xã hội", Total: 4, Counts: []int{1, 3}}}}
	for _, spare := range []float64{-1, 1} {
		d := titleDoc(t, "", 14)
		pg := d.page
		u := d.chartUnit(c)
		if u.need <= 0 || u.draw == nil {
			t.Fatalf("chart measured as %+v", u)
		}
		d.moveTo(pg.MarginLeft, d.bottom()-u.need-spare)
		d.paginate([]unit{u})
		want := int32(1)
		if spare < 0 {
			want = 2
		}
		n := 0
		d.boxes.each(func(b *box) {
			if b.kind == boxCell || b.kind == boxRect || b.kind == boxRule {
				n++
				if b.page != want {
					t.Errorf("%.0f mm spare: %q (kind %d) on page %d, want %d", spare, b.text, b.kind, b.page, want)
				}
			}
		})
		if n < 8 {
			t.Errorf("%.0f mm spare: only %d boxes drawn", spare, n)
		}
	}
}

// TestEnsureNeverLeavesAPageEmpty: a piece taller than any page (a
// signature with hundreds of recipients) starts on the page it is at the
// top of, rather than after an empty one; lower on a page, it goes overleaf.
func TestEnsureNeverLeavesAPageEmpty(t *testing.T) {
	d := titleDoc(t, "", 14)
	tall := 2 * d.pageHeight()
	d.ensure(tall)
	if d.pages != 1 {
		t.Errorf("at the top of page 1: ensure(%.0f) began page %d", tall, d.pages)
	}
	d.moveTo(d.page.MarginLeft, d.y()+d.page.LineHeight)
	d.ensure(tall)
	if d.pages != 2 {
		t.Errorf("a line down page 1: ensure(%.0f) left %d pages, want 2", tall, d.pages)
	}
	d.ensure(tall)
	if d.pages != 2 {
		t.Errorf("at the top of page 2: ensure(%.0f) began page %d", tall, d.pages)
	}
}
