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

// TestBrokenWord covers the tokens a narrow cell breaks without a space
// (dates, years, references, compounds) and the line ends that are word
// boundaries and must keep their space.
func TestBrokenWord(t *testing.T) {
	for _, c := range []struct {
		prev, next string
		want       bool
	}{
		{"Trước 31/12/202", "3", true},
		{"Quý", "II/2023", false},
		{"Quý II/202", "3", true},
		{"Quý II/20", "23", true},
		{"Trước 31/12/", "2023", true},
		{"Quyết định số 123/", "QĐ-UBND", true},
		{"giai đoạn 2021-", "2025", true},
		{"Sở Lao động -", "Thương binh và Xã hội", false},
		{"Tháng", "6/2023", false},
		{"Tháng 6/2023", "2024", false},       // a full year: two milestones, not one token
		{"Quý II/202", "34 xã", false},        // five digits would be no year
		{"đến năm 2025", "và các năm", false}, // digits without a slash end a word
		{"số 12/", "(kèm theo)", false},
		{"/", "2023", false},
	} {
		if got := BrokenWord(c.prev, c.next); got != c.want {
			t.Errorf("BrokenWord(%q, %q) = %v, want %v", c.prev, c.next, got, c.want)
		}
	}
}

// TestCellJoinsBrokenWord checks Text and Lines rejoin a word a wrap broke,
// and only on a wrapped line: a line break the author typed keeps its space.
func TestCellJoinsBrokenWord(t *testing.T) {
	para := func(s string, wrap bool) Paragraph { return Paragraph{Runs: []Run{{Text: s}}, Wrap: wrap} }
	c := &Cell{Paras: []Paragraph{para("Trước", false), para("31/12/202", true), para("3", true)}}
	if got := c.Text(); got != "Trước 31/12/2023" {
		t.Errorf("Text() = %q", got)
	}
	if got := c.Lines(); len(got) != 1 || got[0] != "Trước 31/12/2023" {
		t.Errorf("Lines() = %q", got)
	}
	typed := &Cell{Paras: []Paragraph{para("Quý II/202", false), para("3", false)}}
	if got := typed.Text(); got != "Quý II/202 3" {
		t.Errorf("typed break: Text() = %q", got)
	}
}
