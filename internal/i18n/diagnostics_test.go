package i18n

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"baocao/internal/source"
)

// A message site is a call that makes a message printed later in the
// reader's language: source.Diagnostics.Add (the format is its fourth
// argument), source.Msgf and vocab's msgf (its first), a call of a function named tr in a
// package below cli (check's report), and every function or closure that
// passes its own format parameter on to one of these (parse's warn and
// errorf, the ledger reader's errorAt, the form reader's errorf …). The
// scan finds them with go/ast, without type information: a method named
// Add with fewer than four arguments (sync.WaitGroup) is not one.
type emitter struct {
	index          int    // which argument is the format
	prefix, suffix string // what the emitter adds around the format
}

type siteScan struct {
	fset     *token.FileSet
	emitters map[string]emitter  // package folder + "." + function name
	dirs     map[string][]string // package folders by their last element, the package's name
	keys     map[string]string   // format → where it is written
	dynamic  []string            // places whose format is not a literal
}

// scanMessages walks every non-test Go file under root.
func scanMessages(t *testing.T, root string) *siteScan {
	t.Helper()
	s := &siteScan{fset: token.NewFileSet(), emitters: map[string]emitter{}, keys: map[string]string{}, dirs: map[string][]string{}}
	files := map[string][]*ast.File{} // by folder: a package
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || d.Name() == "third_party") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(s.fset, path, nil, 0)
		if err != nil {
			return err
		}
		files[filepath.Dir(path)] = append(files[filepath.Dir(path)], f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for dir := range files {
		s.dirs[filepath.Base(dir)] = append(s.dirs[filepath.Base(dir)], dir)
	}
	// Find the emitters to a fixed point: a function is one when it hands
	// one of its parameters to a known emitter as the format.
	for changed := true; changed; {
		changed = false
		for dir, fs := range files {
			for _, f := range fs {
				eachFunc(f, func(name string, typ *ast.FuncType, body *ast.BlockStmt) {
					key := dir + "." + name
					if _, known := s.emitters[key]; known || body == nil {
						return
					}
					params := paramIndex(typ)
					ast.Inspect(body, func(n ast.Node) bool {
						call, ok := n.(*ast.CallExpr)
						if !ok {
							return true
						}
						e, ok := s.emitterOf(dir, call)
						if !ok || e.index >= len(call.Args) {
							return true
						}
						prefix, param, suffix, ok := paramFormat(call.Args[e.index])
						if i, isParam := params[param]; ok && isParam {
							s.emitters[key] = emitter{index: i, prefix: e.prefix + prefix, suffix: suffix + e.suffix}
							changed = true
							return false
						}
						return true
					})
				})
			}
		}
	}
	// Collect the formats at every call of an emitter.
	for dir, fs := range files {
		for _, f := range fs {
			eachFunc(f, func(name string, typ *ast.FuncType, body *ast.BlockStmt) {
				if body == nil {
					return
				}
				params := paramIndex(typ)
				ast.Inspect(body, func(n ast.Node) bool {
					if _, ok := n.(*ast.FuncLit); ok {
						return false // visited as a function of its own
					}
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					e, ok := s.emitterOf(dir, call)
					if !ok || e.index >= len(call.Args) {
						return true
					}
					arg := call.Args[e.index]
					where := s.fset.Position(arg.Pos()).String()
					if lit, ok := literal(arg); ok {
						s.keys[e.prefix+lit+e.suffix] = where
						return true
					}
					if _, param, _, ok := paramFormat(arg); ok {
						if _, isParam := params[param]; isParam {
							return true // an emitter passing its format on
						}
					}
					if sel, ok := arg.(*ast.SelectorExpr); ok && sel.Sel.Name == "Format" {
						return true // a source.Msg's format, checked where the Msg is made
					}
					s.dynamic = append(s.dynamic, where)
					return true
				})
			})
		}
	}
	return s
}

// emitterOf says whether call makes a message, and where its format is.
func (s *siteScan) emitterOf(dir string, call *ast.CallExpr) (emitter, bool) {
	var name string
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		name = fun.Name
	case *ast.SelectorExpr:
		name = fun.Sel.Name
		if name == "Add" && len(call.Args) >= 4 {
			return emitter{index: 3}, true
		}
		if pkg, ok := fun.X.(*ast.Ident); ok { // another package's emitter: source.FileErrorf
			for _, d := range s.dirs[pkg.Name] {
				if e, ok := s.emitters[d+"."+name]; ok {
					return e, true
				}
			}
		}
	default:
		return emitter{}, false
	}
	if name == "Msgf" || name == "msgf" { // vocab's copy of source.Msgf
		return emitter{index: 0}, true
	}
	if name == "tr" && !strings.HasSuffix(dir, "cli") && len(call.Args) > 0 {
		return emitter{index: 0}, true
	}
	e, ok := s.emitters[dir+"."+name]
	return e, ok
}

// eachFunc calls fn for every function declaration of f, every closure
// assigned to a name (pf := func(format string, args ...any) {…}), and the
// package-level declarations as one body without parameters (var emptyText
// = source.Msgf(…)).
func eachFunc(f *ast.File, fn func(name string, typ *ast.FuncType, body *ast.BlockStmt)) {
	var top []ast.Stmt
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			top = append(top, &ast.DeclStmt{Decl: g})
		}
	}
	fn("", &ast.FuncType{Params: &ast.FieldList{}}, &ast.BlockStmt{List: top})
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			fn(n.Name.Name, n.Type, n.Body)
		case *ast.AssignStmt:
			for i, rhs := range n.Rhs {
				if lit, ok := rhs.(*ast.FuncLit); ok && i < len(n.Lhs) {
					if id, ok := n.Lhs[i].(*ast.Ident); ok {
						fn(id.Name, lit.Type, lit.Body)
					}
				}
			}
		}
		return true
	})
}

