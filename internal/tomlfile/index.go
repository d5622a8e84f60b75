package tomlfile

import "strings"

// Index tells where each key of a TOML text is written. The library reports
// unknown keys and mistyped values without a position, so the text is
// scanned: table headers and `key =` lines, skipping the inside of
// multi-line strings. It never fails: what it cannot read it skips, and a
// lookup then finds nothing (the zero Pos) or an enclosing table.
type Index struct {
	tables []*Table // in text order; tables[0] holds the keys before the first header
}

// Table is one table of the text: its header and the keys written under it.
type Table struct {
	Name   string // dotted as the decoder names it; "" for the top level
	Array  bool   // written [[Name]]: one element of an array of tables
	Header Pos    // the '[' of the header; zero for the top level
	End    int    // last line before the next header (or of the text)
	keys   map[string]Pos
	firsts map[string]Pos // first part of each dotted key, for the table it makes
}

// NewIndex scans lines (without their line ends).
func NewIndex(lines []string) *Index {
	cur := &Table{keys: map[string]Pos{}}
	ix := &Index{tables: []*Table{cur}}
	open := "" // closing delimiter of a multi-line string in progress
	for n, line := range lines {
		ln := n + 1
		if open != "" {
			if strings.Contains(line, open) {
				open = ""
			}
			continue
		}
		t := strings.TrimLeft(line, " \t")
		if t == "" || t[0] == '#' {
			continue
		}
		if t[0] == '[' {
			name, array, ok := header(t)
			if !ok {
				continue
			}
			cur.End = ln - 1
			cur = &Table{Name: name, Array: array, Header: Pos{ln, runeCol(line, len(line)-len(t))}, keys: map[string]Pos{}}
			ix.tables = append(ix.tables, cur)
			continue
		}
		full, first, at, rest, ok := keyLine(line)
		if !ok {
			continue
		}
		pos := Pos{ln, runeCol(line, at)}
		if _, seen := cur.keys[full]; !seen {
			cur.keys[full] = pos
		}
		if full != first {
			if cur.firsts == nil {
				cur.firsts = map[string]Pos{}
			}
			if _, seen := cur.firsts[first]; !seen {
				cur.firsts[first] = pos
			}
		}
		open = opensMultiline(rest)
	}
	cur.End = len(lines)
	return ix
}

// Key returns where key is written in the table: as `key =`, or as the
// first part of a dotted key `key.x =` (which makes key a table).
func (t *Table) Key(key string) (Pos, bool) {
	if p, ok := t.keys[key]; ok {
		return p, true
	}
	p, ok := t.firsts[key]
	return p, ok
}

// Table returns the first plain table headed [name], or nil.
func (ix *Index) Table(name string) *Table {
	for _, t := range ix.tables[1:] {
		if !t.Array && t.Name == name {
			return t
		}
	}
	return nil
}

// Records returns the tables headed [[name]] in order: the i-th is the
// i-th element of the array the decoder returns under name.
func (ix *Index) Records(name string) []*Table {
	n := 0 // count first: a ledger has thousands of records
	for _, t := range ix.tables[1:] {
		if t.Array && t.Name == name {
			n++
		}
	}
	out := make([]*Table, 0, n)
	for _, t := range ix.tables[1:] {
		if t.Array && t.Name == name {
			out = append(out, t)
		}
	}
	return out
}

// Find returns the first place the dotted path is written: a header naming
// it or a table inside it, a key setting it or something inside it, or a
// key whose inline value holds it. It suits messages about a key the
// decoder returned without a position; the zero Pos means not found, as
// it does for a nil Index.
func (ix *Index) Find(path string) Pos {
	if ix == nil {
		return Pos{}
	}
	for _, t := range ix.tables {
		if t.Name != "" && within(t.Name, path) {
			return t.Header
		}
		var best Pos
		for k, p := range t.keys {
			full := k
			if t.Name != "" {
				full = t.Name + "." + k
			}
			if (within(full, path) || within(path, full)) && (best.IsZero() || p.Line < best.Line) {
				best = p
			}
		}
		if !best.IsZero() {
			return best
		}
	}
	return Pos{}
}

// within reports whether the dotted key k is path or lies inside it.
func within(k, path string) bool {
	return k == path || len(k) > len(path) && k[len(path)] == '.' && strings.HasPrefix(k, path)
}

// opensMultiline returns the delimiter of a multi-line string that starts in
// value and does not close on the same line, else "".
func opensMultiline(value string) string {
	v := strings.TrimSpace(value)
	for _, d := range []string{`"""`, `'''`} {
		if strings.HasPrefix(v, d) && !strings.Contains(v[3:], d) {
			return d
		}
	}
	return ""
}
