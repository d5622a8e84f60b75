package vocab

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// imports lists the packages the non-test Go files of dir import.
func imports(t *testing.T, dir string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range af.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			out[p] = true
		}
	}
	return out
}

// TestImportRules states the package boundary: vocab recognises phrases
// and knows nothing of documents, so it imports only the domain types,
// the standard library and Unicode normalisation; check (and the
// renderers) take their vocabulary from vocab, never from the parser.
func TestImportRules(t *testing.T) {
	for p := range imports(t, ".") {
		std := !strings.Contains(strings.Split(p, "/")[0], ".") && !strings.HasPrefix(p, "baocao/")
		if !std && p != "baocao/internal/program" && !strings.HasPrefix(p, "golang.org/x/text/") {
			t.Errorf("vocab imports %s: it may import only the standard library, baocao/internal/program and golang.org/x/text", p)
		}
	}
	for _, dir := range []string{"../check", "../pdf", "../xlsx", "../progress"} {
		if imports(t, dir)["baocao/internal/parse"] {
			t.Errorf("%s imports baocao/internal/parse: it should take the vocabulary from baocao/internal/vocab", dir)
		}
	}
}
