package check

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"baocao/internal/golden"
	"baocao/internal/parse"
)

// The UBND Kế hoạch: products by wording, a kind none item counted as
// Khác, and body/annex disagreements on a recurring deadline, a lead, the
// coordinators and a product.
func TestGoldenStateLayoutText(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "parse", "testdata", "125-KH-UBND-2021.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p, diags := parse.Parse("125-KH-UBND-2021.txt", data)
	if p == nil || diags.HasErrors() {
		t.Fatalf("%v", diags)
	}
	r := Check(p)
	if !r.ProductsByWording {
		t.Error("ProductsByWording = false on a body without bold")
	}
	var b bytes.Buffer
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "125-KH-UBND-2021.txt", b.Bytes())
}
