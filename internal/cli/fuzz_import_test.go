package cli

import (
	"baocao/internal/i18n"
	"context"
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/seeds"
)

// FuzzImport runs the import path on any bytes given as a returned form:
// ReadForm, the import policy (progress.Merge) and AppendUpdates,
// as cmdImport does once the files are read. Nothing panics; the ledger
// import would write loads without errors, keeps every earlier record and
// holds no character a report could not print. The programme and the
// sample ledger are parsed once: the command line around this path
// (reading files, locks, messages) has its own tests, and re-parsing the
// programme for every input would slow the fuzzer fifteenfold.
func FuzzImport(f *testing.F) {
	dir := f.TempDir()
	for _, q := range []string{"2021-Q2", "2021-Q4"} {
		if r := cli(f, "forms", "--quarter", q, "--date", "quarter-end", "-o", filepath.Join(dir, q), "-q"); r.code != ExitOK {
			f.Fatalf("forms: %s", r)
		}
	}
	names, _ := filepath.Glob(filepath.Join(dir, "2021-Q4", "phieu-*.xlsx"))
	for _, n := range names[:3] {
		b, _ := os.ReadFile(n)
		f.Add(b)
	}
	// A filled-in form (a note, a status, a completion date) and a form of
	// another quarter, which is refused.
	filled := filepath.Join(dir, "filled.xlsx")
	b, _ := os.ReadFile(names[0])
	os.WriteFile(filled, b, 0o644)
	fillCells(f, filled, map[string]any{"H7": "Ghi chú_x0001_ mới", "E8": "Tạm dừng"})
	for _, n := range []string{filled, filepath.Join(dir, "2021-Q2", filepath.Base(names[0]))} {
		if b, err := os.ReadFile(n); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})

	sample, _ := bundledLedger()
	text, _ := seeds.FS.ReadFile(seeds.Default)
	p, _, err := parseProgramme(inputFile{name: seeds.Default, data: text, bundled: true})
	if err != nil {
		f.Fatal(err)
	}
	q := program.Quarter{Year: 2021, Q: 4}
	recorded := q.Last()
	f.Fuzz(func(t *testing.T, data []byte) {
		current, ld := progress.LoadLedger("l.toml", sample, p)
		if ld.HasErrors() {
			t.Fatal(ld.Err())
		}
		imp := newImporter(current, q, recorded, i18n.New(i18n.English).Sprintf)
		imp.form(context.Background(), "f.xlsx", data, p)
		fresh, err := imp.merge()
		if err != nil {
			t.Fatal(err)
		}
		if imp.diags.HasErrors() {
			return
		}
		next, err := progress.AppendUpdates(sample, fresh, "fuzz")
		if err != nil {
			t.Fatalf("the answers do not append: %v", err)
		}
		l, diags := progress.LoadLedger("l.toml", next, p)
		if diags.HasErrors() {
			t.Fatalf("the imported ledger does not load: %v", diags.Err())
		}
		if len(l.Updates) != len(current.Updates)+len(fresh) {
			t.Fatalf("%d records after appending %d to %d", len(l.Updates), len(fresh), len(current.Updates))
		}
		for _, u := range l.Updates {
			for _, s := range []string{u.Note, u.Document, u.Item, u.Source} {
				if program.Printable(s) != s {
					t.Fatalf("item %s: unprintable text imported: %q", u.Item, s)
				}
			}
		}
	})
}
