package check

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/parse"
	"baocao/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs; run go test -update and review the diff.\ngot:\n%s", path, got)
	}
}

func seedReport(t *testing.T) Report {
	t.Helper()
	data, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse("seeds/"+seeds.Default, data)
	if p == nil || diags.HasErrors() {
		t.Fatalf("seed: %v", diags)
	}
	return Check(p)
}

func TestGoldenSeedText(t *testing.T) {
	var b bytes.Buffer
	if err := seedReport(t).WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden(t, "07-CTr-TU-2021.txt", b.Bytes())
}
