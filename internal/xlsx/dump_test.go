package xlsx

import (
	"archive/zip"
	"bytes"
	"fmt"
	"html"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// dumpWorkbook renders what a reader of the workbook would check as text:
// per sheet the page setup, panes, column widths, merges, validations,
// conditional formats, protection, then every non-empty cell with its row
// height and formula; then defined names, charts and document properties.
// It also fails the test when a styled cell is not in the expected font.
func dumpWorkbook(t *testing.T, data []byte, font string) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("excelize cannot read the workbook back: %v", err)
	}
	defer f.Close()
	var b strings.Builder
	// Column widths are in the Normal font's digits: its size sets every column's pixels.
	if name, err := f.GetDefaultFont(); err == nil && f.Styles != nil && len(f.Styles.Fonts.Font) > 0 && f.Styles.Fonts.Font[0].Sz != nil {
		fmt.Fprintf(&b, "default font: %s %v pt\n", name, deref(f.Styles.Fonts.Font[0].Sz.Val))
	} else {
		t.Errorf("the workbook names no default font and size: %v", err)
	}
	for _, sheet := range f.GetSheetList() {
		visible, _ := f.GetSheetVisible(sheet)
		fmt.Fprintf(&b, "== sheet %q visible=%v\n", sheet, visible)
		if pl, err := f.GetPageLayout(sheet); err == nil {
			fmt.Fprintf(&b, "page: size=%v orientation=%v fitWidth=%v fitHeight=%v\n", deref(pl.Size), deref(pl.Orientation), deref(pl.FitToWidth), deref(pl.FitToHeight))
		}
		if sp, err := f.GetSheetProps(sheet); err == nil {
			fmt.Fprintf(&b, "sheetProps: fitToPage=%v\n", deref(sp.FitToPage))
		}
		if pm, err := f.GetPageMargins(sheet); err == nil {
			fmt.Fprintf(&b, "margins(in): top=%.3f bottom=%.3f left=%.3f right=%.3f\n", deref(pm.Top), deref(pm.Bottom), deref(pm.Left), deref(pm.Right))
		}
		if hf, err := f.GetHeaderFooter(sheet); err == nil && hf != nil {
			fmt.Fprintf(&b, "footer: %q\n", hf.OddFooter)
		}
		if p, err := f.GetPanes(sheet); err == nil && p.Freeze {
			fmt.Fprintf(&b, "panes: freeze ySplit=%d xSplit=%d topLeft=%s\n", p.YSplit, p.XSplit, p.TopLeftCell)
		}
		if pr, err := f.GetSheetProtection(sheet); err == nil && pr.Password == "" {
			// GetSheetProtection reports defaults for an unprotected sheet; the XML says whether it is.
			_ = pr
		}
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		maxCol := 0
		for _, r := range rows {
			maxCol = max(maxCol, len(r))
		}
		var widths []string
		for c := 1; c <= maxCol; c++ {
			w, _ := f.GetColWidth(sheet, colName(c))
			widths = append(widths, fmt.Sprintf("%s=%.2f", colName(c), w))
		}
		fmt.Fprintf(&b, "widths: %s\n", strings.Join(widths, " "))
		merges, _ := f.GetMergeCells(sheet)
		for _, m := range merges {
			fmt.Fprintf(&b, "merge: %s:%s\n", m.GetStartAxis(), m.GetEndAxis())
		}
		dvs, _ := f.GetDataValidations(sheet)
		for _, dv := range dvs {
			fmt.Fprintf(&b, "validation: %s type=%s op=%s f1=%q f2=%q blank=%v\n", dv.Sqref, dv.Type, dv.Operator, dv.Formula1, dv.Formula2, dv.AllowBlank)
		}
		cfs, _ := f.GetConditionalFormats(sheet)
		keys := make([]string, 0, len(cfs))
		for k := range cfs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			for _, c := range cfs[k] {
				fmt.Fprintf(&b, "conditional: %s type=%s criteria=%q\n", k, c.Type, c.Criteria)
			}
		}
		for i, r := range rows {
			row := i + 1
			if len(strings.Join(r, "")) == 0 {
				continue
			}
			h, _ := f.GetRowHeight(sheet, row)
			fmt.Fprintf(&b, "row %d height=%.2f\n", row, h)
			for j, v := range r {
				cell := ref(j+1, row)
				formula, _ := f.GetCellFormula(sheet, cell)
				if v == "" && formula == "" {
					continue
				}
				if formula != "" {
					fmt.Fprintf(&b, "  %s = %q [=%s]\n", cell, v, formula)
				} else {
					fmt.Fprintf(&b, "  %s = %q\n", cell, v)
				}
				checkFont(t, f, sheet, cell, font)
			}
		}
	}
	for _, dn := range f.GetDefinedName() {
		fmt.Fprintf(&b, "defined name: %s scope=%q refersTo=%q\n", dn.Name, dn.Scope, dn.RefersTo)
	}
	b.WriteString(dumpParts(t, data))
	if dp, err := f.GetDocProps(); err == nil {
		fmt.Fprintf(&b, "props: title=%q subject=%q creator=%q created=%s modified=%s\n", dp.Title, dp.Subject, dp.Creator, dp.Created, dp.Modified)
	}
	return b.String()
}

var (
	chartKind  = regexp.MustCompile(`<(?:c:)?(bar|line|pie|area)Chart>`)
	chartDir   = regexp.MustCompile(`<(?:c:)?barDir val="(\w+)"`)
	chartGroup = regexp.MustCompile(`<(?:c:)?grouping val="(\w+)"`)
	chartRefs  = regexp.MustCompile(`<(?:c:)?f>([^<]*)</(?:c:)?f>`)
	protection = regexp.MustCompile(`<sheetProtection[^>]*>`)
)

// dumpParts lists the charts (type, direction, grouping, referenced ranges)
// and sheet protection elements straight from the package XML.
func dumpParts(t *testing.T, data []byte) string {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, zf := range zr.File {
		isChart := strings.HasPrefix(zf.Name, "xl/charts/chart")
		isSheet := strings.HasPrefix(zf.Name, "xl/worksheets/sheet")
		if !isChart && !isSheet {
			continue
		}
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		_, _ = buf.ReadFrom(rc)
		rc.Close()
		x := buf.String()
		if isSheet {
			if p := protection.FindString(x); p != "" {
				fmt.Fprintf(&b, "%s: %s\n", zf.Name, p)
			}
			continue
		}
		var parts []string
		for _, m := range chartKind.FindAllStringSubmatch(x, -1) {
			parts = append(parts, m[1])
		}
		for _, m := range chartDir.FindAllStringSubmatch(x, -1) {
			parts = append(parts, "dir="+m[1])
		}
		for _, m := range chartGroup.FindAllStringSubmatch(x, -1) {
			parts = append(parts, "grouping="+m[1])
		}
		for _, m := range chartRefs.FindAllStringSubmatch(x, -1) {
			parts = append(parts, html.UnescapeString(m[1]))
		}
		fmt.Fprintf(&b, "chart %s: %s\n", filepath.Base(zf.Name), strings.Join(parts, " "))
	}
	return b.String()
}

// checkFont fails when a cell's style names another font family.
func checkFont(t *testing.T, f *excelize.File, sheet, cell, font string) {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Font == nil || st.Font.Family != font {
		got := "<none>"
		if st.Font != nil {
			got = st.Font.Family
		}
		t.Errorf("%s!%s: font %s, want %s", sheet, cell, got, font)
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return "<nil>"
	}
	return *p
}
