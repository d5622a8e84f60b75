package config

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"baocao/internal/tomlfile"
)

// decodeBoth fills a copy of the defaults from text as decode does and
// decodes text into another copy with the TOML library, as decode did
// before; ok is false when checkTable rejects the text.
func decodeBoth(t *testing.T, text string) (filled, decoded *Config, ok bool) {
	t.Helper()
	raw, err := tomlfile.Parse(text)
	if err != nil {
		return nil, nil, false
	}
	keys := knownKeys()
	byKey := map[string]keyInfo{}
	names := make([]string, len(keys))
	for i, k := range keys {
		byKey[k.key] = k
		names[i] = k.key
	}
	var errs Errors
	ix := tomlfile.NewIndex(strings.Split(text, "\n"))
	checkTable("t.toml", ix, "", raw, byKey, names, &errs)
	if len(errs) > 0 {
		return nil, nil, false
	}
	filled, decoded = Default(), Default()
	if err := fill(reflect.ValueOf(filled).Elem(), raw); err != nil {
		t.Fatalf("fill: %v\n%s", err, text)
	}
	if err := tomlfile.Decode(text, decoded); err != nil {
		t.Fatalf("the library rejects what checkTable accepts: %v\n%s", err, text)
	}
	return filled, decoded, true
}

// TestFillDecodes: filling from the parsed tree gives the configuration
// the TOML library decodes, on hand-written files and on random ones
// (every known key, values of its type, written as tables, dotted keys or
// inline tables).
func TestFillDecodes(t *testing.T) {
	texts := []string{
		string(DefaultTOML()),
		"[page]\nwidth_mm = 210\nheight_mm = 297.5\n",
		"[recipients]\nlist = []\n",
		"[recipients]\nlist = [\"a\", 'b', \"\"\"c\nd\"\"\"]\n",
		"run.lock_timeout = \"1m30s\"\nrun.workers = 3\n",
		"paths = {seeds = \"chuong-trinh\", output = \"out\"}\n",
		"[signer]\nname = \"Nguyễn Văn A\\t\\u00e0\"\n",
	}
	rng := rand.New(rand.NewPCG(12, 2021))
	for range 300 {
		texts = append(texts, randomConfig(rng))
	}
	accepted := 0
	for _, text := range texts {
		filled, decoded, ok := decodeBoth(t, text)
		if !ok {
			continue
		}
		accepted++
		if !reflect.DeepEqual(filled, decoded) {
			t.Errorf("fill and the library differ on\n%s\nfill:    %+v\nlibrary: %+v", text, *filled, *decoded)
		}
	}
	if accepted < 250 {
		t.Errorf("only %d of %d texts were valid: the generator is broken", accepted, len(texts))
	}
}

// randomConfig writes a random subset of the known keys with random values
// of their types.
func randomConfig(rng *rand.Rand) string {
	byTable := map[string][]keyInfo{}
	var tables []string
	for _, k := range knownKeys() {
		if k.table {
			tables = append(tables, k.key)
			continue
		}
		table, _, _ := strings.Cut(k.key, ".")
		if rng.IntN(3) > 0 {
			byTable[table] = append(byTable[table], k)
		}
	}
	// Dotted keys and inline tables first: after a [header] every key
	// belongs to that table.
	var top, headed bytes.Buffer
	for _, table := range tables {
		keys := byTable[table]
		if len(keys) == 0 {
			continue
		}
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s = %s", strings.TrimPrefix(k.key, table+"."), randomValue(rng, k.typ)))
		}
		switch rng.IntN(3) {
		case 0:
			fmt.Fprintf(&headed, "[%s]\n%s\n", table, strings.Join(parts, "\n"))
		case 1:
			for _, p := range parts {
				fmt.Fprintf(&top, "%s.%s\n", table, p)
			}
		default:
			fmt.Fprintf(&top, "%s = {%s}\n", table, strings.Join(parts, ", "))
		}
	}
	return top.String() + headed.String()
}

func randomValue(rng *rand.Rand, typ reflect.Type) string {
	words := []string{"", "Tỉnh ủy", "T/M", "a\"b", `c\d`, "quý II-2021", "x y", "Lưu VT"}
	switch {
	case typ == durationType:
		return tomlfile.Quote([]string{"0s", "30s", "5m", "1h2m3s", "250ms"}[rng.IntN(5)])
	case typ.Kind() == reflect.String:
		return tomlfile.Quote(words[rng.IntN(len(words))])
	case typ.Kind() == reflect.Int:
		return fmt.Sprint(rng.IntN(200) - 20)
	case typ.Kind() == reflect.Float64:
		if rng.IntN(2) == 0 {
			return fmt.Sprint(rng.IntN(300)) // an integer where a number goes
		}
		return fmt.Sprintf("%.2f", rng.Float64()*300)
	case typ.Kind() == reflect.Slice:
		n := rng.IntN(4)
		var list []string
		for range n {
			list = append(list, tomlfile.Quote(words[rng.IntN(len(words))]))
		}
		return "[" + strings.Join(list, ", ") + "]"
	}
	panic("no random value for " + typ.String())
}
