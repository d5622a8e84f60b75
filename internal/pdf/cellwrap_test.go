package pdf

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"baocao/internal/program"
	"baocao/templates"
)

func TestSplitCellKeepsPhrasesWhole(t *testing.T) {
	d := titleDoc(t, "", 12)
	d.setCellMargin(1.5)
	cases := []struct {
		text  string
		width string // the text that sets the cell's inner width
		want  []string
	}{
		// The annex's deadline column broke "quý" / "II-2021".
		{"Hoàn thành trong quý II-2021", "Hoàn thành trong quý", []string{"Hoàn thành trong", "quý II-2021"}},
		{"Hoàn thành trong quý I và quý II-2021", "Hoàn thành trong quý I", []string{"Hoàn thành trong", "quý I và quý II-2021"}},
		{"Hoàn thành chậm nhất trong quý IV-2021", "Hoàn thành chậm nhất", []string{"Hoàn thành chậm nhất", "trong quý IV-2021"}},
		{"Hoàn thành chậm nhất trong quý IV-2021", "Hoàn thành chậm", []string{"Hoàn thành chậm", "nhất trong", "quý IV-2021"}},
		{"Hoàn thành trong quý II năm 2021", "Hoàn thành trong quý II", []string{"Hoàn thành trong", "quý II năm 2021"}},
		{"Kế hoạch số 12-KH/TU ngày 20-5-2021 của Ban Thường vụ", "Kế hoạch số 12-KH/TU ngày", []string{"Kế hoạch số 12-KH/TU", "ngày 20-5-2021 của Ban", "Thường vụ"}},
		// No phrase: plain greedy filling, as SplitText.
		{"Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban cán sự đảng Ủy", []string{"Ban cán sự đảng Ủy", "ban nhân dân tỉnh"}},
		// A phrase wider than the cell alone is broken between its words.
		{"trong quý I và quý II-2021", "quý I và", []string{"trong", "quý I và", "quý", "II-2021"}},
		{"", "x", []string{""}},
	}
	for _, c := range cases {
		w := d.width(c.width) + 3 + 0.01
		got := d.splitCell(c.text, w)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("splitCell(%q, width of %q) = %q, want %q", c.text, c.width, got, c.want)
		}
	}
	// A word wider than the cell is broken by SplitText, with nothing lost.
	long := strings.Repeat("đoạn", 20)
	got := d.splitCell("a "+long+" b", 30)
	if strings.Join(got, "") != "a"+long+"b" && strings.ReplaceAll(strings.Join(got, " "), " ", "") != "a"+long+"b" {
		t.Errorf("long word lost text: %q", got)
	}
	for _, l := range got {
		if d.width(l) > 27+0.01 {
			t.Errorf("line %q wider than the cell", l)
		}
	}
}

// checkCellsKeepPhrases wraps every cell of a table as table() does and
// checks that each protected phrase fits its column and stands on one line,
// that no line ends in "quý" before a line starting with a Roman numeral,
// and that the words come back in order.
func checkCellsKeepPhrases(t *testing.T, name string, d *document, cols []column, rows [][]string) {
	t.Helper()
	pg := d.page
	d.setCellMargin(pg.CellPadding)
	defer d.setCellMargin(0)
	widths := d.columnWidths(cols, rows, pg.textWidth())
	d.setFont("", pg.TableSize)
	roman := regexp.MustCompile(`^(?:IV|III|II|I)\b`)
	for r, row := range rows {
		cells := d.splitRow(row, widths, cols)
		for i, lines := range cells {
			text := strings.Join(strings.Fields(row[i]), " ")
			if got := strings.Join(lines, " "); got != text {
				t.Errorf("%s row %d col %d: lines %q do not give back %q", name, r+1, i+1, lines, text)
			}
			for _, m := range protectedSpans(text) {
				phrase := text[m[0]:m[1]]
				if cols[i].Align == "J" && loose(phrase) {
					continue // may break to justify its line (TestJustifiedCellsLeaveNoRaggedLines)
				}
				if d.width(phrase)+2*pg.CellPadding > widths[i]+0.01 {
					t.Errorf("%s col %q: %.1f mm wide, too narrow for %q", name, cols[i].Header, widths[i], phrase)
					continue
				}
				whole := false
				for _, l := range lines {
					whole = whole || strings.Contains(l, phrase)
				}
				if !whole {
					t.Errorf("%s row %d col %q: %q broken across %q", name, r+1, cols[i].Header, phrase, lines)
				}
			}
			for j := 0; j+1 < len(lines); j++ {
				if strings.HasSuffix(strings.ToLower(lines[j]), "quý") && roman.MatchString(lines[j+1]) {
					t.Errorf("%s row %d col %q: %q / %q", name, r+1, cols[i].Header, lines[j], lines[j+1])
				}
			}
		}
	}
}

func TestSeedTablesKeepPhrasesWhole(t *testing.T) {
	p := seedProgramme(t)
	d := titleDoc(t, "", 12)
	if err := d.section(DefaultPage(true)); err != nil {
		t.Fatal(err)
	}
	checkCellsKeepPhrases(t, "annex", d, annexTableColumns(p.Annex.Columns), annexRows(p.Annex.Rows))

	r := sampleReview(t)
	o := handOptions()
	o.Page, o.AppendixPage = DefaultPage(false), DefaultPage(true)
	tt, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	o.Templates = tt
	set := modelTables(t, r, o)
	for _, c := range []struct {
		table string
		page  Page
	}{{"items", o.AppendixPage}, {"duenext", o.Page}, {"overdue", o.Page}, {"areas", o.Page}} {
		if err := d.section(c.page); err != nil {
			t.Fatal(err)
		}
		cols, rows := tableOf(set[c.table])
		checkCellsKeepPhrases(t, "report "+c.table, d, cols, rows)
	}
}

