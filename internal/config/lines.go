package config

import (
	"strings"
)

// keyLine finds the line (1-based) where a dotted key is set, by scanning the
// text for table headers and "key =" lines, because the TOML library reports
// unknown keys and type mismatches without positions. It understands
// [table] headers, bare and quoted keys and dotted keys; 0 means not found.
func keyLine(lines []string, dotted string) int {
	table := ""
	for i, raw := range lines {
		l := strings.TrimSpace(raw)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if strings.HasPrefix(l, "[") {
			h := strings.Trim(l, "[]")
			if j := strings.Index(h, "]"); j >= 0 {
				h = h[:j]
			}
			table = normaliseKey(h)
			if table == dotted {
				return i + 1
			}
			continue
		}
		k, _, ok := strings.Cut(l, "=")
		if !ok {
			continue
		}
		full := normaliseKey(k)
		if table != "" {
			full = table + "." + full
		}
		if strings.EqualFold(full, dotted) {
			return i + 1
		}
	}
	return 0
}

// normaliseKey turns `a . "b" .c` into a.b.c.
func normaliseKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		p = strings.Trim(p, `"'`)
		parts[i] = p
	}
	return strings.Join(parts, ".")
}
