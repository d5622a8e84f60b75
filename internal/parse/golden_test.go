package parse

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/source"
	"baocao/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// seedBytes returns the bundled programme.
func seedBytes(t testing.TB) []byte {
	t.Helper()
	b, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// golden compares got with testdata/name, or rewrites it with -update.
// A missing golden file fails.
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
		t.Errorf("%s differs from the output; run go test -update and review the diff:\n%s", path, firstDiff(want, got))
	}
}

func firstDiff(want, got []byte) string {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g []byte
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if !bytes.Equal(w, g) {
			return "line " + itoa(i+1) + ":\n- " + string(w) + "\n+ " + string(g)
		}
	}
	return ""
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

// diagText lists diagnostics one per line.
func diagText(d source.Diagnostics) []byte {
	var b bytes.Buffer
	for _, x := range d {
		b.WriteString(x.String())
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func TestGoldenSeed(t *testing.T) {
	p, diags := Parse("seeds/"+seeds.Default, seedBytes(t))
	if p == nil {
		t.Fatalf("no programme: %v", diags)
	}
	j, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "07-CTr-TU-2021.json", append(j, '\n'))
	golden(t, "07-CTr-TU-2021.diag", diagText(diags))
}

// A programme in another layout: header block, columns STT | Nội dung |
// Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành, other deadline
// forms, signer before Nơi nhận.
func TestGoldenSecondLayout(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "12-CTr-HU-2022.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, diags := Parse("12-CTr-HU-2022.txt", data)
	if p == nil {
		t.Fatalf("no programme: %v", diags)
	}
	j, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "12-CTr-HU-2022.json", append(j, '\n'))
	golden(t, "12-CTr-HU-2022.diag", diagText(diags))
}
