package tomlfile

import (
	"fmt"
	"time"
)

// Describe names a value Parse returned, with its text, for a message such
// as "expected a date, got the string "15-6-2021"": the user sees what the
// file says, not a Go type.
func Describe(v any) string {
	switch t := v.(type) {
	case string:
		return fmt.Sprintf("the string %q", t)
	case int64:
		return fmt.Sprintf("the integer %d", t)
	case float64:
		return fmt.Sprintf("the number %v", t)
	case bool:
		return fmt.Sprintf("the boolean %v", t)
	case time.Time:
		// The library marks which of TOML's four date-time forms was written.
		switch t.Location().String() {
		case "date-local":
			return "the date " + t.Format("2006-01-02")
		case "datetime-local":
			return "the date and time " + t.Format("2006-01-02T15:04:05")
		case "time-local":
			return "the time of day " + t.Format("15:04:05")
		}
		return "the date-time " + t.Format(time.RFC3339)
	case []map[string]any:
		return "an array of tables"
	case []any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}
