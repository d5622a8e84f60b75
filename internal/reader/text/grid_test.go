package text

import (
	"strings"
	"testing"

	"baocao/internal/golden"
)

func TestBoxGridAnnex(t *testing.T) {
	lines := readLines(t, "box-annex.txt")
	got, diags := scanTables("box-annex.txt", lines, readBoxGrid)
	golden.Check(t, "box-annex.golden", []byte(got+dumpDiags(diags)))
}

func TestPlusGridAnnex(t *testing.T) {
	lines := readLines(t, "plusgrid-annex.txt")
	got, diags := scanTables("plusgrid-annex.txt", lines, readPlusGrid)
	golden.Check(t, "plusgrid-annex.golden", []byte(got+dumpDiags(diags)))
}

// The box and +---+ samples draw the same table: the readers must agree.
func TestGridStylesAgree(t *testing.T) {
	box, _ := scanTables("x", readLines(t, "box-annex.txt"), readBoxGrid)
	plus, _ := scanTables("x", readLines(t, "plusgrid-annex.txt"), readPlusGrid)
	if box != plus {
		t.Errorf("box and plus grids differ:\n%s", golden.Diff([]byte(box), []byte(plus)))
	}
	if !strings.Contains(box, "span 5x1") || !strings.Contains(box, "span 2x1") {
		t.Errorf("column spans not found:\n%s", box)
	}
}

func TestGridSmallCases(t *testing.T) {
	cases := []struct {
		name  string
		read  tableReader
		lines []string
		want  string
	}{
		{"double lines", readBoxGrid, []string{
			"╔════╦═══════════╗",
			"║ TT ║ Nội dung  ║",
			"╠════╬═══════════╣",
			"║ 1  ║ Đề án A   ║",
			"╠════╬═══════════╣",
			"║ 2  ║ Kế hoạch  ║",
			"║    ║ B         ║",
			"╚════╩═══════════╝",
		}, "table 2 cols, 3 rows @1:1\nrow 1 @2\n  c0 @2:3 | TT\n  c1 @2:8 | Nội dung\nrow 2 @4\n  c0 @4:3 | 1\n  c1 @4:8 | Đề án A\nrow 3 @6\n  c0 @6:3 | 2\n  c1 @6:8 | Kế hoạch | B @7:8\n"},
		{"row span, indented", readPlusGrid, []string{
			"  +---+-------+-----+",
			"  | 1 | a     | x   |",
			"  +   +-------+-----+",
			"  |   | b     | y   |",
			"  +---+-------+-----+",
		}, "table 3 cols, 2 rows @1:3\nrow 1 @2\n  c0 span 1x2 @2:5 | 1\n  c1 @2:9 | a\n  c2 @2:17 | x\nrow 2 @4\n  c1 @4:9 | b\n  c2 @4:17 | y\n"},
		{"unclosed", readPlusGrid, []string{
			"+---+---+",
			"| 1 | a |",
			"| 2 | b |",
			"Tiếp theo",
		}, "table 2 cols, 2 rows @1:1\nrow 1 @2\n  c0 @2:3 | 1\n  c1 @2:7 | a\nrow 2 @3\n  c0 @3:3 | 2\n  c1 @3:7 | b\nx:3:1: warning: +---+ table is not closed by a rule: expected a bottom line such as +---+---+ [grid-unclosed]\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tb, next, diags, ok := c.read("x", c.lines, 0)
			if !ok {
				t.Fatal("not read")
			}
			checkTable(t, tb, len(c.lines))
			if got := dumpTable(tb) + dumpDiags(diags); got != c.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, c.want)
			}
			if c.name != "unclosed" && next != len(c.lines) {
				t.Errorf("next = %d", next)
			}
		})
	}
}

// Lines that only look like part of a grid are not tables.
func TestGridRefusals(t *testing.T) {
	for _, lines := range [][]string{
		{"+-----+", "| one |", "+-----+"}, // one cell: a frame, not a table
		{"----------", "text"},            // a rule alone
		{"a + b = c", "| x | y |"},        // prose
		{"┌──┬──┐"},                       // a rule without rows
		{"+--+--+", "+--+--+"},            // no content
	} {
		for _, read := range []tableReader{readBoxGrid, readPlusGrid} {
			if tb, _, diags, ok := read("x", lines, 0); ok || diags != nil {
				t.Errorf("%q read as %v, %v", lines, tb, diags)
			}
		}
	}
}
