package tomlfile

import (
	"fmt"
	"time"

	"baocao/internal/source"
)

// Describe names a value Parse returned, with its text, for a message such
// as "expected a date, got the string "15-6-2021"": the user sees what the
// file says, not a Go type.
//
// The name is a source.Msg, printed in the reader's language inside the
// message that holds it.
func Describe(v any) source.Msg {
	switch t := v.(type) {
	case string:
		return source.Msgf("the string %q", t)
	case int64:
		return source.Msgf("the integer %d", t)
	case float64:
		return source.Msgf("the number %v", t)
	case bool:
		return source.Msgf("the boolean %v", t)
	case time.Time:
		// The library marks which of TOML's four date-time forms was written.
		switch t.Location().String() {
		case "date-local":
			return source.Msgf("the date %s", t.Format("2006-01-02"))
		case "datetime-local":
			return source.Msgf("the date and time %s", t.Format("2006-01-02T15:04:05"))
		case "time-local":
			return source.Msgf("the time of day %s", t.Format("15:04:05"))
		}
		return source.Msgf("the date-time %s", t.Format(time.RFC3339))
	case []map[string]any:
		return source.Msgf("an array of tables")
	case []any:
		return source.Msgf("an array")
	case map[string]any:
		return source.Msgf("a table")
	}
	return source.Msgf("a %s", fmt.Sprintf("%T", v))
}
