package docx

import (
	"bytes"
	"encoding/xml"
	"io"
	"testing"

	"baocao/internal/report"
)

// FuzzText: whatever text a ledger or template puts in a paragraph, a
// heading, a cell, a chart label or a recipient, the report is written and
// every part is well-formed XML (Word opens it without repair).
func FuzzText(f *testing.F) {
	for _, s := range []string{"", "a & b <c> \"d\"", "\x00\x0b\ufffe", "tab\there\nnew line\r\n", "\xff\xfe invalid", "Đ\u0301 NFD e\u0302\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := sample()
		r.Body = append(r.Body, report.Block{Kind: report.Paragraph, Text: s}, report.Block{Kind: report.Heading, Text: s})
		r.Body[9].Table.Rows[0].Cells[1] = s
		r.Body[5].Chart.Bars[0].Label = s
		r.Recipients = append(r.Recipients, s)
		r.Header.PlaceDate = s
		r.Info.Title = s
		var b bytes.Buffer
		if err := Report(&b, r, Options{}); err != nil {
			t.Fatal(err)
		}
		parts, _ := unzip(t, b.Bytes())
		for name, data := range parts {
			dec := xml.NewDecoder(bytes.NewReader(data))
			for {
				_, err := dec.Token()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatalf("%s is not well-formed for %q: %v", name, s, err)
				}
			}
		}
	})
}
