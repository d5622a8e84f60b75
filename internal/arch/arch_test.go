package arch

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// module is the import path of the repository root.
const module = "baocao"

// owners are the one package that may import each library: a library has
// one importer, so replacing it (fpdf, excelize, the TOML decoder) touches
// one package. The vendored fpdf under third_party counts as fpdf.
var owners = []struct {
	library string
	is      func(path string) bool
	owner   string
}{
	{"fpdf", func(p string) bool { return strings.Contains(p, "fpdf") }, module + "/internal/pdf"},
	{"excelize", func(p string) bool { return strings.HasPrefix(p, "github.com/xuri/excelize") }, module + "/internal/xlsx"},
	{"a TOML library", func(p string) bool {
		return !strings.HasPrefix(p, module+"/") && strings.Contains(strings.ToLower(p), "toml")
	}, module + "/internal/tomlfile"},
}

// stages read, check and count; they never draw (renderers) nor depend on
// the command line, so a stage can be tested and reused without either.
var stages = []string{"parse", "check", "progress", "vocab", "program", "document", "source", "reader", "report"}

// renderers draw documents; only cli (and other renderers' shared helpers) use them.
var renderers = []string{"pdf", "xlsx", "docx"}

// extra are the rules a package states for itself: vocab recognises
// phrases and knows nothing of documents or their parser; check, the
// renderers and progress take their vocabulary from vocab, never from parse.
var extra = []struct {
	importer string   // package path below internal/, a prefix
	allowed  []string // for "only": import path prefixes allowed besides the standard library
	banned   []string // import paths it must not use
}{
	{importer: "vocab", allowed: []string{module + "/internal/program", module + "/internal/lazyre", "golang.org/x/text/"}},
	// lazyre (regular expressions compiled on first use) stays a leaf over
	// the standard library, so that any package may use it.
	{importer: "lazyre", allowed: []string{}},
	// report words the review once for every renderer: it reads the
	// review and the wording, and knows nothing of paper or cells. It
	// reads the office's own text too, decoded as every text input is
	// (source), with positioned diagnostics.
	{importer: "report", allowed: []string{module + "/internal/progress", module + "/internal/program", module + "/internal/palette", module + "/internal/source",
		module + "/templates", module + "/internal/vocab", "golang.org/x/text/"}},
	{importer: "check", banned: []string{module + "/internal/parse"}},
	{importer: "pdf", banned: []string{module + "/internal/parse"}},
	{importer: "xlsx", banned: []string{module + "/internal/parse"}},
	{importer: "progress", banned: []string{module + "/internal/parse"}},
}

// pkg is one package of the module and what its non-test files import;
// tests may import more (a renderer's test may read its output with another
// library, or run the command line).
type pkg struct {
	imports map[string]bool
}

// TestImportRules checks the whole module against the rules above.
func TestImportRules(t *testing.T) {
	pkgs := load(t, filepath.Join("..", ".."))
	for _, must := range []string{"internal/pdf", "internal/xlsx", "internal/tomlfile", "internal/cli", "cmd/baocao", "internal/parse", "internal/vocab"} {
		if _, ok := pkgs[module+"/"+must]; !ok {
			t.Fatalf("package %s not found: the rules would check nothing", must)
		}
	}
	for _, v := range violations(pkgs) {
		t.Error(v)
	}
}

// TestViolationsAreFound: the checker reports each kind of broken rule on a
// made-up module, so a rule that silently checks nothing fails here.
func TestViolationsAreFound(t *testing.T) {
	p := func(imports ...string) pkg {
		m := map[string]bool{}
		for _, i := range imports {
			m[i] = true
		}
		return pkg{imports: m}
	}
	pkgs := map[string]pkg{
		module + "/internal/pdf":         p("codeberg.org/go-pdf/fpdf"),
		module + "/internal/progress":    p(module + "/internal/pdf"),
		module + "/internal/check":       p("codeberg.org/go-pdf/fpdf", module+"/internal/parse"),
		module + "/internal/reader/docx": p("github.com/some/docxlib", module+"/internal/cli"),
		module + "/internal/reader/pdf":  p("github.com/some/docxlib/sub"),
		module + "/internal/vocab":       p("github.com/pkg/errors"),
		module + "/internal/tomlfile":    p("github.com/BurntSushi/toml"),
		module + "/internal/config":      p("github.com/pelletier/go-toml/v2"),
	}
	got := strings.Join(violations(pkgs), "\n")
	for _, want := range []string{
		"internal/check imports fpdf (codeberg.org/go-pdf/fpdf): only baocao/internal/pdf may",
		"internal/config imports a TOML library (github.com/pelletier/go-toml/v2): only baocao/internal/tomlfile may",
		"github.com/some/docxlib is imported by 2 packages",
		"internal/progress is a stage and imports the renderer baocao/internal/pdf",
		"internal/reader/docx imports baocao/internal/cli: only cmd/baocao may",
		"internal/check imports baocao/internal/parse",
		"internal/vocab imports github.com/pkg/errors",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("violations lack %q; got:\n%s", want, got)
		}
	}
}

