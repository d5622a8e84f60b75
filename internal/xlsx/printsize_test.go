package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"path"
	"regexp"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"
)

// printedSizes is, for each sheet of a workbook, the type size in points
// its body prints at when fitted to one page wide: the font size times the
// fit, which Excel rounds down to a whole percent. The width fitted is the
// columns' (Excel's pixels: width × the digit's pixels + 5) or a chart's
// right edge, whichever is further right.
func printedSizes(t *testing.T, data []byte, font Font) map[string]float64 {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	font = font.orDefault()
	digit := digitPixels(font.Size)
	colPx := func(sheet string, col int) float64 {
		w, err := f.GetColWidth(sheet, colName(col))
		if err != nil {
			t.Fatal(err)
		}
		return math.Floor(w*digit + paddingPixels)
	}
	charts := chartEdges(t, data)
	out := map[string]float64{}
	for i, sheet := range f.GetSheetList() {
		cols, err := f.GetCols(sheet)
		if err != nil {
			t.Fatal(err)
		}
		width := 0.0
		for c := 1; c <= len(cols); c++ {
			width += colPx(sheet, c)
		}
		for _, e := range charts[i+1] {
			x := e.offEMU / 9525 // EMU per pixel at 96 dpi
			for c := 1; c <= e.col; c++ {
				x += colPx(sheet, c)
			}
			width = math.Max(width, x)
		}
		lay, err := f.GetPageLayout(sheet)
		if err != nil {
			t.Fatal(err)
		}
		m, err := f.GetPageMargins(sheet)
		if err != nil {
			t.Fatal(err)
		}
		paper := 210.0
		if lay.Orientation != nil && *lay.Orientation == "landscape" {
			paper = 297
		}
		printable := (paper - (*m.Left+*m.Right)*25.4) / 25.4 * 96 // pixels
		fit := math.Min(100, math.Floor(100*printable/width)) / 100
		out[sheet] = font.Size * fit
	}
	return out
}

// chartEdge is where a chart's right edge sits: the 0-based column its
// anchor ends in and the offset into it.
type chartEdge struct {
	col    int
	offEMU float64
}

// chartEdges lists the chart edges of each sheet, by 1-based sheet number.
func chartEdges(t *testing.T, data []byte) map[int][]chartEdge {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string) string {
		for _, zf := range zr.File {
			if zf.Name == name {
				rc, err := zf.Open()
				if err != nil {
					t.Fatal(err)
				}
				defer rc.Close()
				b, err := io.ReadAll(rc)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
		}
		return ""
	}
	drawingRel := regexp.MustCompile(`Target="([^"]*drawings/drawing\d+\.xml)"`)
	to := regexp.MustCompile(`<xdr:to><xdr:col>(\d+)</xdr:col><xdr:colOff>(\d+)</xdr:colOff>`)
	out := map[int][]chartEdge{}
	for n := 1; ; n++ {
		if read("xl/worksheets/sheet"+strconv.Itoa(n)+".xml") == "" {
			break
		}
		rels := read("xl/worksheets/_rels/sheet" + strconv.Itoa(n) + ".xml.rels")
		for _, m := range drawingRel.FindAllStringSubmatch(rels, -1) {
			drawing := read(path.Clean(path.Join("xl/worksheets", m[1])))
			for _, e := range to.FindAllStringSubmatch(drawing, -1) {
				col, _ := strconv.Atoi(e[1])
				off, _ := strconv.ParseFloat(e[2], 64)
				out[n] = append(out[n], chartEdge{col, off})
			}
		}
	}
	return out
}

// TestSheetsPrintAtTenPointsOrMore: fitted to one page wide, the status
// sheet printed at 6,5 pt and the item list at 9; an office reads a
// printout at 10 pt or more. The agency forms (form.go) are checked by
// their own tests.
func TestSheetsPrintAtTenPointsOrMore(t *testing.T) {
	r := bundledReview(t)
	for name, data := range map[string][]byte{
		"danh-muc.xlsx": annexBytes(t, r.Programme, AnnexOptions{}),
		"bao-cao.xlsx":  reportBytes(t, r, ReportOptions{}),
	} {
		for sheet, pt := range printedSizes(t, data, Font{}) {
			if pt < 10 {
				t.Errorf("%s, sheet %q prints at %.1f pt, want 10 or more", name, sheet, pt)
			} else {
				t.Logf("%s, sheet %q prints at %.1f pt", name, sheet, pt)
			}
		}
	}
}
