package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var colMin = regexp.MustCompile(`<col min="(\d+)"`)

// Every sheet's <col> elements ascend, as the schema orders them.
func TestColumnsAscend(t *testing.T) {
	r := bundledReview(t)
	for name, data := range map[string][]byte{
		"annex":  annexBytes(t, r.Programme, AnnexOptions{}),
		"report": reportBytes(t, r, ReportOptions{}),
		"form":   formBytes(t, r, FormAgencies(r)[0].Key),
	} {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		sheets := 0
		for _, zf := range zr.File {
			if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			xml, err := io.ReadAll(rc)
			rc.Close()
			if err != nil {
				t.Fatal(err)
			}
			prev := 0
			for _, m := range colMin.FindAllSubmatch(xml, -1) {
				n, _ := strconv.Atoi(string(m[1]))
				if n <= prev {
					t.Errorf("%s %s: <col min=%d> after column %d", name, zf.Name, n, prev)
				}
				prev = n
			}
			if prev > 0 {
				sheets++
			}
		}
		if sheets == 0 {
			t.Errorf("%s: no sheet sets column widths", name)
		}
	}
}
