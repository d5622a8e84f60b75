package text

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"baocao/internal/document"
	"baocao/internal/source"
)

// dumpTable prints a table for golden files: one line per row, then one
// line per cell with its grid place, span, position and paragraphs.
func dumpTable(t *document.Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "table %d cols, %d rows @%d:%d\n", t.Cols, len(t.Rows), t.Pos.Line, t.Pos.Col)
	for r, row := range t.Rows {
		h := ""
		if row.Header {
			h = " header"
		}
		fmt.Fprintf(&b, "row %d @%d%s\n", r+1, row.Pos.Line, h)
		for _, c := range row.Cells {
			fmt.Fprintf(&b, "  c%d", c.Col)
			if c.ColSpan != 1 || c.RowSpan != 1 {
				fmt.Fprintf(&b, " span %dx%d", c.ColSpan, c.RowSpan)
			}
			fmt.Fprintf(&b, " @%d:%d", c.Pos.Line, c.Pos.Col)
			for _, p := range c.Paras {
				fmt.Fprintf(&b, " | %s", p.Text())
				if p.Pos.Line != c.Pos.Line || p.Pos.Col != c.Pos.Col {
					fmt.Fprintf(&b, " @%d:%d", p.Pos.Line, p.Pos.Col)
				}
			}
			b.WriteByte('\n')
		}
	}
	return b.String()
}

func dumpDiags(d source.Diagnostics) string {
	var b strings.Builder
	for _, x := range d {
		fmt.Fprintf(&b, "%s [%s]\n", x, x.Code)
	}
	return b.String()
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	txt, _, err := source.Decode(name, data)
	if err != nil {
		t.Fatal(err)
	}
	return txt.Lines
}

// scanTables runs one reader over every line the way the package core
// does: the first line it accepts starts a table, reading resumes after it.
func scanTables(name string, lines []string, read tableReader) (string, source.Diagnostics) {
	var b strings.Builder
	var all source.Diagnostics
	for i := 0; i < len(lines); {
		t, next, diags, ok := read(name, lines, i)
		if !ok {
			if len(diags) != 0 {
				panic(fmt.Sprintf("line %d: a reader that said no reported %v", i+1, diags))
			}
			i++
			continue
		}
		if next <= i {
			panic(fmt.Sprintf("line %d: reader did not advance (next %d)", i+1, next))
		}
		fmt.Fprintf(&b, "lines %d-%d: ", i+1, next)
		b.WriteString(dumpTable(t))
		all = append(all, diags...)
		i = next
	}
	return b.String(), all
}

// checkTable asserts the invariants every reader's table must keep.
func checkTable(t testing.TB, tb *document.Table, nLines int) {
	t.Helper()
	if tb.Cols < 1 {
		t.Fatalf("table with %d columns", tb.Cols)
	}
	for r, row := range tb.Rows {
		for _, c := range row.Cells {
			if c.Col < 0 || c.ColSpan < 1 || c.RowSpan < 1 || c.Col+c.ColSpan > tb.Cols || r+c.RowSpan > len(tb.Rows) {
				t.Fatalf("row %d: cell out of the grid: col %d span %dx%d of %d cols, %d rows", r, c.Col, c.ColSpan, c.RowSpan, tb.Cols, len(tb.Rows))
			}
			if c.Pos.Line < 1 || c.Pos.Line > nLines || c.Pos.Col < 1 {
				t.Fatalf("cell position %v outside the input of %d lines", c.Pos, nLines)
			}
			for _, p := range c.Paras {
				if p.Pos.Line < 1 || p.Pos.Line > nLines || strings.Contains(p.Text(), "\n") {
					t.Fatalf("paragraph %q at %v", p.Text(), p.Pos)
				}
			}
		}
	}
}
