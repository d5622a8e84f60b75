package pdf

import (
	"strings"
	"testing"

	"baocao/internal/program"
)

// titleDoc is a document with the bold title face selected, for measuring.
func titleDoc(t testing.TB, style string, size float64) *document {
	t.Helper()
	d, err := newDocument(DefaultPage(false), DefaultFonts(), docInfo{Date: program.Date{Year: 2021, Month: 6, Day: 30}})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.section(DefaultPage(false)); err != nil {
		t.Fatal(err)
	}
	d.setFont(style, size)
	return d
}

func TestSplitBalancedKeepsNamesWhole(t *testing.T) {
	d := titleDoc(t, "B", 14)
	tw := d.page.textWidth()
	cases := []struct {
		text    string
		widths  []float64 // as shares of the text width
		phrases []string  // each must stand whole on one line
	}{
		{"tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II năm 2021", []float64{0.85, 0.6, 0.45},
			[]string{"Chương trình hành động", "số 07-CTr/TU", "quý II năm 2021"}},
		{"tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II-2021", []float64{0.85, 0.6, 0.45},
			[]string{"Chương trình hành động", "số 07-CTr/TU", "quý II-2021"}},
		{"tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II/2021", []float64{0.85, 0.5},
			[]string{"Chương trình hành động", "số 07-CTr/TU", "quý II/2021"}},
		{"kết quả thực hiện Chương trình hành động số 07-CTr/TU, ngày 02-4-2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh quý I và quý II năm 2021", []float64{1, 0.85, 0.6},
			[]string{"Chương trình hành động", "số 07-CTr/TU,", "ngày 02-4-2021", "Tỉnh ủy", "Đại hội XI", "quý I và quý II năm 2021"}},
		{"TÌNH HÌNH THỰC HIỆN CÁC PHẦN VIỆC CỦA CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU QUÝ II NĂM 2021", []float64{1, 0.7},
			[]string{"CHƯƠNG TRÌNH HÀNH ĐỘNG", "SỐ 07-CTr/TU", "QUÝ II NĂM 2021"}},
		{"(số liệu tính đến ngày 30 tháng 6 năm 2021)", []float64{0.5, 0.4},
			[]string{"ngày 30 tháng 6 năm 2021)"}},
	}
	for _, c := range cases {
		for _, share := range c.widths {
			w := tw * share
			lines := d.splitBalanced(c.text, w)
			if got := strings.Join(lines, " "); got != c.text {
				t.Errorf("%.2f: lines %q do not give back %q", share, lines, c.text)
			}
			for _, p := range c.phrases {
				whole := false
				for _, l := range lines {
					whole = whole || strings.Contains(l, p)
				}
				if !whole {
					t.Errorf("%.2f: %q split across lines %q", share, p, lines)
				}
			}
			lo, hi := w, 0.0
			for _, l := range lines {
				lw := d.width(l)
				if lw > w {
					t.Errorf("%.2f: line %q is %.1f mm, wider than %.1f", share, l, lw, w)
				}
				lo, hi = min(lo, lw), max(hi, lw)
			}
			// Balanced: no line under half the widest (the old wrapping left
			// "động số …" stubs and full lines side by side).
			if len(lines) > 1 && lo < 0.5*hi {
				t.Errorf("%.2f: unbalanced lines (%.1f to %.1f mm): %q", share, lo, hi, lines)
			}
			t.Logf("%.2f: %q", share, lines)
		}
	}
}

func TestSplitBalancedPrefersNaturalBreaks(t *testing.T) {
	d := titleDoc(t, "B", 14)
	w := d.page.textWidth() * d.page.SubjectWidth
	lines := d.splitBalanced("tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II năm 2021", w)
	want := []string{"tiến độ thực hiện Chương trình hành động", "số 07-CTr/TU quý II năm 2021"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("trích yếu broken as %q, want %q", lines, want)
	}
}

func TestSplitBalancedEdgeCases(t *testing.T) {
	d := titleDoc(t, "B", 14)
	if got := d.splitBalanced("  ", 100); len(got) != 1 || got[0] != "" {
		t.Errorf("empty title: %q", got)
	}
	if got := d.splitBalanced("BÁO  CÁO", 100); len(got) != 1 || got[0] != "BÁO CÁO" {
		t.Errorf("short title: %q", got)
	}
	// A protected phrase wider than the width is broken rather than lost,
	// and the other phrases stay whole.
	lines := d.splitBalanced("tiến độ thực hiện Chương trình hành động số 07-CTr/TU", d.width("Chương trình")+1)
	if strings.Join(lines, " ") != "tiến độ thực hiện Chương trình hành động số 07-CTr/TU" || lines[len(lines)-1] != "số 07-CTr/TU" {
		t.Errorf("narrow width: %q", lines)
	}
	// A word wider than the width stands alone.
	long := strings.Repeat("đ", 80)
	lines = d.splitBalanced("một "+long+" hai", 50)
	if strings.Join(lines, " ") != "một "+long+" hai" || len(lines) != 3 {
		t.Errorf("overlong word: %q", lines)
	}
}

func BenchmarkSplitBalanced(b *testing.B) {
	d := titleDoc(b, "B", 14)
	w := d.page.textWidth() * d.page.SubjectWidth
	s := "kết quả thực hiện Chương trình hành động số 07-CTr/TU, ngày 02-4-2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh quý I và quý II năm 2021"
	b.ReportAllocs()
	for b.Loop() {
		d.splitBalanced(s, w)
	}
}
