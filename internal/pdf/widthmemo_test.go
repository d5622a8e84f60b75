package pdf

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// The memo's widths are the measured ones: on generated tables, their
// variants (a cell changed, a row more or fewer, other headers, another
// page, another total) and the same tables again, columnWidths with the
// memo (the threshold lowered so every table uses it) gives exactly what
// measureColumnWidths gives, and leaves the same face selected.
func TestColumnWidthsMemoIsMeasured(t *testing.T) {
	old := memoMinRows
	memoMinRows = 1
	defer func() { memoMinRows = old }()
	p := generatedProgramme(t, 300)
	base := annexRows(p.Annex.Rows)
	cols := annexTableColumns(p.Annex.Columns)
	rng := rand.New(rand.NewPCG(12, 34))
	words := strings.Fields("Đề án số 07-CTr/TU quý II-2021 giai đoạn 2021-2025 Tỉnh ủy chương trình hành động ngày 02-4-2021 Ban Tuyên giáo x")
	variant := func() [][]string {
		n := 1 + rng.IntN(len(base))
		rows := make([][]string, n)
		for i := range rows {
			rows[i] = slices.Clone(base[rng.IntN(len(base))])
		}
		for range rng.IntN(3) {
			r := rows[rng.IntN(n)]
			c := rng.IntN(len(r))
			r[c] += " " + strings.Repeat(words[rng.IntN(len(words))]+" ", 1+rng.IntN(8))
		}
		if rng.IntN(5) == 0 {
			rows[0] = rows[0][:rng.IntN(len(rows[0]))] // a short row
		}
		return rows
	}
	tables := [][][]string{base, base[:len(base)-1], base[1:]}
	for range 30 {
		tables = append(tables, variant())
	}
	otherCols := slices.Clone(cols)
	otherCols[3] = column{"Thời gian hoàn thành theo kế hoạch", "C"}
	pages := []Page{DefaultPage(true), DefaultPage(false)}
	pages[1].TableSize = 11
	for round := range 2 { // the second round hits what the first kept
		for ti, rows := range tables {
			for pi, pg := range pages {
				for _, cs := range [][]column{cols, otherCols} {
					d, err := newDocument(pg, DefaultFonts(), docInfo{Title: "memo", Date: p.Date})
					if err != nil {
						t.Fatal(err)
					}
					for _, total := range []float64{pg.textWidth(), pg.textWidth() * 0.8} {
						want := d.measureColumnWidths(cs, rows, total)
						wantStyle, wantSize := d.style, d.size
						d.setFont("I", 9)
						got := d.columnWidths(cs, rows, total)
						if !slices.Equal(got, want) {
							t.Fatalf("round %d, table %d, page %d, total %.1f: memo %v, measured %v", round, ti, pi, total, got, want)
						}
						if d.style != wantStyle || d.size != wantSize || d.m.style != wantStyle || d.m.sizePt != wantSize {
							t.Fatalf("round %d, table %d: face %q %.1f after the memo, %q %.1f after measuring", round, ti, d.style, d.size, wantStyle, wantSize)
						}
						got[0] = -1 // the caller's copy: the memo keeps its own
					}
				}
			}
		}
	}
}

// A table changed after its widths were kept is measured again: the memo
// keeps its own copy of the cells.
func TestColumnWidthsMemoCopiesTheCells(t *testing.T) {
	old := memoMinRows
	memoMinRows = 1
	defer func() { memoMinRows = old }()
	p := seedProgramme(t)
	d, err := newDocument(DefaultPage(true), DefaultFonts(), docInfo{Title: "memo", Date: p.Date})
	if err != nil {
		t.Fatal(err)
	}
	cols := annexTableColumns(p.Annex.Columns)
	rows := annexRows(p.Annex.Rows)
	total := d.page.textWidth()
	before := d.columnWidths(cols, rows, total)
	rows[0][3] = "Hoàn thành trong " + strings.Repeat("quý-IV-2021-", 6) // a word wider than the column
	after := d.columnWidths(cols, rows, total)
	if want := d.measureColumnWidths(cols, rows, total); !slices.Equal(after, want) {
		t.Fatalf("after the cell changed: memo %v, measured %v", after, want)
	}
	if slices.Equal(before, after) {
		t.Error("the changed cell did not change the widths: the test shows nothing")
	}
}
