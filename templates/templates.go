// Package templates holds the wording of the quarterly report as Go text/template files, embedded and overridable from a folder.
package templates

import (
	"embed"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
	"unicode"
	"unicode/utf8"
)

// FS holds the built-in wording.
//
//go:embed *.tmpl
var FS embed.FS

// Names are the templates the report renders, in the order it renders them.
var Names = []string{"title.tmpl", "results.tmpl", "assessment.tmpl", "overdue.tmpl", "next.tmpl", "direction.tmpl", "office.tmpl", "tables.tmpl", "appendix.tmpl"}

// Body are the templates of the report's body, in the official order: part
// I (results, then the office's assessment), II (overdue), III (due next
// quarter), IV and V (the office's direction and recommendations) and the
// closing paragraph.
var Body = []string{"results.tmpl", "assessment.tmpl", "overdue.tmpl", "next.tmpl", "direction.tmpl"}

// Funcs are the functions every template may call.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"upper":      strings.ToUpper,
		"lower":      strings.ToLower,
		"lowerFirst": lowerFirst,
		"pad2":       pad2,
		"add":        func(a, b int) int { return a + b },
		"plain":      Plain,
		"dict":       dict,
	}
}

// Plain writes a paragraph of someone else's words (the office's text) so
// that the body markup reads it as body text whatever it starts with: on
// one line, and with a backslash in front when it starts with a character
// the markup gives a meaning ("# 5 phần việc …" is no heading, "[[table
// areas]]" no table). The markup drops that backslash.
func Plain(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if s != "" && strings.ContainsRune(markupStarts, rune(s[0])) {
		return `\` + s
	}
	return s
}

// markupStarts are the first characters of a paragraph that the body
// markup reads as something else than text, and its escape.
const markupStarts = "#^~[\\"

// dict makes a map of key, value pairs, for a defined template that needs
// more than one value: {{template "office.missing" (dict "Path" .Office.Path "Part" "Hạn chế")}}.
func dict(kv ...any) (map[string]any, error) {
	if len(kv)%2 != 0 {
		return nil, fmt.Errorf("dict: %d arguments, expected key, value pairs", len(kv))
	}
	m := make(map[string]any, len(kv)/2)
	for i := 0; i < len(kv); i += 2 {
		k, ok := kv[i].(string)
		if !ok {
			return nil, fmt.Errorf("dict: key %v is not a string", kv[i])
		}
		m[k] = kv[i+1]
	}
	return m, nil
}

// pad2 writes a count with two digits as the programme does ("06 kế
// hoạch", "01 quy định"); zero stays "0": "00/34 phần việc" reads as a typo.
func pad2(n int) string {
	if n == 0 {
		return "0"
	}
	return fmt.Sprintf("%02d", n)
}

// lowerFirst lower-cases the first letter: "Đã hoàn thành" → "đã hoàn thành".
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// Load parses the built-in templates and then, when dir is not empty, every
// *.tmpl file in dir, which replaces the built-in file of the same name. An
// office can so copy this folder, change a sentence and point the
// configuration at its copy without rebuilding; files it did not copy keep
// the built-in wording. Files are read in name order, so the result does not
// depend on the directory listing.
func Load(dir string) (*template.Template, error) {
	root := template.New("report").Funcs(Funcs()).Option("missingkey=error")
	builtin, err := FS.ReadDir(".")
	if err != nil {
		return nil, err
	}
	for _, e := range builtin {
		data, err := FS.ReadFile(e.Name())
		if err != nil {
			return nil, err
		}
		if _, err := root.New(e.Name()).Parse(string(data)); err != nil {
			return nil, fmt.Errorf("built-in template %s: %w", e.Name(), err)
		}
	}
	if dir == "" {
		return root, nil
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.tmpl"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		if _, err := os.Stat(dir); err != nil {
			return nil, fmt.Errorf("templates folder: %w", err)
		}
	}
	sort.Strings(paths)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		if _, err := root.New(filepath.Base(p)).Parse(string(data)); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err) // text/template names the line
		}
	}
	return root, nil
}
