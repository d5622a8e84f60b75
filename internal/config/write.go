package config

import (
	"bufio"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"baocao/internal/tomlfile"
)

// fileHeader opens every printed configuration.
const fileHeader = `# baocao.toml — configuration of baocao (see docs/operations.md).
#
# Every key is optional: a key left out keeps the value shown here, which is
# also what baocao uses when no configuration file is given. Unknown keys,
# wrong types and missing files are errors naming the line, so a misspelt key
# never goes unnoticed. 'baocao config' prints the configuration in effect.
`

// WriteTOML prints the configuration as commented TOML that Load reads back
// to the same values. The built-in default.toml is exactly WriteTOML of the
// defaults.
func (c *Config) WriteTOML(w io.Writer) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(fileHeader)
	rv := reflect.ValueOf(*c)
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		name := tomlName(f)
		if name == "" {
			continue
		}
		bw.WriteString("\n")
		writeComment(bw, f.Tag.Get("comment"))
		fmt.Fprintf(bw, "[%s]\n", name)
		sv := rv.Field(i)
		for j := 0; j < f.Type.NumField(); j++ {
			sf := f.Type.Field(j)
			key := tomlName(sf)
			if key == "" {
				continue
			}
			writeComment(bw, sf.Tag.Get("comment"))
			fmt.Fprintf(bw, "%s = %s\n", key, tomlValue(sv.Field(j)))
		}
	}
	return bw.Flush()
}

func writeComment(w *bufio.Writer, c string) {
	if c == "" {
		return
	}
	for _, l := range strings.Split(c, "\n") {
		w.WriteString("# " + l + "\n")
	}
}

func tomlValue(v reflect.Value) string {
	if d, ok := v.Interface().(Duration); ok {
		return tomlfile.Quote(d.Duration.String())
	}
	switch v.Kind() {
	case reflect.String:
		return tomlfile.Quote(v.String())
	case reflect.Int:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		s := strconv.FormatFloat(v.Float(), 'f', -1, 64)
		if !strings.ContainsAny(s, ".eE") {
			s += ".0"
		}
		return s
	case reflect.Slice:
		if v.Len() == 0 {
			return "[]"
		}
		var b strings.Builder
		b.WriteString("[\n")
		for i := 0; i < v.Len(); i++ {
			b.WriteString("  " + tomlfile.Quote(v.Index(i).String()) + ",\n")
		}
		b.WriteString("]")
		return b.String()
	}
	return tomlfile.Quote(fmt.Sprint(v.Interface()))
}
