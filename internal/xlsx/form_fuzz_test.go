package xlsx

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
)

// A small file that unzips to far more than a form can be is refused
// before excelize holds it in memory.
func TestReadFormZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range []string{"[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if name == "xl/worksheets/sheet1.xml" {
			chunk := bytes.Repeat([]byte(" "), 1<<20)
			for i := 0; i < 40; i++ {
				_, _ = w.Write(chunk)
			}
		}
	}
	must(t, zw.Close())
	r := testReview()
	_, diags := ReadForm("bomb.xlsx", buf.Bytes(), r.Programme, r.Quarter)
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), "bomb.xlsx: error: not an Excel workbook baocao can read") {
		t.Fatalf("diagnostics: %s", diagList(diags))
	}
}

// FuzzReadForm: no input makes ReadForm panic, and every diagnostic names
// the file given.
func FuzzReadForm(f *testing.F) {
	r := testReview()
	form := formBytes(f, r, tuyenGiao)
	f.Add(form)
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		_, diags := ReadForm("f.xlsx", data, r.Programme, r.Quarter)
		for _, d := range diags {
			if !strings.HasPrefix(d.Pos.File, "f.xlsx") {
				t.Errorf("diagnostic outside the file: %s", d)
			}
		}
	})
}
