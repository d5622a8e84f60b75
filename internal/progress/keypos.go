package progress

import (
	"strings"
	"unicode/utf8"
)

// keyPos is where a key is written: 1-based line and rune column.
type keyPos struct{ Line, Col int }

// tableLines is one table of the ledger text: its header line and its keys.
type tableLines struct {
	Header int
	End    int // last line before the next table header
	Keys   map[string]keyPos
}

// keyIndex maps keys to lines. BurntSushi/toml reports unknown or mistyped
// keys without positions, so the loader scans the text itself: the i-th
// `[[update]]` header is the i-th record the decoder returns.
type keyIndex struct {
	Top       map[string]keyPos // top-level keys and table names, first occurrence
	Programme *tableLines
	Updates   []*tableLines
}

// indexKeys scans lines for table headers and `key =` lines, skipping the
// inside of multi-line strings. It never fails: what it cannot read it skips,
// and the loader then falls back to the record's header line.
func indexKeys(lines []string) *keyIndex {
	ix := &keyIndex{Top: map[string]keyPos{}}
	var cur *tableLines
	open := "" // closing delimiter of a multi-line string in progress
	for n, line := range lines {
		ln := n + 1
		if open != "" {
			if strings.Contains(line, open) {
				open = ""
			}
			continue
		}
		t := strings.TrimSpace(line)
		if t == "" || t[0] == '#' {
			continue
		}
		if t[0] == '[' {
			if cur != nil {
				cur.End = ln - 1
			}
			name, array := tableName(t)
			cur = &tableLines{Header: ln, Keys: map[string]keyPos{}}
			pos := keyPos{ln, runeCol(line, strings.Index(line, "["))}
			if _, seen := ix.Top[name]; !seen && name != "" {
				ix.Top[name] = pos
			}
			switch {
			case array && name == "update":
				ix.Updates = append(ix.Updates, cur)
			case !array && name == "programme" && ix.Programme == nil:
				ix.Programme = cur
			}
			continue
		}
		key, at, rest, ok := splitKey(line)
		if !ok {
			continue
		}
		pos := keyPos{ln, runeCol(line, at)}
		if cur == nil {
			if _, seen := ix.Top[key]; !seen {
				ix.Top[key] = pos
			}
		} else if _, seen := cur.Keys[key]; !seen {
			cur.Keys[key] = pos
		}
		open = opensMultiline(rest)
	}
	if cur != nil {
		cur.End = len(lines)
	}
	return ix
}

// tableName reads "[[ update ]] # c" → ("update", true), "[programme]" → ("programme", false).
func tableName(t string) (string, bool) {
	array := strings.HasPrefix(t, "[[")
	t = strings.TrimLeft(t, "[")
	if i := strings.Index(t, "]"); i >= 0 {
		t = t[:i]
	}
	t = strings.TrimSpace(t)
	if i := strings.Index(t, "."); i >= 0 { // dotted table: index by its first part
		t = t[:i]
	}
	return strings.Trim(strings.TrimSpace(t), `"'`), array
}

// splitKey reads `key = value`: the key's first segment, its byte offset in
// line, and the text after '='.
func splitKey(line string) (key string, at int, rest string, ok bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	at = i
	var end int
	if i < len(line) && (line[i] == '"' || line[i] == '\'') {
		q := line[i]
		j := strings.IndexByte(line[i+1:], q)
		if j < 0 {
			return "", 0, "", false
		}
		key = line[i+1 : i+1+j]
		end = i + 2 + j
	} else {
		j := i
		for j < len(line) && isBareKeyByte(line[j]) {
			j++
		}
		if j == i {
			return "", 0, "", false
		}
		key = line[i:j]
		end = j
	}
	r := strings.TrimLeft(line[end:], " \t")
	if strings.HasPrefix(r, ".") { // dotted key: the first part names it
		r = r[1:]
		if k := strings.Index(r, "="); k >= 0 {
			return key, at, r[k+1:], true
		}
		return "", 0, "", false
	}
	if !strings.HasPrefix(r, "=") {
		return "", 0, "", false
	}
	return key, at, r[1:], true
}

func isBareKeyByte(c byte) bool {
	return c == '_' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
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

// runeCol turns a byte offset in line into a 1-based rune column.
func runeCol(line string, off int) int {
	if off > len(line) {
		off = len(line)
	}
	if off < 0 {
		off = 0
	}
	return utf8.RuneCountInString(line[:off]) + 1
}
