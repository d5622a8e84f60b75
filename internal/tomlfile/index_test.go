package tomlfile

import (
	"strings"
	"testing"
)

const indexed = `# ledger
title = "top"
[programme]
number = "07-CTr/TU"
  'date' = 2021-04-02

[[update]]
item = "04.1"
note = """
status = "not a key: inside a string"
"""
status = "done"

[[update]]   # second record
item = "04.2"
meta.source = "form"

[page]
margin_top_mm = 20
list = [
  ["a", "b"],
]
inline = { x = 1 }

[page.sub]
y = 2

[[update]]
statuss = "x"
`

func TestIndexFind(t *testing.T) {
	ix := NewIndex(strings.Split(indexed, "\n"))
	tests := []struct {
		path string
		want Pos
	}{
		{"title", Pos{2, 1}},
		{"programme", Pos{3, 1}},
		{"programme.number", Pos{4, 1}},
		{"programme.date", Pos{5, 3}},
		{"update", Pos{7, 1}},
		{"page", Pos{18, 1}},
		{"page.margin_top_mm", Pos{19, 1}},
		{"page.list", Pos{20, 1}},
		{"page.inline.x", Pos{23, 1}}, // inside an inline table: the key that holds it
		{"page.sub", Pos{25, 1}},
		{"page.sub.y", Pos{26, 1}},
		{"page.nothing", Pos{}},
		{"nothing", Pos{}},
		{"a", Pos{}}, // `["a", "b"],` in a multi-line array is not a header
	}
	for _, tt := range tests {
		if got := ix.Find(tt.path); got != tt.want {
			t.Errorf("Find(%q) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func TestIndexRecordKeys(t *testing.T) {
	ix := NewIndex(strings.Split(indexed, "\n"))
	recs := ix.Records("update")
	if len(recs) != 3 {
		t.Fatalf("%d [[update]] records, want 3", len(recs))
	}
	tests := []struct {
		rec  int
		key  string
		want Pos // zero: not in the record
	}{
		{0, "item", Pos{8, 1}},
		{0, "status", Pos{12, 1}}, // not line 10, inside the multi-line note
		{0, "note", Pos{9, 1}},
		{1, "item", Pos{15, 1}},
		{1, "meta", Pos{16, 1}}, // the first part of a dotted key
		{1, "meta.source", Pos{16, 1}},
		{1, "status", Pos{}},
		{2, "statuss", Pos{29, 1}},
	}
	for _, tt := range tests {
		got, ok := recs[tt.rec].Key(tt.key)
		if got != tt.want || ok == tt.want.IsZero() {
			t.Errorf("record %d key %q = %v %v, want %v", tt.rec, tt.key, got, ok, tt.want)
		}
	}
	if h, e := recs[0].Header.Line, recs[0].End; h != 7 || e != 13 {
		t.Errorf("first record spans lines %d-%d, want 7-13", h, e)
	}
	if p := ix.Table("programme"); p == nil || p.Header.Line != 3 || p.End != 6 {
		t.Errorf("Table(programme) = %+v", p)
	}
	if ix.Table("update") != nil {
		t.Error("Table(update) found a [[update]] record")
	}
}

func TestLineKey(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{`status = "done"`, "status", true},
		{`  a . "b c" .d= 1`, "a.b c.d", true},
		{`'quoted' = 1`, "quoted", true},
		{`"a=b" = 1`, "a=b", true},
		{`ghi_chú = "x"`, "", false},
		{`# comment = 1`, "", false},
		{`"unclosed = 1`, "", false},
		{`just text`, "", false},
	}
	for _, tt := range tests {
		got, ok := LineKey(tt.line)
		if got != tt.want || ok != tt.ok {
			t.Errorf("LineKey(%q) = %q %v, want %q %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}
