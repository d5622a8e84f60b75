package cli

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"baocao/internal/i18n"
)

// translatable lists the texts of this package that go through the
// catalogue: every tr(…) and warnf(…) format, every trErrorf(…) and word(…), every command's --help text (the about
// argument of newJob and flags), every flag's usage, and the exit codes.
func translatable(t *testing.T) map[string]string {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	keys := map[string]string{} // key → where
	add := func(e ast.Expr) {
		if s, ok := literal(e); ok && s != "" && s != "%s" {
			keys[s] = fset.Position(e.Pos()).String()
		}
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				// The commands' one-line summaries of 'baocao --help'.
				if n.Name.Name == "commands" {
					ast.Inspect(n.Body, func(n ast.Node) bool {
						if c, ok := n.(*ast.CompositeLit); ok && len(c.Elts) == 3 {
							add(c.Elts[1])
						}
						return true
					})
				}
			case *ast.CallExpr:
				if id, ok := n.Fun.(*ast.Ident); ok && (id.Name == "tr" || id.Name == "trErrorf" || id.Name == "word" || id.Name == "usageErrorf" || id.Name == "invalidErrorf") && len(n.Args) > 0 {
					add(n.Args[0])
				}
				if id, ok := n.Fun.(*ast.Ident); ok && id.Name == "trWrapf" && len(n.Args) > 1 {
					add(n.Args[1])
				}
				sel, ok := n.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				switch name := sel.Sel.Name; {
				case (name == "tr" || name == "usagef" || name == "invalidf") && len(n.Args) > 0:
					add(n.Args[0])
				case name == "warnf" && len(n.Args) > 1:
					add(n.Args[1])
				case name == "newJob" && len(n.Args) == 4:
					add(n.Args[2])
					if s, ok := literal(n.Args[3]); ok {
						for _, m := range exampleNote().FindAllStringSubmatch(s, -1) {
							keys[m[2]] = fset.Position(n.Args[3].Pos()).String()
						}
					}
				case name == "outputFlags" && len(n.Args) == 2:
					add(n.Args[1])
				case name == "flags" && len(n.Args) == 3:
					add(n.Args[1])
					if s, ok := literal(n.Args[2]); ok {
						for _, m := range exampleNote().FindAllStringSubmatch(s, -1) {
							keys[m[2]] = fset.Position(n.Args[2].Pos()).String()
						}
					}
				case (strings.HasSuffix(name, "Var") || name == "String" || name == "Bool" || name == "Int") && len(n.Args) >= 3:
					add(n.Args[len(n.Args)-1])
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if id.Name == "exitCodesHelp" && i < len(n.Values) {
						add(n.Values[i])
					}
				}
			}
			return true
		})
	}
	return keys
}

// literal evaluates a string literal or a sum of them.
func literal(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := literal(e.X)
		b, ok2 := literal(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return literal(e.X)
	}
	return "", false
}

// TestEveryTextHasAVietnameseEntry fails when a text of the interface has
// no Vietnamese translation in the catalogue (internal/i18n/vi.go): it
// would be shown in English to a Vietnamese clerk.
func TestEveryTextHasAVietnameseEntry(t *testing.T) {
	keys := translatable(t)
	if len(keys) < 25 {
		t.Fatalf("found only %d texts: the scan is broken", len(keys))
	}
	var missing []string
	for k, where := range keys {
		if !i18n.Has(k) {
			missing = append(missing, where+": "+strconv.Quote(k))
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%d of %d texts have no Vietnamese entry in internal/i18n/vi.go:\n%s", len(missing), len(keys), strings.Join(missing, "\n"))
	}
}
