package text

import (
	"fmt"
	"strings"
	"testing"

	"baocao/internal/document"
)

// runsString writes runs as Markdown again, to compare in one string.
func runsString(runs []document.Run) string {
	var b strings.Builder
	for _, r := range runs {
		switch {
		case r.Bold && r.Italic:
			fmt.Fprintf(&b, "[bi:%s]", r.Text)
		case r.Bold:
			fmt.Fprintf(&b, "[b:%s]", r.Text)
		case r.Italic:
			fmt.Fprintf(&b, "[i:%s]", r.Text)
		default:
			b.WriteString(r.Text)
		}
	}
	return b.String()
}

func TestInline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"- Xây dựng **Đề án** nâng cao", "- Xây dựng [b:Đề án] nâng cao"},
		{"giao *Ban cán sự đảng* tham mưu", "giao [i:Ban cán sự đảng] tham mưu"},
		{"(*thời gian hoàn thành trong quý II-2021*).", "([i:thời gian hoàn thành trong quý II-2021])."},
		{"__Kế hoạch__ tuyên truyền", "[b:Kế hoạch] tuyên truyền"},
		{"snake__case__word stays", "snake__case__word stays"},
		{`5 \* 3 and \_x\_ and \# and \\`, `5 * 3 and _x_ and # and \`},
		{`C:\Users keeps its backslash`, `C:\Users keeps its backslash`},
		{"*", "*"},
		{"a lone * mark", "a lone * mark"},
		{"**bold with *italic* inside**", "[b:bold with ][bi:italic][b: inside]"},
		{"**unclosed bold", "**unclosed bold"},
		{`**not \*\* closed**`, "[b:not ** closed]"},
		{"**Ghi chú:** đề ra 02 phần việc", "[b:Ghi chú:] đề ra 02 phần việc"},
		{"* Xây dựng **Đề án** (*Giao X*)", "* Xây dựng [b:Đề án] ([i:Giao X])"},
		{"a * b * c", "a * b * c"},
	}
	for _, tc := range tests {
		if got := runsString(inline(tc.in)); got != tc.want {
			t.Errorf("inline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHeading(t *testing.T) {
	tests := []struct {
		in    string
		level int
		text  string
	}{
		{"# CHƯƠNG TRÌNH HÀNH ĐỘNG", 1, "CHƯƠNG TRÌNH HÀNH ĐỘNG"},
		{"## II- NHIỆM VỤ ##", 2, "II- NHIỆM VỤ"},
		{"#hashtag", 0, "#hashtag"},
		{"####### seven", 0, "####### seven"},
		{"### C# stays", 3, "C# stays"},
	}
	for _, tc := range tests {
		if l, txt := heading(tc.in); l != tc.level || txt != tc.text {
			t.Errorf("heading(%q) = %d %q, want %d %q", tc.in, l, txt, tc.level, tc.text)
		}
	}
}

// describe writes a document's blocks one per line for comparison.
func describe(d *document.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		if bl.Gap {
			b.WriteString("~")
		}
		if p := bl.Para; p != nil {
			fmt.Fprintf(&b, "P%d h%d %s\n", p.Pos.Line, p.Heading, runsString(p.Runs))
			continue
		}
		t := bl.Table
		fmt.Fprintf(&b, "T%d cols=%d\n", t.Pos.Line, t.Cols)
		for _, r := range t.Rows {
			fmt.Fprintf(&b, "  R%d", r.Pos.Line)
			if r.Header {
				b.WriteString(" header")
			}
			for _, c := range r.Cells {
				var ps []string
				for _, p := range c.Paras {
					ps = append(ps, runsString(p.Runs))
				}
				fmt.Fprintf(&b, " |%d:%d %s", c.Col, c.Pos.Col, strings.Join(ps, " / "))
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

func TestReadTabAndParagraphs(t *testing.T) {
	in := "# KẾ HOẠCH\n\n  Thực hiện **Nghị quyết**  \n \nTT\tCơ quan chủ trì\tNội dung\tThời gian\n01\tUBND tỉnh\t**Đề án** du lịch\tquý II-2021\n02\tSở Y tế\tKế hoạch\n\nGhi chú: hết.\n"
	d, diags, err := Read("t.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "P1 h1 KẾ HOẠCH\n" +
		"~P3 h0 Thực hiện [b:Nghị quyết]\n" +
		"~T5 cols=4\n" +
		"  R5 |0:1 TT |1:4 Cơ quan chủ trì |2:20 Nội dung |3:29 Thời gian\n" +
		"  R6 |0:1 01 |1:4 UBND tỉnh |2:14 [b:Đề án] du lịch |3:32 quý II-2021\n" +
		"  R7 |0:1 02 |1:4 Sở Y tế |2:12 Kế hoạch\n" +
		"~P9 h0 Ghi chú: hết.\n"
	if got := describe(d); got != want {
		t.Errorf("blocks:\n%s\nwant:\n%s", got, want)
	}
	if d.Format != "text/tab" || d.Encoding != "utf-8" {
		t.Errorf("format %q encoding %q", d.Format, d.Encoding)
	}
	if len(diags) != 1 || diags[0].Code != "whitespace-line" || diags[0].Pos.Line != 4 {
		t.Errorf("diagnostics: %v", diags)
	}
}

func TestReadPipe(t *testing.T) {
	in := "Trước bảng\n| STT | Nội dung | Cơ quan chủ trì |\n|:---|---|--:|\n| 1 | Đề án A<br>Kế hoạch B | UBND \\| tỉnh |\n| 2 | *Quy chế* |\n| 3 | no closing pipe | x\nSau bảng | không phải bảng\n"
	d, _, err := Read("t.md", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := "P1 h0 Trước bảng\n" +
		"T2 cols=3\n" +
		"  R2 header |0:3 STT |1:9 Nội dung |2:20 Cơ quan chủ trì\n" +
		"  R4 |0:3 1 |1:7 Đề án A / Kế hoạch B |2:31 UBND | tỉnh\n" +
		"  R5 |0:3 2 |1:7 [i:Quy chế]\n" +
		"  R6 |0:3 3 |1:7 no closing pipe |2:25 x\n" +
		"P7 h0 Sau bảng | không phải bảng\n"
	if got := describe(d); got != want {
		t.Errorf("blocks:\n%s\nwant:\n%s", got, want)
	}
	if d.Format != "text/markdown" {
		t.Errorf("format %q", d.Format)
	}
}

// pandoc's hard line breaks end the line; an escaped backslash stays.
func TestReadHardBreaks(t *testing.T) {
	d, _, err := Read("t.md", []byte("ĐẢNG BỘ TỈNH\\\n\\*\\\nC:\\\\\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "P1 h0 ĐẢNG BỘ TỈNH\nP2 h0 *\nP3 h0 C:\\\n"
	if got := describe(d); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReadRefusesBinary(t *testing.T) {
	if _, _, err := Read("x.bin", []byte("\x00\x01\x02")); err == nil || !strings.Contains(err.Error(), "x.bin") {
		t.Errorf("err = %v, want one naming the file", err)
	}
	if _, _, err := Read("e.txt", nil); err == nil {
		t.Error("empty file read without error")
	}
}

func TestSplitBreaks(t *testing.T) {
	got := strings.Join(splitBreaks("a<br>b<BR/>c<br />d<bra>e"), "|")
	if got != "a|b|c|d<bra>e" {
		t.Errorf("splitBreaks = %q", got)
	}
}
