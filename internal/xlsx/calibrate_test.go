package xlsx

import (
	"context"
	"encoding/xml"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"testing"
	"time"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// The row-height calibration: annex workbooks rendered by LibreOffice,
// each body cell's lines counted in the PDF (pdftotext -bbox-layout) and
// compared with the lines the row height was measured for. Computed lines
// below LibreOffice's would clip text; above it leave a spare empty line.

// pdfWord is one word of pdftotext's bounding-box output, in points from the page's top left.
type pdfWord struct {
	x0, y0, x1, y1 float64
	text           string
}

// pdfPage is the words of one page.
type pdfPage struct {
	height float64
	words  []pdfWord
}

// readWordBoxes runs pdftotext -bbox on a PDF and returns its pages' words.
func readWordBoxes(t *testing.T, pdf string) []pdfPage {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, tool, "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", pdf, err)
	}
	var doc struct {
		Pages []struct {
			Height float64 `xml:"height,attr"`
			Words  []struct {
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	dec := xml.NewDecoder(strings.NewReader(string(out)))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("pdftotext -bbox %s: %v", pdf, err)
	}
	pages := make([]pdfPage, len(doc.Pages))
	for i, p := range doc.Pages {
		pages[i].height = p.Height
		for _, w := range p.Words {
			pages[i].words = append(pages[i].words, pdfWord{w.XMin, w.YMin, w.XMax, w.YMax, w.Text})
		}
	}
	return pages
}

// calibSheet is one sheet's body as the writer measured it: column widths
// in characters and, per row, the cell texts (the first one unique, a
// top-aligned one-liner that anchors the row in the PDF).
type calibSheet struct {
	name   string
	widths []float64
	rows   [][]string
}

// cellCount is one cell's lines: computed by countLines and seen in the PDF.
type cellCount struct {
	sheet, id string
	col       int
	text      string
	width     float64 // points measured for text
	computed  int
	rendered  int
}

// calibSize is the font size of AnnexOptions{}: Times New Roman 12.
const calibSize = 12

// leftMarginPt is where LibreOffice starts a sheet's first column: the 30 mm margin.
const leftMarginPt = 30 / 25.4 * 72

// countRenderedLines finds each sheet's rows in the pages (sheets in order,
// each starting on a new page) and counts each cell's lines.
func countRenderedLines(t *testing.T, pages []pdfPage, sheets []calibSheet, digitPt float64) []cellCount {
	t.Helper()
	m, err := serifRegular()
	if err != nil {
		t.Fatal(err)
	}
	var counts []cellCount
	page := 0
	for _, sh := range sheets {
		bounds := make([]float64, len(sh.widths)+1) // unscaled column edges from the margin
		for i, w := range sh.widths {
			bounds[i+1] = bounds[i] + w*digitPt
		}
		type anchor struct {
			page int
			word pdfWord
		}
		anchors := make([]anchor, len(sh.rows))
		prevY := -1.0
		for i, row := range sh.rows {
			found := false
			for ; page < len(pages) && !found; page++ {
				for _, w := range pages[page].words {
					if w.text == row[0] && w.x1 < leftMarginPt+bounds[1] && w.y0 > prevY {
						anchors[i] = anchor{page, w}
						found = true
						break
					}
				}
				if found {
					break
				}
				prevY = -1
			}
			if !found {
				t.Fatalf("%s: row %s not found in the PDF", sh.name, row[0])
			}
			prevY = anchors[i].word.y0
		}
		page++ // the next sheet starts on a new page
		// The first column is centred: its text's centre gives the print scale.
		first := anchors[0].word
		scale := ((first.x0+first.x1)/2 - leftMarginPt) * 2 / bounds[1]
		if scale <= 0.3 || scale > 1.01 {
			t.Fatalf("%s: print scale %.3f from row %s at x %.1f-%.1f", sh.name, scale, sh.rows[0][0], first.x0, first.x1)
		}
		for i, row := range sh.rows {
			a := anchors[i]
			top := a.word.y0 - 3
			var h float64
			for c, text := range row {
				h = max(h, m.rowHeight(text, calibSize, textWidth(calibSize, sh.widths[c])))
			}
			bottom := a.word.y0 + h*scale + 2
			if i+1 < len(sh.rows) && anchors[i+1].page == a.page {
				bottom = anchors[i+1].word.y0 - 3
			} else {
				bottom = min(bottom, pages[a.page].height-45)
			}
			for c, text := range row {
				if text == "" {
					continue
				}
				left := leftMarginPt + bounds[c]*scale
				right := leftMarginPt + bounds[c+1]*scale
				var ys []float64
				for _, w := range pages[a.page].words {
					cx := (w.x0 + w.x1) / 2
					if cx > left && cx < right && w.y0 >= top && w.y0 < bottom {
						ys = append(ys, w.y0)
					}
				}
				counts = append(counts, cellCount{
					sheet: sh.name, id: row[0], col: c, text: text,
					width:    textWidth(calibSize, sh.widths[c]),
					computed: m.countLines(text, calibSize, textWidth(calibSize, sh.widths[c])),
					rendered: distinctLines(ys),
				})
			}
		}
	}
	return counts
}

// distinctLines counts the baselines among word tops (words of one line share a top).
func distinctLines(ys []float64) int {
	sort.Float64s(ys)
	n := 0
	for i, y := range ys {
		if i == 0 || y-ys[i-1] > 2 {
			n++
		}
	}
	return n
}

// annexCalibSheets are the Danh mục and Phần việc bodies of a programme's annex.
func annexCalibSheets(p *program.Programme) []calibSheet {
	annex := calibSheet{name: SheetAnnex, widths: annexWidths}
	for _, r := range p.Annex.Rows {
		texts := annexRowTexts(r)
		annex.rows = append(annex.rows, texts[:])
	}
	items := calibSheet{name: SheetItems, widths: itemWidths[:6]}
	for _, it := range p.WorkItems {
		items.rows = append(items.rows, itemTexts(it))
	}
	return []calibSheet{annex, items}
}

// formCalibSheet is the body of one agency's form.
func formCalibSheet(r *progress.Review, agencyKey string) calibSheet {
	form := calibSheet{name: SheetForm, widths: formWidths}
	for _, is := range r.Items {
		if is.Item.Lead.Key == agencyKey {
			form.rows = append(form.rows, formRowTexts(is))
		}
	}
	return form
}

// busiestAgency is the key of the agency leading the most work items.
func busiestAgency(r *progress.Review) string {
	counts := map[string]int{}
	best := ""
	for _, is := range r.Items {
		k := is.Item.Lead.Key
		counts[k]++
		if counts[k] > counts[best] || counts[k] == counts[best] && k < best {
			best = k
		}
	}
	return best
}

// spareRows counts the rows whose height (their tallest cell) has more
// lines than LibreOffice shows in any of their cells.
func spareRows(counts []cellCount) (spare, rows int) {
	type key struct{ sheet, id string }
	computed, rendered := map[key]int{}, map[key]int{}
	for _, c := range counts {
		k := key{c.sheet, c.id}
		computed[k] = max(computed[k], c.computed)
		rendered[k] = max(rendered[k], c.rendered)
	}
	for k, n := range computed {
		if n > rendered[k] {
			spare++
		}
	}
	return spare, len(computed)
}

// calibSummary tallies the comparison: equal, one line over, more over, under.
func calibSummary(counts []cellCount) (equal, oneOver, moreOver, under int) {
	for _, c := range counts {
		switch d := c.computed - c.rendered; {
		case d == 0:
			equal++
		case d == 1:
			oneOver++
		case d > 1:
			moreOver++
		default:
			under++
		}
	}
	return
}

func TestRowHeightsMatchLibreOffice(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	for _, c := range []struct {
		name string
		make func(t *testing.T) ([]byte, []calibSheet)
	}{
		{"seed annex", func(t *testing.T) ([]byte, []calibSheet) {
			p := bundledProgramme(t)
			return annexBytes(t, p, AnnexOptions{}), annexCalibSheets(p)
		}},
		{"generated annex", func(t *testing.T) ([]byte, []calibSheet) {
			p := generatedProgramme(t, 120)
			return annexBytes(t, p, AnnexOptions{}), annexCalibSheets(p)
		}},
		{"seed form", func(t *testing.T) ([]byte, []calibSheet) {
			r := bundledReview(t)
			key := busiestAgency(r)
			return formBytes(t, r, key), []calibSheet{formCalibSheet(r, key)}
		}},
		{"seed report", func(t *testing.T) ([]byte, []calibSheet) {
			r := bundledReview(t)
			status := calibSheet{name: SheetStatus, widths: statusWidths[:10]}
			rows, err := reportRows(reportModel(t, r))
			if err != nil {
				t.Fatal(err)
			}
			for _, row := range rows {
				status.rows = append(status.rows, row.texts())
			}
			return reportBytes(t, r, ReportOptions{}), []calibSheet{status}
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			data, sheets := c.make(t)
			pdf := convertWithLibreOffice(t, "calibrate-"+strings.ReplaceAll(c.name, " ", "-"), data)
			counts := countRenderedLines(t, readWordBoxes(t, pdf), sheets, digitPixels(calibSize)*pointsPerPx)
			equal, oneOver, moreOver, under := calibSummary(counts)
			spare, rows := spareRows(counts)
			t.Logf("%d cells: %d equal, %d one line over, %d more over, %d under; %d of %d rows taller than LibreOffice needs",
				len(counts), equal, oneOver, moreOver, under, spare, rows)
			var report strings.Builder
			for _, k := range counts {
				if k.computed != k.rendered {
					fmt.Fprintf(&report, "  %s %s col %d: computed %d, LibreOffice %d (%.1f pt measured, %.1f pt would give LibreOffice's count): %q\n",
						k.sheet, k.id, k.col+1, k.computed, k.rendered, k.width, widthForLines(k.text, k.rendered), k.text)
				}
			}
			if os.Getenv("BAOCAO_CALIBRATE_VERBOSE") != "" {
				t.Logf("differences:\n%s", report.String())
			}
			if under > 0 {
				t.Errorf("%d cells have fewer lines measured than LibreOffice shows (text clipped):\n%s", under, report.String())
			}
			// Measured at Excel's narrower width and 1% under it, a few cells
			// keep a spare line in LibreOffice. 2026-11, LibreOffice 7.4, cells
			// equal: seed annex 287 of 291, generated annex 1244 of 1257, seed
			// form 79 of 81, seed report 222 of 226; before the 12 pt Normal
			// font and this calibration 265, 1190, 67 and 186.
			if float64(equal) < 0.97*float64(len(counts)) {
				t.Errorf("only %d of %d cells have the lines LibreOffice shows (want 97%%); %d one line over, %d more:\n%s",
					equal, len(counts), oneOver, moreOver, report.String())
			}
			if len(counts) == 0 {
				t.Error("no cells compared")
			}
		})
	}
}

// widthForLines is the narrowest width (to 0.1 pt) at which text wraps to
// at most lines lines: how much wider the measurement would have to be.
func widthForLines(text string, lines int) float64 {
	m, err := serifRegular()
	if err != nil {
		return 0
	}
	lo, hi := 0.0, m.width(text, calibSize)+1
	for hi-lo > 0.1 {
		mid := (lo + hi) / 2
		if m.countLines(text, calibSize, mid) <= lines {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}
