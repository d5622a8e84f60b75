package tomlfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Case 8 of issue 9: nesting deeper than any baocao file uses is refused
// before the library decodes it, at the bracket, brace or dot that goes too
// deep (column in characters).
func TestDepthRefusedWithPosition(t *testing.T) {
	for name, want := range map[string]Pos{
		"deep-inline.toml": {Line: 4, Col: 55},
		"deep-array.toml":  {Line: 5, Col: 8},
		"deep-dotted.toml": {Line: 2, Col: 25},
	} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("testdata", "hostile", name))
			if err != nil {
				t.Fatal(err)
			}
			_, err = Parse(string(b))
			var se *SyntaxError
			if !errors.As(err, &se) || se.Pos != want || !strings.Contains(se.Message, "nested more than 10 deep") {
				t.Errorf("got %v at %+v, want the nesting error at %+v", err, pos(se), want)
			}
		})
	}
	b, err := os.ReadFile(filepath.Join("testdata", "hostile", "shallow.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(string(b)); err != nil {
		t.Errorf("shallow.toml: %v", err)
	}
}

// 50,000 nested inline tables (300 KB) took over 12 GB; refused at once.
func TestDepthHugeNestingIsCheap(t *testing.T) {
	text := "x = " + strings.Repeat("{a = ", 50000) + "1" + strings.Repeat("}", 50000) + "\n"
	t0 := time.Now()
	_, err := Parse(text)
	if err == nil || time.Since(t0) > time.Second {
		t.Errorf("err %v after %v", err, time.Since(t0))
	}
}

func pos(se *SyntaxError) Pos {
	if se == nil {
		return Pos{}
	}
	return se.Pos
}
