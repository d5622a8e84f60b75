package tomlfile

import (
	"errors"
	"testing"
)

func TestParseSyntaxErrorPosition(t *testing.T) {
	tests := []struct {
		name, text string
		want       Pos
		msg        string
	}{
		{"double equals", "[page]\nmargin_top_mm = = 3\n", Pos{2, 17}, "expected value but found '=' instead"},
		{"bare value", "[a]\nx = 1\nstatus = done\n", Pos{3, 10}, ""},
		{"column counts letters, not bytes", "[a]\nghi_chú = \"x\"\n", Pos{2, 7}, "expected '.' or '=', but got 'ú' instead"},
		{"accents before the error", "t = \"Tỉnh ủy\" x\n", Pos{1, 14}, "expected a top-level item to end with a newline, comment, or EOF, but got 'x' instead"},
		{"unterminated string", "a = 1\nnote = \"open\n", Pos{2, 13}, "strings cannot contain newlines"},
		{"CR LF line ends", "a = 1\r\nb = = 2\r\n", Pos{2, 5}, ""},
		{"table defined twice", "[[u]]\nx = 1\n\n[u]\n", Pos{4, 2}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.text)
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v (%T), want *SyntaxError", err, err)
			}
			if se.Pos != tt.want {
				t.Errorf("at %d:%d, want %d:%d (%s)", se.Line, se.Col, tt.want.Line, tt.want.Col, se.Message)
			}
			if tt.msg != "" && se.Message != tt.msg {
				t.Errorf("message %q, want %q", se.Message, tt.msg)
			}
		})
	}
}

func TestParseTree(t *testing.T) {
	doc, err := Parse("[programme]\nnumber = \"07-CTr/TU\"\n[[update]]\nitem = \"04.1\"\n[[update]]\nitem = \"04.2\"\n")
	if err != nil {
		t.Fatal(err)
	}
	ups, ok := doc["update"].([]map[string]any)
	if !ok || len(ups) != 2 || ups[1]["item"] != "04.2" {
		t.Errorf("update = %#v", doc["update"])
	}
	if doc["programme"].(map[string]any)["number"] != "07-CTr/TU" {
		t.Errorf("programme = %#v", doc["programme"])
	}
}
