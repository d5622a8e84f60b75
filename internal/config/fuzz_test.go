package config

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadConfig: no configuration text makes Load panic; every problem is
// an Errors list naming the file and a line inside the text; a text that
// loads writes back (WriteTOML) as a text that loads to the same values.
func FuzzLoadConfig(f *testing.F) {
	f.Add(DefaultTOML())
	f.Add([]byte("[issuer]\nname = \"Tỉnh ủy\"\n[page]\nannex_orientation = \"portrait\"\n"))
	f.Add([]byte("[run]\nworkers = -1\nlock_timeout = \"5x\"\n"))
	f.Add([]byte("[signer]\nname = \"Kiệt\", 3\n"))
	f.Add([]byte("x = " + string(bytes.Repeat([]byte("{a = "), 20)) + "1" + string(bytes.Repeat([]byte("}"), 20)) + "\n"))
	for _, n := range []string{"deep-inline.toml", "deep-array.toml", "deep-dotted.toml", "shallow.toml"} {
		if b, err := os.ReadFile(filepath.Join("..", "tomlfile", "testdata", "hostile", n)); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var c *Config
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("panic: %v", r)
				}
			}()
			c, err = Load("f.toml", data)
		}()
		lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
		if err != nil {
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("not an Errors list: %v", err)
			}
			for _, e := range es {
				if e.File != "f.toml" || e.Line < 0 || e.Line > lines || e.Col < 0 {
					t.Fatalf("problem outside the text (%d lines): %v", lines, e)
				}
			}
			return
		}
		var out bytes.Buffer
		if err := c.WriteTOML(&out); err != nil {
			t.Fatalf("WriteTOML: %v", err)
		}
		c2, err := Load("f.toml", out.Bytes())
		if err != nil {
			t.Fatalf("the configuration written back does not load: %v\n%s", err, out.Bytes())
		}
		var out2 bytes.Buffer
		c2.WriteTOML(&out2)
		if !bytes.Equal(out.Bytes(), out2.Bytes()) {
			t.Fatalf("written back twice differs")
		}
	})
}
