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
