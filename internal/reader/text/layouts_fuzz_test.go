package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzLayouts runs every table reader of this file set at every line of
// any input: none may panic, loop, report when it says no, or return a
// table whose cells fall outside its grid or its input.
func FuzzLayouts(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		// the first lines only: each run tries every reader at every line
		lines := strings.SplitAfter(string(b), "\n")
		f.Add(strings.Join(lines[:min(len(lines), 40)], ""))
	}
	f.Add("┌─┬─┐\n│a│b│\n├─┴─┤\n│ c │\n└───┘\n")
	f.Add("+--+--+\n|1 |a |\n+  +--+\n|  |b |\n+--+--+\n")
	f.Add("TT\nA\nB\n1\n\n\n2\nx\n")
	readers := map[string]tableReader{"box": readBoxGrid, "plus": readPlusGrid, "cellperline": readCellPerLine, "aligned": readAligned}
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 1<<13 {
			return
		}
		lines := strings.Split(s, "\n")
		for name, read := range readers {
			for at := range lines {
				tb, next, diags, ok := read("f", lines, at)
				if !ok {
					if len(diags) != 0 {
						t.Fatalf("%s at %d: said no but reported %v", name, at, diags)
					}
					continue
				}
				if next <= at || next > len(lines) {
					t.Fatalf("%s at %d: next = %d of %d lines", name, at, next, len(lines))
				}
				checkTable(t, tb, len(lines))
				for _, d := range diags {
					if d.Pos.Line < 1 || d.Pos.Line > len(lines) {
						t.Fatalf("%s: diagnostic outside the input: %v", name, d)
					}
				}
			}
		}
	})
}
