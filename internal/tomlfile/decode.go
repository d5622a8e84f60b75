package tomlfile

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"baocao/internal/lazyre"
	"github.com/BurntSushi/toml"
)

// Problem is one thing wrong in a file, at the place it is written.
type Problem struct {
	Pos
	Key     string // dotted key; "" for a syntax error
	Message string
}

func (p Problem) Error() string {
	if p.Line == 0 {
		return p.Message
	}
	if p.Col == 0 {
		return fmt.Sprintf("%d: %s", p.Line, p.Message)
	}
	return fmt.Sprintf("%d:%d: %s", p.Line, p.Col, p.Message)
}

// Problems is every problem found, in line order.
type Problems []Problem

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.Error()
	}
	return strings.Join(s, "\n")
}

// libraryKeyError matches the library's type errors, which carry the key
// only inside their text: `toml: line 3 (last key "a.b"): incompatible types: …`.
var libraryKeyError = lazyre.New(`^toml: (?:line \d+ )?\(last key "(.*?)"\): (.*)$`)

// Decode decodes text into v (a pointer to a struct or map) strictly: a
// syntax error, a value its field cannot hold and every key v has no field
// for are each a Problem at the line that writes it, returned as Problems in
// line order. The library stops at the first syntax or type error, so there
// is at most one of those, and then no unknown key is reported: which keys
// the library had reached is not known.
func Decode(text string, v any) error {
	if _, err := Parse(text); err != nil {
		var se *SyntaxError
		if errors.As(err, &se) {
			return Problems{{Pos: se.Pos, Message: "TOML syntax error: " + se.Message}}
		}
		return err
	}
	md, err := toml.Decode(text, v)
	var ix *Index
	find := func(key string) Pos {
		if ix == nil {
			ix = NewIndex(strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n"))
		}
		return ix.Find(key)
	}
	var ps Problems
	if err != nil {
		var pe toml.ParseError
		p := Problem{Message: err.Error()}
		if errors.As(err, &pe) {
			p.Key, p.Message = pe.LastKey, pe.Message
		} else if m := libraryKeyError().FindStringSubmatch(err.Error()); m != nil {
			p.Key, p.Message = m[1], m[2]
		}
		if p.Key != "" {
			p.Pos = find(p.Key)
			p.Message = fmt.Sprintf("key %q: %s", p.Key, p.Message)
		}
		ps = append(ps, p)
	}
	if err != nil {
		// The library stopped at that error, and it walks tables in map
		// order, so which keys it had decoded by then is chance: reporting
		// the rest as unknown would name good keys ("page.name is not
		// known") on some runs. The unknown keys are reported once this
		// error is fixed.
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
		return ps
	}
	unknown := map[string]bool{}
	for _, k := range md.Undecoded() {
		key := strings.Join(k, ".")
		unknown[key] = true
		if len(k) > 1 && unknown[strings.Join(k[:len(k)-1], ".")] {
			continue // inside an unknown table: the table is reported
		}
		ps = append(ps, Problem{Pos: find(key), Key: key, Message: fmt.Sprintf("key %q is not known", key)})
	}
	if len(ps) == 0 {
		return nil
	}
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Line < ps[j].Line })
	return ps
}
