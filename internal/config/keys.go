package config

import (
	"reflect"
	"strings"
)

// knownKeys lists every dotted key the configuration accepts, with the Go
// type of its value, in file order.
func knownKeys() []keyInfo {
	var out []keyInfo
	var walk func(prefix string, t reflect.Type)
	walk = func(prefix string, t reflect.Type) {
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := tomlName(f)
			if name == "" {
				continue
			}
			key := name
			if prefix != "" {
				key = prefix + "." + name
			}
			if f.Type.Kind() == reflect.Struct && f.Type != durationType {
				out = append(out, keyInfo{key: key, typ: f.Type, table: true})
				walk(key, f.Type)
				continue
			}
			out = append(out, keyInfo{key: key, typ: f.Type})
		}
	}
	walk("", reflect.TypeOf(Config{}))
	return out
}

type keyInfo struct {
	key   string
	typ   reflect.Type
	table bool
}

var durationType = reflect.TypeOf(Duration{})

func tomlName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag := f.Tag.Get("toml")
	if tag == "-" || tag == "" {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	return name
}

// nearest returns the known key closest to k by edit distance, when it is
// close enough to be a plausible misspelling.
func nearest(k string, keys []keyInfo) string {
	best, bestD := "", 1<<30
	for _, ki := range keys {
		d := editDistance(k, ki.key)
		if d < bestD {
			best, bestD = ki.key, d
		}
	}
	if bestD <= 3 || bestD*3 <= len(k) {
		return best
	}
	return ""
}

// editDistance is the Levenshtein distance over runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
