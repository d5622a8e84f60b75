package text

import (
	"testing"

	"baocao/internal/document"
	"baocao/internal/source"
)

// TestTookNext: a cell whose every line starts at the next column's edge,
// beside a next cell whose text starts off its edge, was cut out of the
// next column ("Ban" / "giáo" of "Ban Tuyên giáo Huyện ủy" filling an
// empty Sản phẩm); a cell at its own edge, or beside a next cell at its
// edge, was not.
func TestTookNext(t *testing.T) {
	cell := func(text string, cols ...int) document.Cell {
		c := document.Cell{ColSpan: 1, RowSpan: 1}
		for _, col := range cols {
			c.Paras = append(c.Paras, document.Paragraph{Runs: []document.Run{{Text: text}}, Pos: source.Pos{Line: 1, Col: col}})
		}
		return c
	}
	const edge, nextEdge = 36, 47
	for _, tc := range []struct {
		name       string
		cell, next document.Cell
		want       bool
	}{
		{"cut through the next column", cell("Ban", 47, 47), cell("Tuyên", 51, 52), true},
		{"its own text", cell("Quy chế", 36), cell("UBND huyện", 47), false},
		{"next at its edge", cell("Kế hoạch", 47), cell("UBND huyện", 47), false},
		{"one line at its own edge", cell("Kế hoạch", 47, 36), cell("Tuyên", 51), false},
		{"empty cell", document.Cell{}, cell("UBND huyện", 51), false},
	} {
		if got := tookNext(tc.cell, tc.next, edge, nextEdge); got != tc.want {
			t.Errorf("%s: tookNext = %v, want %v", tc.name, got, tc.want)
		}
	}
	rows := []document.Row{}
	for range 3 {
		rows = append(rows, document.Row{Cells: []document.Cell{cell("1", 1), cell("Kế hoạch", 36), cell("UBND", 47)}})
	}
	rows = append(rows, document.Row{Cells: []document.Cell{cell("4", 1), cell("Đề án", 37), cell("Sở", 47)}})
	for i := range rows {
		for j := range rows[i].Cells {
			rows[i].Cells[j].Col = j
		}
	}
	if got := columnEdges(rows, 3); got[0] != 1 || got[1] != 36 || got[2] != 47 {
		t.Errorf("columnEdges = %v, want [1 36 47]", got)
	}
}