// TestSeedPDFsNeverEndALineOnQuy reads both seed documents as pdftotext lays
// them out: "quý" followed by a column gap or the line's end is a quarter
// broken inside a cell.
func TestSeedPDFsNeverEndALineOnQuy(t *testing.T) {
	needTool(t, "pdftotext")
	p := seedProgramme(t)
	var annex strings.Builder
	if err := Annex(&annex, p, AnnexOptions{Date: program.Date{Year: 2021, Month: 6, Day: 30}}); err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	if err := reportOf(&report, sampleReview(t), handOptions()); err != nil {
		t.Fatal(err)
	}
	broken := regexp.MustCompile(`(?i)\bquý(?: {2,}|$)`)
	for name, pdf := range map[string]string{"danh-muc.pdf": annex.String(), "bao-cao.pdf": report.String()} {
		path := writeTemp(t, name, []byte(pdf))
		for n, line := range strings.Split(run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-"), "\n") {
			if broken.MatchString(line) {
				t.Errorf("%s line %d ends a cell line on quý: %q", name, n+1, line)
			}
		}
	}
}

// TestProtectedSpansKeysMissNoMatch: the keywords that let protectedSpans
// skip an expression must never skip a text it matches, in any case.
func TestProtectedSpansKeysMissNoMatch(t *testing.T) {
	p := seedProgramme(t)
	texts := []string{
		"tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý II năm 2021",
		"TÌNH HÌNH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU QUÝ I VÀ QUÝ II/2021",
		"(số liệu tính đến ngày 30 tháng 6 năm 2021), ngày 02-4-2021 của Tỉnh ủy, Đại hội XI, khóa XII, khoá XI, nhiệm kỳ 2020-2025, GIAI ĐOẠN 2021-2025, ĐẢNG ỦY",
		// Characters case-insensitive matching folds otherwise than
		// lower-casing does: the long s and the Kelvin sign match s and k.
		"Báo cáo ſố 07-CTr/TU, ĐẢNG ỦY, quý Ⅳ-2021 và quý II năm 2021 – \u212ahóa XI",
		"Sơ kết Chương trình hành động số 47-CTr/TU quý III-2021 của Tỉnh ủy",
	}
	for _, r := range p.Annex.Rows {
		texts = append(texts, r.AgencyText, r.Title, r.Deadline.Text, strings.ToUpper(r.Title))
	}
	matched := 0
	for _, text := range texts {
		var all [][]int
		for _, ph := range protectedPhrases {
			all = append(all, ph.fold().FindAllStringIndex(text, -1)...)
		}
		matched += len(all)
		if got := protectedSpans(text); fmt.Sprint(got) != fmt.Sprint(all) {
			t.Errorf("%q: spans %v through the keywords and lower case, %v matching without case", text, got, all)
		}
	}
	if matched < 50 {
		t.Errorf("only %d phrases in the sample texts: the test checks too little", matched)
	}
}

// TestSplitCellLosesNothing wraps the seed's cells at widths from far too
// narrow to wide: every rune comes back in order and no line of more than
// one word is wider than the cell.
func TestSplitCellLosesNothing(t *testing.T) {
	p := seedProgramme(t)
	d := titleDoc(t, "", 12)
	d.setCellMargin(1.5)
	for _, r := range p.Annex.Rows {
		for _, text := range []string{r.AgencyText, r.Title, r.Deadline.Text} {
			want := strings.Join(strings.Fields(text), "")
			for w := 1.0; w <= 120; w += 7 {
				lines := d.splitCell(text, w)
				if got := strings.ReplaceAll(strings.Join(lines, ""), " ", ""); got != want {
					t.Fatalf("width %.0f: %q gives %q", w, text, lines)
				}
				for _, l := range lines {
					if strings.Contains(l, " ") && !d.fitsLine(l, w-3) {
						t.Errorf("width %.0f: line %q overflows", w, l)
					}
				}
			}
		}
	}
}

// loose reports a phrase only loose protected phrases match whole.
func loose(phrase string) bool {
	for _, p := range protectedPhrases {
		if m := p.fold().FindStringIndex(phrase); m != nil && m[0] == 0 && m[1] == len(phrase) {
			return p.loose
		}
	}
	return false
}

// TestFoldsSimply: every character foldsSimply accepts lowers to a
// character of its own length, and to the same one as every accepted
// character case-insensitive matching equates it with, so on accepted
// text the lower-case expressions find what the case-insensitive ones find.
func TestFoldsSimply(t *testing.T) {
	accepted := 0
	for r := rune(1); r < 0x3000; r++ {
		if r >= 0xD800 && r < 0xE000 || !foldsSimply(string(r)) {
			continue
		}
		accepted++
		l := unicode.ToLower(r)
		if utf8.RuneLen(l) != utf8.RuneLen(r) {
			t.Errorf("%U lowers to %U of another length", r, l)
		}
		for m := unicode.SimpleFold(r); m != r; m = unicode.SimpleFold(m) {
			if foldsSimply(string(m)) && unicode.ToLower(m) != l {
				t.Errorf("%U folds with %U, which lowers to %U, not %U", r, m, unicode.ToLower(m), l)
			}
		}
	}
	if accepted < 1000 {
		t.Errorf("only %d characters accepted", accepted)
	}
	for _, s := range []string{"ſố", "\u212a", "İ", "ẞ"} {
		if foldsSimply(s) {
			t.Errorf("%q accepted", s)
		}
	}
}