// paramIndex maps each parameter's name to its position.
func paramIndex(typ *ast.FuncType) map[string]int {
	m := map[string]int{}
	i := 0
	for _, field := range typ.Params.List {
		if len(field.Names) == 0 {
			i++
		}
		for _, id := range field.Names {
			m[id.Name] = i
			i++
		}
	}
	return m
}

// paramFormat reads a format argument made of a name, with string
// literals added before or after it: format, "%s: "+format.
func paramFormat(e ast.Expr) (prefix, name, suffix string, ok bool) {
	switch e := e.(type) {
	case *ast.Ident:
		return "", e.Name, "", true
	case *ast.ParenExpr:
		return paramFormat(e.X)
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", "", "", false
		}
		if lit, isLit := literal(e.X); isLit {
			p, n, s, ok := paramFormat(e.Y)
			return lit + p, n, s, ok
		}
		if lit, isLit := literal(e.Y); isLit {
			p, n, s, ok := paramFormat(e.X)
			return p, n, s + lit, ok
		}
	}
	return "", "", "", false
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

// wordless says a format is only verbs and punctuation ("%s", "%s: %s"):
// it has nothing to translate, its arguments are.
func wordless(format string) bool {
	return !strings.ContainsFunc(verb.ReplaceAllString(format, ""), unicode.IsLetter)
}

// TestEveryDiagnosticHasAVietnameseEntry fails when a diagnostic, a
// message inside one, or a line of the check report can be made with a
// format that has no Vietnamese entry, or with a format that is not a
// literal (the scan, and so the test, could not see it).
func TestEveryDiagnosticHasAVietnameseEntry(t *testing.T) {
	s := scanMessages(t, "..")
	if os.Getenv("BAOCAO_LIST_MESSAGES") != "" { // to write the entries: the formats without one
		for k := range s.keys {
			if !wordless(k) && !Has(k) {
				fmt.Printf("\t%q: \"\",\n", k)
			}
		}
	}
	if len(s.keys) < 150 {
		t.Fatalf("found only %d message formats: the scan is broken", len(s.keys))
	}
	// One format of each way a message is made: the scan must see them all.
	for _, k := range []string{
		"task %d has no matching row in the annex table",              // parse's warn, passing its format to Add
		"%s: unknown item %q%s",                                       // the ledger's errorAt, "%s: "+format
		"deadline phrase %q: %v",                                      // vocab's msgf
		"the PDF's page list is damaged (%v)",                         // source.FileErrorf, another package's emitter
		"key %q: folder %q not found",                                 // config's bad, a closure with a prefix
		"words only in the body: %s",                                  // check's source.Msgf
		"  Row %s (%s): %s\n",                                         // check's pf, a closure calling tr
		"the file is empty: expected the text of an action programme", // a package-level var
		"the form is for quarter %q, not %s (%s)",                     // the form reader's errorf
	} {
		if _, ok := s.keys[k]; !ok {
			t.Errorf("the scan does not find %q", k)
		}
	}
	var missing []string
	for k, where := range s.keys {
		if !wordless(k) && !Has(k) {
			missing = append(missing, where+": "+strconv.Quote(k))
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%d of %d message formats have no Vietnamese entry in internal/i18n:\n%s", len(missing), len(s.keys), strings.Join(missing, "\n"))
	}
	sort.Strings(s.dynamic)
	if len(s.dynamic) > 0 {
		t.Errorf("%d messages are made with a format that is not a string literal, so no test sees whether it is translated; write the format at the call:\n%s", len(s.dynamic), strings.Join(s.dynamic, "\n"))
	}
}

// TestSeverityWords: the word before each diagnostic ("lỗi:", "cảnh
// báo:") comes from the catalogue too.
func TestSeverityWords(t *testing.T) {
	want := map[source.Severity]string{source.Error: "lỗi", source.Warning: "cảnh báo", source.Info: "thông tin"}
	for sev, vi := range want {
		if got := New(Vietnamese).Sprintf(sev.String()); got != vi {
			t.Errorf("%v in Vietnamese: %q, want %q", sev, got, vi)
		}
		if got := New(English).Sprintf(sev.String()); got != sev.String() {
			t.Errorf("%v in English: %q", sev, got)
		}
	}
}

// TestDiagnosticTranslated: a diagnostic prints its position as it is,
// the severity word and the message in the reader's language, with a
// message inside it (a deadline phrase vocab could not read) translated
// too; English is unchanged.
func TestDiagnosticTranslated(t *testing.T) {
	var l source.Diagnostics
	inner := source.Msgf("%q: there is no month %d", "tháng 13/2021", 13)
	l.Add(source.Pos{File: "ct.txt", Line: 40208, Col: 3}, source.Error, "deadline-unknown", "task %d: %v", 4, source.Msgf("deadline phrase %q: %v", "tháng 13/2021", inner))
	d := l[0]
	want := `ct.txt:40208:3: lỗi: nhiệm vụ 4: thời hạn "tháng 13/2021": "tháng 13/2021": không có tháng 13`
	if got := d.Translated(New(Vietnamese).Sprintf); got != want {
		t.Errorf("Vietnamese:\n got %s\nwant %s", got, want)
	}
	if got := d.Translated(New(English).Sprintf); got != d.String() {
		t.Errorf("English: %q, want %q", got, d.String())
	}
}
