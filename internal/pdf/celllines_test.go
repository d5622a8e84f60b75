package pdf

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// A table's cells taken from cellLines are the cells wrapped anew: rows
// drawn from a generated annex and the seed, with texts repeated in their
// own and in other columns, and spaces doubled, give the same lines
// through one memo as splitRow gives each row alone; and the memo is used.
func TestCellLinesIsSplitRow(t *testing.T) {
	p := generatedProgramme(t, 400)
	rows := annexRows(p.Annex.Rows)
	rows = append(rows, annexRows(seedProgramme(t).Annex.Rows)...)
	rng := rand.New(rand.NewPCG(3, 4))
	var texts []string
	for _, r := range rows {
		texts = append(texts, r...)
	}
	for range 400 { // texts moved to other columns, spaced otherwise
		r := slices.Clone(rows[rng.IntN(len(rows))])
		r[rng.IntN(len(r))] = texts[rng.IntN(len(texts))]
		if rng.IntN(3) == 0 {
			r[1] = "  " + r[1] + "  "
		}
		rows = append(rows, r)
	}
	cols := annexTableColumns(nil)
	d, err := newDocument(DefaultPage(true), DefaultFonts(), docInfo{Title: "cells", Date: p.Date})
	if err != nil {
		t.Fatal(err)
	}
	widths := d.columnWidths(cols, rows, d.page.textWidth())
	d.setCellMargin(d.page.CellPadding)
	d.setFont("", d.page.TableSize)
	wrapped := newCellLines(len(widths))
	for round := range 2 {
		for i, row := range rows {
			got, want := d.splitRowIn(row, widths, cols, wrapped), d.splitRow(row, widths, cols)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Fatalf("round %d, row %d %q:\n got %q\nwant %q", round, i, row, got, want)
			}
		}
	}
	cells := 0
	for _, r := range rows {
		cells += len(r)
	}
	if len(wrapped.lines) == 0 || len(wrapped.lines) >= cells {
		t.Errorf("%d cells kept for %d cells: the memo is not used", len(wrapped.lines), cells)
	}
	if wrapped.kept(2) || !wrapped.kept(1) || !wrapped.kept(3) {
		t.Errorf("columns kept: titles %v, agencies %v, deadlines %v; want the titles alone dropped (hits %v, misses %v)",
			wrapped.kept(2), wrapped.kept(1), wrapped.kept(3), wrapped.hits, wrapped.misses)
	}
}
