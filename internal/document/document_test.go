package document

import (
	"testing"

	"baocao/internal/source"
)

type sourcePos = source.Pos

func TestGridCoversSpans(t *testing.T) {
	tb := Table{Cols: 3, Rows: []Row{
		{Cells: []Cell{PlainCell("I. Group", 0, posAt(1))}},
		{Cells: []Cell{PlainCell("1", 0, posAt(2)), {Paras: []Paragraph{{Runs: []Run{{Text: "merged"}}}}, Col: 1, ColSpan: 1, RowSpan: 2}, PlainCell("q2", 2, posAt(2))}},
		{Cells: []Cell{PlainCell("2", 0, posAt(3)), PlainCell("q3", 2, posAt(3))}},
	}}
	tb.Rows[0].Cells[0].ColSpan = 3
	g := tb.Grid()
	if g[0][0] != g[0][2] || g[0][1].Text() != "I. Group" {
		t.Fatalf("column span not spread: %v", g[0])
	}
	if g[1][1] != g[2][1] || g[2][1].Text() != "merged" {
		t.Fatalf("row span not spread: %v %v", g[1][1], g[2][1])
	}
	if g[2][2].Text() != "q3" {
		t.Fatalf("cell after a covered position misplaced: %q", g[2][2].Text())
	}
	bad := Table{Cols: 2, Rows: []Row{{Cells: []Cell{{Col: 5, ColSpan: 3, RowSpan: 9}, {Col: -1}}}}}
	_ = bad.Grid() // must not panic
}

func TestCellTextJoinsParagraphs(t *testing.T) {
	c := Cell{Paras: []Paragraph{{Runs: []Run{{Text: " Quý I và "}}}, {}, {Runs: []Run{{Text: "quý II năm ", Bold: true}, {Text: "2022"}}}}}
	if got := c.Text(); got != "Quý I và quý II năm 2022" {
		t.Fatalf("Text = %q", got)
	}
	if got := c.Lines(); len(got) != 2 {
		t.Fatalf("Lines = %q", got)
	}
}

func posAt(line int) sourcePos { return sourcePos{File: "t", Line: line} }
