package config

import (
	"baocao/internal/source"
	"bytes"
	"fmt"
	"io"
	"os"
)

// CheckFiles checks that every file and folder the configuration names
// exists and is usable: fonts are TrueType files, folders are folders. The
// output folder is not checked: runs create it.
func (c *Config) CheckFiles() error {
	var errs Errors
	bad := func(key, format string, args ...any) {
		errs = append(errs, newError(c.source(), c.keys.Find(key).Line, key, source.Msgf("key %q: "+format, append([]any{key}, args...)...)))
	}
	for key, p := range map[string]string{"paths.seeds": c.Paths.Seeds, "paths.templates": c.Paths.Templates, "paths.ledgers": c.Paths.Ledgers} {
		if p == "" {
			continue
		}
		st, err := os.Stat(c.Resolve(p))
		switch {
		case err != nil:
			bad(key, "folder %q not found", c.Resolve(p))
		case !st.IsDir():
			bad(key, "%q is a file; expected a folder", c.Resolve(p))
		}
	}
	for key, p := range map[string]string{"fonts.regular": c.Fonts.Regular, "fonts.bold": c.Fonts.Bold,
		"fonts.italic": c.Fonts.Italic, "fonts.bold_italic": c.Fonts.BoldItalic} {
		if p == "" {
			continue
		}
		if msg := checkTTF(c.Resolve(p)); msg.Format != "" {
			bad(key, "%s", msg)
		}
	}
	if len(errs) > 0 {
		return sorted(errs)
	}
	return nil
}

func (c *Config) source() string {
	if c.Name == "" {
		return "built-in configuration"
	}
	return c.Name
}

// checkTTF tells a missing file, a folder, and an OpenType-CFF or other
// non-TrueType file apart, because only TrueType outlines can be embedded.
func checkTTF(path string) source.Msg {
	f, err := os.Open(path)
	if err != nil {
		return source.Msgf("font file %q not found", path)
	}
	defer f.Close()
	head := make([]byte, 4)
	if _, err := io.ReadFull(f, head); err != nil {
		return source.Msgf("%q is not a font file (too short or a folder)", path)
	}
	switch {
	case bytes.Equal(head, []byte{0, 1, 0, 0}), bytes.Equal(head, []byte("true")):
		return source.Msg{}
	case bytes.Equal(head, []byte("OTTO")):
		return source.Msgf("%q is an OpenType (CFF) font; only TrueType .ttf fonts can be embedded", path)
	case bytes.Equal(head, []byte("ttcf")):
		return source.Msgf("%q is a font collection (.ttc); name a single .ttf face", path)
	}
	return source.Msgf("%q is not a TrueType font file", path)
}

// FontFiles reads the four configured faces, in the order regular, bold,
// italic, bold italic; nil when the embedded fonts are to be used.
func (c *Config) FontFiles() ([4][]byte, bool, error) {
	var out [4][]byte
	if !c.CustomFonts() {
		return out, false, nil
	}
	for i, p := range []string{c.Fonts.Regular, c.Fonts.Bold, c.Fonts.Italic, c.Fonts.BoldItalic} {
		b, err := os.ReadFile(c.Resolve(p))
		if err != nil {
			return out, false, fmt.Errorf("%s: reading font: %w", c.source(), err)
		}
		out[i] = b
	}
	return out, true, nil
}
