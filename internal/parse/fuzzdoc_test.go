package parse

import (
	"fmt"
	"testing"

	"baocao/internal/document"
	"baocao/internal/source"
)

// docFromBytes builds a document of the shapes the Word and PDF readers
// give (tables with spans reaching anywhere, empty cells and paragraphs,
// repeated headers) from fuzzer bytes: each byte picks the next piece.
func docFromBytes(data []byte) *document.Document {
	words := []string{"TT", "Cơ quan chủ trì", "Nội dung", "Thời gian hoàn thành", "Cơ quan phối hợp", "Sản phẩm", "Ghi chú",
		"1", "1.1", "a", "I", "A. KHỐI ĐẢNG", "", "Đề án du lịch", "Kế hoạch A", "quý II-2021", "UBND tỉnh", "(1)",
		"II- NHIỆM VỤ", "1. Về kinh tế", "- Xây dựng Đề án du lịch", "Ghi chú: đề ra 01 phần việc", "T/M TỈNH ỦY", "Nơi nhận:"}
	d := &document.Document{Name: "f.docx", Format: "docx"}
	n := 0
	pos := func() source.Pos { n++; return source.Pos{File: d.Name, Line: n, Where: fmt.Sprintf("place %d", n)} }
	next := func(i *int) int {
		if *i >= len(data) {
			return 0
		}
		*i++
		return int(data[*i-1])
	}
	for i := 0; i < len(data); {
		op := next(&i)
		if op%3 != 0 {
			p := &document.Paragraph{Pos: pos(), Heading: op % 2}
			for k := next(&i) % 3; k >= 0; k-- {
				w := next(&i)
				p.Runs = append(p.Runs, document.Run{Text: words[w%len(words)], Bold: w&64 != 0, Italic: w&128 != 0})
			}
			d.Blocks = append(d.Blocks, document.Block{Para: p, Gap: op&8 != 0})
			continue
		}
		t := &document.Table{Cols: next(&i) % 8, Pos: pos()}
		for r := next(&i) % 6; r >= 0; r-- {
			row := document.Row{Pos: pos(), Header: next(&i)%4 == 0}
			for c := next(&i) % 7; c >= 0; c-- {
				w := next(&i)
				cell := document.PlainCell(words[w%len(words)], next(&i)%9-1, pos())
				cell.ColSpan, cell.RowSpan = next(&i)%4, next(&i)%4
				if w&128 != 0 {
					cell.Paras = append(cell.Paras, document.Paragraph{Runs: []document.Run{{Text: words[(w/3)%len(words)]}}, Pos: pos()})
				}
				row.Cells = append(row.Cells, cell)
			}
			t.Rows = append(t.Rows, row)
		}
		d.Blocks = append(d.Blocks, document.Block{Table: t, Gap: op&8 != 0})
	}
	return d
}

// FuzzParseDocument: any document a reader could give parses without a
// panic, and diagnostics keep the places the document gave.
func FuzzParseDocument(f *testing.F) {
	f.Add([]byte{3, 4, 2, 0, 0, 0, 0, 1, 0, 1, 1, 0, 2, 0, 1, 1, 0, 3, 0, 1, 1, 3, 1, 7, 0, 1, 1, 0, 16, 0, 1, 1, 0, 13, 0, 1, 1, 0, 15, 0, 1, 1})
	f.Add([]byte{1, 0, 18, 1, 0, 19, 1, 0, 20, 3, 5, 3, 0, 4, 0, 0, 1, 1, 11, 0, 5, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		d := docFromBytes(data)
		p, diags := ParseDocument(d)
		for _, x := range diags {
			if x.Code == "internal" {
				t.Fatalf("recovered panic: %v", x)
			}
			if x.Pos.File != d.Name || x.Pos.Line < 0 || x.Pos.Line > 100000 {
				t.Fatalf("diagnostic %v", x)
			}
		}
		if p == nil && !diags.HasErrors() {
			t.Fatal("no programme and no error saying why")
		}
	})
}
