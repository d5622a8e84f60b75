package pdf

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func TestLineAlign(t *testing.T) {
	d := titleDoc(t, "", 12)
	full := "Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo của tỉnh"
	w := d.width(full)
	cases := []struct {
		line  string
		avail float64
		last  bool
		want  string
	}{
		{full, w * 1.05, false, "J"},                                // nearly full: justified
		{full, w * 1.05, true, "L"},                                 // a paragraph's last line never is
		{"Sơ kết Chương trình", w, false, "L"},                      // a few words in a wide cell
		{full, w / 0.74, false, "L"},                                // under three quarters full
		{"Chương trình", d.width("Chương trình") / 0.8, false, "L"}, // one gap would open wide
		{"Phần", w, false, "L"},                                     // one word: nothing to stretch
		{full, 0, false, "L"},
	}
	for _, c := range cases {
		if got := d.lineAlign(c.line, c.avail, c.last); got != c.want {
			t.Errorf("lineAlign(%q, %.1f of %.1f mm, last %v) = %s, want %s", c.line, d.width(c.line), c.avail, c.last, got, c.want)
		}
	}
}

// TestSeedDueNextNotStretched reads the word positions of the seed report:
// the due-next table's "Sơ kết Chương trình hành động…" cell printed its
// first line with gaps of several spaces ("Sơ  kết  Chương  trình").
func TestSeedDueNextNotStretched(t *testing.T) {
	needTool(t, "pdftotext")
	var b strings.Builder
	if err := reportOf(&b, sampleReview(t), handOptions()); err != nil {
		t.Fatal(err)
	}
	path := writeTemp(t, "bao-cao.pdf", []byte(b.String()))
	word := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>`)
	type box struct {
		x0, y, x1 float64
		text      string
	}
	var words []box
	for _, m := range word.FindAllStringSubmatch(run(t, "pdftotext", "-bbox", "-enc", "UTF-8", path, "-"), -1) {
		x0, _ := strconv.ParseFloat(m[1], 64)
		y, _ := strconv.ParseFloat(m[2], 64)
		x1, _ := strconv.ParseFloat(m[3], 64)
		words = append(words, box{x0, y, x1, m[4]})
	}
	space := 12 * 0.25 // a space of the 12 pt cell face is a quarter em, in points
	want := strings.Fields("Sơ kết Chương trình hành động")
	found := 0
	for i := 0; i+len(want) <= len(words); i++ {
		match := true
		for j, w := range want {
			match = match && words[i+j].text == w && words[i+j].y == words[i].y
		}
		if !match {
			continue
		}
		found++
		for j := 0; j+1 < len(want); j++ {
			if gap := words[i+j+1].x0 - words[i+j].x1; gap > 1.5*space {
				t.Errorf("gap between %q and %q is %.1f pt, a space is %.1f pt", want[j], want[j+1], gap, space)
			}
		}
	}
	if found == 0 {
		t.Fatalf("the report has no line %q", strings.Join(want, " "))
	}
}
