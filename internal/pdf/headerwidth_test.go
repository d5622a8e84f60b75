package pdf

import (
	"strings"
	"testing"
	"time"

	"baocao/internal/program"
	"baocao/templates"
)

// seedTable is one table of the seed's annex or report, as laid out.
type seedTable struct {
	name string
	t    tableLayout
}

// seedTables lays out every table the seed's annex and quarterly report
// print, each on the page it is printed on.
func seedTables(t *testing.T) []seedTable {
	t.Helper()
	date := program.NewDate(2021, time.June, 30)
	lay := func(pg Page, cols []column, rows [][]string) tableLayout {
		d, err := newDocument(pg, DefaultFonts(), docInfo{Title: "widths", Date: date})
		if err != nil {
			t.Fatal(err)
		}
		if err := d.section(pg); err != nil {
			t.Fatal(err)
		}
		return d.layoutTable(cols, rows)
	}
	p := seedProgramme(t)
	out := []seedTable{{"annex", lay(DefaultPage(true), annexTableColumns(p.Annex.Columns), annexRows(p.Annex.Rows))}}

	r := sampleReview(t)
	o := handOptions()
	tmpl, err := templates.Load("")
	if err != nil {
		t.Fatal(err)
	}
	o.Templates = tmpl
	set := modelTables(t, r, o)
	for _, name := range []string{"areas", "agencies", "kinds", "overdue", "duenext", "items"} {
		pg := DefaultPage(false)
		if name == "items" {
			pg = DefaultPage(true) // the appendix
		}
		cols, rows := tableOf(set[name])
		if len(rows) == 0 {
			t.Fatalf("seed report: table %s has no rows", name)
		}
		out = append(out, seedTable{name, lay(pg, cols, rows)})
	}
	return out
}

// TestSeedTableHeadersWrapAtSpaces: a header's width demand is its longest
// word, so headers wrap, but only at spaces, to at most three lines in the
// seed's tables, and a summary table's never one word a line (a two-word
// "Thời / hạn" elsewhere is left as it was). The tally tables' six status
// columns of "Đã hoàn thành đúng hạn" in three lines would leave the label
// column one word a line (tried: 20 mm, rows of nine lines), so their
// figures' headings are set vertically in one or two lines.
func TestSeedTableHeadersWrapAtSpaces(t *testing.T) {
	summary := map[string]bool{"areas": true, "agencies": true, "kinds": true}
	for _, st := range seedTables(t) {
		for i, c := range st.t.cols {
			lines := st.t.header[i]
			if got := strings.Join(lines, " "); got != strings.Join(strings.Fields(c.Header), " ") {
				t.Errorf("%s: header %q wraps inside a word: %q", st.name, c.Header, lines)
			}
			if len(lines) > 3 {
				t.Errorf("%s: header %q takes %d lines: %q", st.name, c.Header, len(lines), lines)
			}
			// A heading of several words set one word a line reads as a
			// column of words (the tally tables' "Đã / hoàn / thành /
			// đúng / hạn"): those headings are vertical now.
			if words := len(strings.Fields(c.Header)); summary[st.name] && words > 1 && len(lines) == words {
				t.Errorf("%s: header %q is set one word a line: %q", st.name, c.Header, lines)
			}
		}
		if st.name == "areas" || st.name == "agencies" { // kinds' labels are short
			// The label column gets the room the status columns give up.
			if w := st.t.widths[1]; w < 45 {
				t.Errorf("%s: label column %.1f mm, want at least 45 mm; widths %.1f", st.name, w, st.t.widths)
			}
		}
	}
}

// TestOverdueTitleColumnIsNotStarved: in the seed's one-row overdue table
// the title ("Kế hoạch chỉ đạo thực hiện các giải pháp phòng ngừa tham
// nhũng, lãng phí trên địa bàn tỉnh Kiên Giang") wrapped to four lines in
// ~50 mm while "Hạn hoàn thành" and "Số ngày quá hạn" kept their headers
// wide. Short-content columns give way to the title (three lines) and
// their headers take two lines each.
func TestOverdueTitleColumnIsNotStarved(t *testing.T) {
	for _, st := range seedTables(t) {
		if st.name != "overdue" {
			continue
		}
		lines := (st.t.firstH - 2*DefaultPage(false).CellPaddingY) / DefaultPage(false).TableLineHeight
		if lines > 3.01 || st.t.headerLines > 2 {
			t.Errorf("overdue row is %.0f lines tall (want 3 at most), header %d (want 2 at most); widths %.1f mm, headers %q",
				lines, st.t.headerLines, st.t.widths, st.t.header)
		}
		return
	}
	t.Fatal("no overdue table in the seed report")
}

// TestWidthInLinesIsTheWidestRunOfTheBestCut: "Số ngày quá hạn" in two
// lines is "Số ngày" / "quá hạn", in one line the whole, and in more lines
// than words its widest word.
func TestWidthInLinesIsTheWidestRunOfTheBestCut(t *testing.T) {
	pg := DefaultPage(false)
	d, err := newDocument(pg, DefaultFonts(), docInfo{Title: "widths", Date: program.NewDate(2021, time.June, 30)})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.section(pg); err != nil {
		t.Fatal(err)
	}
	d.setFont("B", pg.TableHeaderSize)
	near := func(a, b float64) bool { return a-b < 0.001 && b-a < 0.001 }
	s := "Số ngày quá hạn"
	if got, want := d.widthInLines(s, 1), d.width(s); !near(got, want) {
		t.Errorf("one line: %.3f, want %.3f", got, want)
	}
	if got, want := d.widthInLines(s, 2), max(d.width("Số ngày"), d.width("quá hạn")); !near(got, want) {
		t.Errorf("two lines: %.3f, want %.3f", got, want)
	}
	if got, want := d.widthInLines(s, 9), d.width("ngày"); !near(got, want) {
		t.Errorf("nine lines: %.3f, want the widest word %.3f", got, want)
	}
	if got := d.widthInLines("", 3); got != 0 {
		t.Errorf("empty header: %.3f, want 0", got)
	}
}

// TestNoHeadingOneWordALine: a table heading of two words or more is never
// set one word a line (the due-next table's "Thời" / "hạn", ND30 review);
// vertical headings stack their lines across the column and are exempt.
func TestNoHeadingOneWordALine(t *testing.T) {
	for _, st := range seedTables(t) {
		for i, c := range st.t.cols {
			lines := st.t.header[i]
			if c.Align == "V" || len(lines) < 2 {
				continue
			}
			single := true
			for _, l := range lines {
				single = single && len(strings.Fields(l)) == 1
			}
			if single {
				t.Errorf("table %s: heading %q set one word a line: %q", st.name, c.Header, lines)
			}
		}
	}
}
