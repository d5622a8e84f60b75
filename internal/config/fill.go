package config

import (
	"fmt"
	"reflect"
)

// fill copies the values of a decoded TOML table (tomlfile.Parse's tree)
// into v, a Config or one of its tables, as the TOML library would decode
// the text into it: a key the table leaves out keeps its value, a list
// replaces the list. checkTable has vetted every key and type first, so
// fill follows the tree without checking it again. Decoding the text a
// second time with the library cost two more parses of it (TestFillDecodes
// compares the two).
func fill(v reflect.Value, table map[string]any) error {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		name := tomlName(t.Field(i))
		val, ok := table[name]
		if name == "" || !ok {
			continue
		}
		f := v.Field(i)
		switch x := val.(type) {
		case map[string]any:
			if err := fill(f, x); err != nil {
				return err
			}
		case string:
			if f.Type() == durationType {
				if err := f.Addr().Interface().(*Duration).UnmarshalText([]byte(x)); err != nil {
					return fmt.Errorf("key %q: %w", name, err)
				}
				continue
			}
			f.SetString(x)
		case int64:
			if f.Kind() == reflect.Float64 {
				f.SetFloat(float64(x))
				continue
			}
			f.SetInt(x)
		case float64:
			f.SetFloat(x)
		case []any:
			list := make([]string, len(x))
			for j, e := range x {
				list[j] = e.(string)
			}
			f.Set(reflect.ValueOf(list))
		default:
			return fmt.Errorf("key %q: a %T cannot be set", name, val)
		}
	}
	return nil
}
