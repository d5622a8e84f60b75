package docx

import (
	"bytes"
	"os"
	"testing"
)

// TestWriteSample writes the sample report to $BAOCAO_DOCX_OUT for looking at it.
func TestWriteSample(t *testing.T) {
	out := os.Getenv("BAOCAO_DOCX_OUT")
	if out == "" {
		t.Skip("set BAOCAO_DOCX_OUT=file.docx to write the sample report")
	}
	var b bytes.Buffer
	if err := Report(&b, sample(), Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
