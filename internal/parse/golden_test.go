package parse

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/golden"
	"baocao/internal/source"
	"baocao/seeds"
)

// seedBytes returns the bundled programme.
func seedBytes(t testing.TB) []byte {
	t.Helper()
	b, err := seeds.FS.ReadFile(seeds.Default)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

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
	golden.Check(t, "07-CTr-TU-2021.json", append(j, '\n'))
	golden.Check(t, "07-CTr-TU-2021.diag", diagText(diags))
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
	golden.Check(t, "12-CTr-HU-2022.json", append(j, '\n'))
	golden.Check(t, "12-CTr-HU-2022.diag", diagText(diags))
}
