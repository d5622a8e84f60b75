// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// liberationSerif is LiberationSerif-Regular.ttf, or the test skips.
func liberationSerif(t *testing.T) []byte {
	t.Helper()
	for _, dir := range []string{"/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation"} {
		if b, err := os.ReadFile(filepath.Join(dir, "LiberationSerif-Regular.ttf")); err == nil {
			return b
		}
	}
	t.Skip("LiberationSerif-Regular.ttf not found (Debian package fonts-liberation2)")
	return nil
}

// A document given its fonts by AddUTF8FontParsed is the document given
// them by AddUTF8FontFromBytes, byte for byte, in two faces, and a font
// added twice is added once.
func TestAddUTF8FontParsedAsFromBytes(t *testing.T) {
	font := liberationSerif(t)
	regular, err := ParseUTF8Font("Liberation Serif", "", font)
	if err != nil {
		t.Fatal(err)
	}
	bold, err := ParseUTF8Font("Liberation Serif", "B", font)
	if err != nil {
		t.Fatal(err)
	}
	write := func(parsed bool) []byte {
		pdf := New("P", "mm", "A4", "")
		pdf.SetCatalogSort(true)
		pdf.SetCreationDate(time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC))
		pdf.SetModificationDate(time.Date(2021, 6, 30, 0, 0, 0, 0, time.UTC))
		for range 2 {
			if parsed {
				pdf.AddUTF8FontParsed(regular)
				pdf.AddUTF8FontParsed(bold)
			} else {
				pdf.AddUTF8FontFromBytes("Liberation Serif", "", font)
				pdf.AddUTF8FontFromBytes("Liberation Serif", "B", font)
			}
		}
		pdf.AddPage()
		pdf.SetFont("Liberation Serif", "", 12)
		pdf.Cell(0, 10, "Chương trình hành động số 07-CTr/TU")
		pdf.Ln(10)
		pdf.SetFont("Liberation Serif", "B", 14)
		pdf.CellFormat(80, 10, "Đảng bộ tỉnh Kiên Giang (quý II-2021)", "1", 1, "J", false, 0, "")
		var buf bytes.Buffer
		if err := pdf.Output(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	if a, b := write(false), write(true); !bytes.Equal(a, b) {
		t.Error("the document with parsed fonts differs")
	}
}
