package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baocao/internal/program"
	"baocao/internal/source"
)

// replaceLine returns the text with line n (1-based) replaced.
func replaceLine(data []byte, n int, line string) []byte {
	lines := strings.Split(string(data), "\n")
	lines[n-1] = line
	return []byte(strings.Join(lines, "\n"))
}

func TestParseErrors(t *testing.T) {
	seed := seedBytes(t)
	lines := strings.Split(string(seed), "\n")
	tests := []struct {
		name     string
		data     []byte
		nilProg  bool
		want     string // the start of the expected error: file:line: error: …
		contains string
	}{
		{"empty", nil, true, "in.txt:1: error: the file is empty", "expected the text of an action programme"},
		{"blank", []byte(" \n\t\r\n"), true, "in.txt:1: error: the file is empty", ""},
		{"binary", []byte("\x7fELF\x02\x01\x01\x00binary\x00\x00"), true, "in.txt:1: error: the file is binary", "expected a Word document (.docx, .doc)"},
		{"zip that is not Word", []byte("PK\x03\x04\x00\x00binary"), true, "in.txt:1: error: a zip archive that is not a Word document", "save it again"},
		{"no annex table", []byte(strings.Join(lines[:140], "\n")), true, "in.txt:139: error: no annex table found", "expected a table (tab-separated, Markdown, a grid or columns aligned with spaces) whose header names the columns TT"},
		{"row missing cells", replaceLine(seed, 150, "05\tBan Tuyên giáo Tỉnh ủy\tQuy định về trách nhiệm nêu gương"), false,
			"in.txt:150: error: annex row has 3 cells, expected 4", `the column "Thời gian thực hiện" is missing`},
		{"row without tabs", replaceLine(seed, 150, "05 Ban Tuyên giáo Tỉnh ủy Quy định về trách nhiệm nêu gương"), false,
			"in.txt:150: error: annex row has 1 cell, expected 4", "is missing"},
		{"unknown deadline", replaceLine(seed, 156, "09\tBan Nội chính Tỉnh ủy\tKế hoạch phòng ngừa tham nhũng\tsớm nhất có thể"), false,
			"in.txt:156: error: annex row 09: deadline phrase \"sớm nhất có thể\"", "expected a quarter"},
		{"impossible date", replaceLine(seed, 156, "09\tBan Nội chính Tỉnh ủy\tKế hoạch phòng ngừa tham nhũng\t31/2/2021"), false,
			"in.txt:156: error: annex row 09: deadline phrase \"31/2/2021\"", "not a date in the calendar"},
		{"unknown task deadline", replaceLine(seed, 44, "- Xây dựng **Quy định** nêu gương (*Giao Ban Tuyên giáo Tỉnh ủy chủ trì tham mưu thực hiện; thời gian hoàn thành trong quý sau*)."), false,
			"in.txt:44: error: task 5: deadline phrase", `"quý sau"`},
		{"row number", replaceLine(seed, 150, "năm\tBan Tuyên giáo Tỉnh ủy\tQuy định nêu gương\tquý II-2021"), false,
			"in.txt:150: error: expected a row number in column TT", `"năm"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := Parse("in.txt", tc.data)
			if (p == nil) != tc.nilProg {
				t.Fatalf("programme nil = %v, want %v; diagnostics:\n%s", p == nil, tc.nilProg, diagText(diags))
			}
			found := false
			for _, d := range diags {
				s := d.String()
				if d.Severity == source.Error && strings.HasPrefix(s, tc.want) && strings.Contains(s, tc.contains) {
					found = true
				}
			}
			if !found {
				t.Errorf("no error starting %q and containing %q in:\n%s", tc.want, tc.contains, diagText(diags))
			}
		})
	}
}

// Several problems are all reported, not only the first.
func TestParseCollectsAllErrors(t *testing.T) {
	data := replaceLine(seedBytes(t), 150, "05\tBan Tuyên giáo Tỉnh ủy\tQuy định")
	data = replaceLine(data, 156, "09\tBan Nội chính Tỉnh ủy\tKế hoạch\tkhi nào xong")
	data = replaceLine(data, 171, "22\tBan cán sự đảng Ủy ban nhân dân tỉnh\tTổng kết Đề án\tquý 5-2021")
	p, diags := Parse("in.txt", data)
	if p == nil {
		t.Fatal("no programme")
	}
	lines := map[int]bool{}
	for _, d := range diags {
		if d.Severity == source.Error {
			lines[d.Pos.Line] = true
		}
	}
	for _, l := range []int{150, 156, 171} {
		if !lines[l] {
			t.Errorf("no error on line %d:\n%s", l, diagText(diags))
		}
	}
	if len(p.Annex.Rows) != 27 {
		t.Errorf("rows = %d, want all 27 kept", len(p.Annex.Rows))
	}
}

func TestNumberMismatchWarns(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "12-CTr-HU-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	data = []byte(strings.Replace(string(data), "(Kèm theo Chương trình hành động số 12-CTr/HU", "(Kèm theo Chương trình hành động số 21-CTr/HU", 1))
	p, diags := Parse("in.txt", data)
	if p == nil || p.Number != "12-CTr/HU" {
		t.Fatalf("programme %v", p)
	}
	want := "in.txt:65: warning: the annex caption cites programme 21-CTr/HU but the header says 12-CTr/HU"
	if !strings.Contains(string(diagText(diags)), want) {
		t.Errorf("no %q in:\n%s", want, diagText(diags))
	}
}

// A row whose title names no kind takes the kind its body task marks in
// bold, with a warning; without such a marker it is kept as kind none.
func TestKindFromBody(t *testing.T) {
	seed := seedBytes(t)
	data := replaceLine(seed, 168, "19\tBan cán sự đảng Ủy ban nhân dân tỉnh\tVề cơ chế chính sách đặc thù phát triển đảo Phú Quốc\tHoàn thành trong quý III-2021")
	p, diags := Parse("in.txt", data)
	if w := p.WorkItemByID("19.1"); w == nil || w.Kind != program.KindDeAn {
		t.Errorf("19.1 = %+v, want the body's Đề án", w)
	}
	if !strings.Contains(string(diagText(diags)), "in.txt:168: warning: annex row 19: the title does not start with a product kind; the body (task 19) marks it as a Đề án") {
		t.Errorf("no warning:\n%s", diagText(diags))
	}
	data = replaceLine(data, 78, "- Nghiên cứu cơ chế chính sách đặc thù phát triển đảo Phú Quốc (*thời gian hoàn thành trong quý III-2021*).")
	p, diags = Parse("in.txt", data)
	if w := p.WorkItemByID("19.1"); w == nil || w.Kind != program.KindNone {
		t.Errorf("19.1 = %+v, want kind none", w)
	}
	if !strings.Contains(string(diagText(diags)), "in.txt:168: warning: annex row 19: the title does not start with a product kind (") {
		t.Errorf("no warning:\n%s", diagText(diags))
	}
}