// violations lists every broken rule, sorted.
func violations(pkgs map[string]pkg) []string {
	var out []string
	importers := map[string]map[string]bool{} // library root → importing packages
	for name, p := range pkgs {
		short := strings.TrimPrefix(name, module+"/")
		for imp := range p.imports {
			if !thirdParty(imp) {
				continue
			}
			root := libraryRoot(imp)
			if importers[root] == nil {
				importers[root] = map[string]bool{}
			}
			importers[root][name] = true
			for _, o := range owners {
				if o.is(imp) && name != o.owner {
					out = append(out, short+" imports "+o.library+" ("+imp+"): only "+o.owner+" may")
				}
			}
		}
		// Tests may drive the command line end to end (xlsx's form round
		// trip does); code may not.
		for imp := range p.imports {
			if isPkg(imp, "internal/cli") && !isPkg(name, "cmd/baocao") {
				out = append(out, short+" imports "+imp+": only cmd/baocao may")
			}
		}
		for _, s := range stages {
			if !isPkg(name, "internal/"+s) {
				continue
			}
			for imp := range p.imports {
				for _, r := range renderers {
					if isPkg(imp, "internal/"+r) {
						out = append(out, short+" is a stage and imports the renderer "+imp)
					}
				}
			}
		}
		for _, e := range extra {
			if !isPkg(name, "internal/"+e.importer) {
				continue
			}
			for imp := range p.imports {
				for _, b := range e.banned {
					if imp == b {
						out = append(out, short+" imports "+imp+": it takes its vocabulary from "+module+"/internal/vocab")
					}
				}
				if e.allowed == nil || standard(imp) {
					continue
				}
				ok := false
				for _, a := range e.allowed {
					ok = ok || imp == a || strings.HasPrefix(imp, a)
				}
				if !ok {
					only := "the standard library"
					if len(e.allowed) > 0 {
						only += " and " + strings.Join(e.allowed, ", ")
					}
					out = append(out, short+" imports "+imp+": it may import only "+only)
				}
			}
		}
	}
	for root, by := range importers {
		if len(by) > 1 {
			out = append(out, root+" is imported by "+strconv.Itoa(len(by))+" packages ("+strings.Join(keys(by), ", ")+"): a library has one importing package")
		}
	}
	sort.Strings(out)
	return out
}

// isPkg reports whether name is the module's package rel or one below it.
func isPkg(name, rel string) bool {
	full := module + "/" + rel
	return name == full || strings.HasPrefix(name, full+"/")
}

// standard reports a standard-library import path (no dot in its first element).
func standard(p string) bool {
	return !strings.Contains(strings.Split(p, "/")[0], ".") && p != module && !strings.HasPrefix(p, module+"/")
}

// thirdParty reports a library outside the module and the Go project
// (golang.org/x is the Go project's own, used where it is needed), or one
// vendored under third_party.
func thirdParty(p string) bool {
	if strings.HasPrefix(p, module+"/third_party/") {
		return true
	}
	return !standard(p) && !strings.HasPrefix(p, module+"/") && p != module && !strings.HasPrefix(p, "golang.org/x/")
}

// libraryRoot is the library an import path belongs to: its repository
// (host/owner/name on code hosts, host/name elsewhere), or its folder
// under third_party.
func libraryRoot(p string) string {
	parts := strings.Split(p, "/")
	n := 2
	switch parts[0] {
	case "github.com", "gitlab.com", "codeberg.org", "bitbucket.org":
		n = 3
	case module:
		n = 3 // baocao/third_party/fpdf
	}
	return strings.Join(parts[:min(n, len(parts))], "/")
}

// load reads the import lists of every package of the module under root,
// leaving out testdata and the vendored libraries' own files.
func load(t *testing.T, root string) map[string]pkg {
	t.Helper()
	pkgs := map[string]pkg{}
	err := filepath.WalkDir(root, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if n := e.Name(); path != root && (n == "testdata" || n == "third_party" || n == "output" || strings.HasPrefix(n, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") {
			return nil
		}
		rel, err := filepath.Rel(root, filepath.Dir(path))
		if err != nil {
			return err
		}
		name := module
		if rel != "." {
			name += "/" + filepath.ToSlash(rel)
		}
		p, ok := pkgs[name]
		if !ok {
			p = pkg{imports: map[string]bool{}}
			pkgs[name] = p
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.ImportsOnly)
		if err != nil {
			return err
		}
		if strings.HasSuffix(path, "_test.go") {
			return nil
		}
		for _, im := range f.Imports {
			v, err := strconv.Unquote(im.Path.Value)
			if err != nil {
				return err
			}
			p.imports[v] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pkgs
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
