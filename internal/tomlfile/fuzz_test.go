package tomlfile

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzQuote: whatever the string, Quote writes a TOML string the parser
// reads back as the same text in NFC (invalid UTF-8 as U+FFFD).
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"", `a "b" \c`, "Tỉnh u\u0309y\n\t\r\x00\x7f", "\xff\xfe", `\u0041`, `"""`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q := Quote(s)
		doc, err := Parse("k = " + q + "\n")
		if err != nil {
			t.Fatalf("Quote(%q) = %s does not parse: %v", s, q, err)
		}
		want := norm.NFC.String(strings.ToValidUTF8(s, "\uFFFD"))
		if got := doc["k"].(string); got != want {
			t.Fatalf("Quote(%q) = %s reads back as %q, want %q", s, q, got, want)
		}
	})
}

// FuzzIndex: scanning any text never panics, and every position it gives is
// inside the text: the line exists and the column is at most one past its end.
func FuzzIndex(f *testing.F) {
	f.Add(indexed)
	f.Add("[a.'b'.\"c\"]\nx.y = \"\"\"\n[not]\n\"\"\"\n[[r]]\n'q' = 1\n")
	f.Add("[[\n[ ]\n= 1\n.a = 2\n\"\n")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Split(text, "\n")
		ix := NewIndex(lines)
		inside := func(p Pos, what string) {
			if p.IsZero() {
				return
			}
			if p.Line < 1 || p.Line > len(lines) || p.Col < 1 || p.Col > utf8.RuneCountInString(lines[p.Line-1])+1 {
				t.Fatalf("%s at %d:%d is outside the text (%d lines)", what, p.Line, p.Col, len(lines))
			}
		}
		for _, tb := range ix.tables {
			inside(tb.Header, "header "+tb.Name)
			if tb.End < tb.Header.Line || tb.End > len(lines) {
				t.Fatalf("table %q ends at line %d, header at %d", tb.Name, tb.End, tb.Header.Line)
			}
			for k, p := range tb.keys {
				inside(p, "key "+k)
				inside(ix.Find(k), "Find "+k)
				if tb.Name != "" {
					inside(ix.Find(tb.Name+"."+k), "Find "+tb.Name+"."+k)
				}
			}
		}
		if _, err := Parse(text); err != nil {
			if se, ok := err.(*SyntaxError); ok && se.Col > 0 {
				inside(se.Pos, "syntax error")
			}
		}
	})
}
