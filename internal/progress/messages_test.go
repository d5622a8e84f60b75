package progress

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"baocao/internal/i18n"
)

// TestEveryMessageHasAVietnameseEntry: every text this package formats
// through MergeOptions.Tr (a call o.tr("…", …)) has a Vietnamese entry in
// the catalogue (internal/i18n), or a Vietnamese clerk would read it in
// English.
func TestEveryMessageHasAVietnameseEntry(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	found := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			if sel, ok := call.Fun.(*ast.SelectorExpr); !ok || sel.Sel.Name != "tr" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				t.Errorf("%s: tr's format is not a string literal, so the catalogue cannot be checked", fset.Position(call.Pos()))
				return true
			}
			key, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			found++
			if !i18n.Has(key) {
				t.Errorf("%s: %q has no Vietnamese entry in internal/i18n", fset.Position(lit.Pos()), key)
			}
			return true
		})
	}
	if found < 4 {
		t.Errorf("found %d messages: the scan is broken (Merge formats at least 4)", found)
	}
}
