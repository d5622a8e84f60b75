package config

import (
	"bytes"
	_ "embed"
	"errors"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"

	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// defaultTOML is the built-in configuration; the repository's baocao.toml is
// the same text (a test keeps them identical).
//
//go:embed default.toml
var defaultTOML []byte

// DefaultTOML returns the commented text of the built-in configuration.
func DefaultTOML() []byte { return bytes.Clone(defaultTOML) }

// Default returns the built-in configuration, a copy the caller may change.
func Default() *Config { return builtin().clone() }

// builtin is default.toml decoded once per process: every command needs it
// (Load starts from it) and decoding it costs about a millisecond.
var builtin = sync.OnceValue(func() *Config {
	c, err := decode("default.toml", defaultTOML, &Config{})
	if err != nil {
		// The embedded file is checked by the tests; failing here is a build defect.
		panic("config: built-in default.toml is invalid: " + err.Error())
	}
	c.Name, c.Dir = "", ""
	return c
})

// Load reads a configuration file over the built-in defaults: keys the file
// leaves out keep their default value. Every unknown key, wrong type and bad
// value is reported, each as "file:line: message"; relative paths are
// resolved against the file's folder. Files the configuration names are not
// checked here: call CheckFiles. The result is the caller's to change.
func Load(name string, data []byte) (*Config, error) {
	if c := lastLoad.get(name, data); c != nil {
		return c, nil
	}
	c, err := decode(name, data, Default())
	if err != nil {
		return nil, err
	}
	c.Name = name
	c.Dir = filepath.Dir(name)
	lastLoad.put(name, data, c)
	return c, nil
}

// lastLoad remembers the last configuration Load read without error. A
// command in a workspace reads its baocao.toml twice, first for the
// language of its messages (which must be known before the command's own
// flags are parsed) and then as its configuration; the second read then
// costs a comparison of the text instead of a decoding. Load depends on
// nothing but its arguments, so the same name and text give the same
// result; each caller gets its own copy.
var lastLoad loadMemo

type loadMemo struct {
	mu         sync.Mutex
	name, text string
	c          *Config
}

func (m *loadMemo) get(name string, data []byte) *Config {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.c == nil || m.name != name || m.text != string(data) {
		return nil
	}
	return m.c.clone()
}

func (m *loadMemo) put(name string, data []byte, c *Config) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.name, m.text, m.c = name, string(data), c.clone()
}

func decode(name string, data []byte, c *Config) (*Config, error) {
	text := string(bytes.TrimPrefix(data, []byte{0xEF, 0xBB, 0xBF}))
	c.keys = tomlfile.NewIndex(strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n"))
	raw, err := tomlfile.Parse(text)
	if err != nil {
		var se *tomlfile.SyntaxError
		if errors.As(err, &se) {
			m := source.Msgf("TOML syntax error: %s", se.Message)
			return nil, Errors{{File: name, Line: se.Line, Col: se.Col, Msg: m.String(), Text: m}}
		}
		return nil, Errors{{File: name, Msg: err.Error()}}
	}
	var errs Errors
	keys := knownKeys()
	byKey := map[string]keyInfo{}
	names := make([]string, len(keys))
	for i, k := range keys {
		byKey[k.key] = k
		names[i] = k.key
	}
	checkTable(name, c.keys, "", raw, byKey, names, &errs)
	if len(errs) > 0 {
		return nil, sorted(errs)
	}
	if err := fill(reflect.ValueOf(c).Elem(), raw); err != nil {
		// checkTable has vetted keys and types, so this is a defect.
		return nil, Errors{{File: name, Msg: err.Error()}}
	}
	c.validate(name, &errs)
	if len(errs) > 0 {
		return nil, sorted(errs)
	}
	return c, nil
}

func sorted(errs Errors) Errors {
	sort.SliceStable(errs, func(i, j int) bool {
		if errs[i].Line != errs[j].Line {
			return errs[i].Line < errs[j].Line
		}
		return errs[i].Msg < errs[j].Msg
	})
	return errs
}

// checkTable compares the decoded tree with the Config struct: every key must
// be known and hold a value of the right type.
func checkTable(name string, ix *tomlfile.Index, prefix string, m map[string]any, byKey map[string]keyInfo, keys []string, errs *Errors) {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		v := m[k]
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		ki, ok := byKey[key]
		if !ok {
			msg := source.Msgf("key %q is not known; 'baocao config' prints every key", key)
			if s, d := tomlfile.Nearest(key, keys, nil); s != "" && (d <= 3 || d*3 <= len(key)) {
				// Long dotted keys tolerate more edits than short ones.
				msg = source.Msgf("key %q is not known; did you mean %q?", key, s)
			}
			*errs = append(*errs, newError(name, ix.Find(key).Line, key, msg))
			continue
		}
		sub, isTable := v.(map[string]any)
		switch {
		case ki.table && isTable:
			checkTable(name, ix, key, sub, byKey, keys, errs)
		case ki.table:
			*errs = append(*errs, newError(name, ix.Find(key).Line, key,
				source.Msgf("%q must be a table [%s], found %s", key, key, tomlType(v))))
		default:
			if want := typeProblem(ki.typ, v); want.Format != "" {
				*errs = append(*errs, newError(name, ix.Find(key).Line, key,
					source.Msgf("key %q: expected %s, found %s", key, want, tomlType(v))))
			}
		}
	}
}

// typeProblem returns what was expected when v cannot go into a field of type t.
func typeProblem(t reflect.Type, v any) source.Msg {
	switch {
	case t == durationType:
		s, ok := v.(string)
		if !ok {
			return source.Msgf(`a duration in quotes such as "30s"`)
		}
		var d Duration
		if err := d.UnmarshalText([]byte(s)); err != nil {
			return source.Msgf(`a duration such as "30s" or "5m"`)
		}
		return source.Msg{}
	case t.Kind() == reflect.String:
		if _, ok := v.(string); !ok {
			return source.Msgf("a string in quotes")
		}
	case t.Kind() == reflect.Int:
		if _, ok := v.(int64); !ok {
			return source.Msgf("a whole number")
		}
	case t.Kind() == reflect.Float64:
		switch v.(type) {
		case int64, float64:
		default:
			return source.Msgf("a number")
		}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		arr, ok := v.([]any)
		if !ok {
			return source.Msgf(`a list of strings such as ["a", "b"]`)
		}
		for _, e := range arr {
			if _, ok := e.(string); !ok {
				return source.Msgf("a list of strings (every element in quotes)")
			}
		}
	}
	return source.Msg{}
}

// tomlType names a value for a message, saying "a list" for an array as
// the configuration's comments and messages do.
func tomlType(v any) source.Msg {
	if _, ok := v.([]any); ok {
		return source.Msgf("a list")
	}
	return tomlfile.Describe(v)
}
