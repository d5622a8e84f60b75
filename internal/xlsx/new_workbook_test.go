package xlsx

import (
	"bytes"
	"testing"
)

// The first workbook of a kind is built from excelize's template, the
// second makes the base and the later ones are opened from it: all three
// must be the same bytes, for each kind (the annex's and the report's
// workbooks; a font no other test uses gives the kinds fresh bases).
func TestWorkbooksFromABaseAreTheSame(t *testing.T) {
	rv := bundledReview(t)
	font := Font{Name: "Liberation Serif", Size: 12.5}
	kinds := map[string]func() []byte{
		"annex":  func() []byte { return annexBytes(t, rv.Programme, AnnexOptions{Font: font}) },
		"report": func() []byte { return reportBytes(t, rv, ReportOptions{Font: font}) },
	}
	for kind, write := range kinds {
		first := write()
		for i := 2; i <= 3; i++ {
			if b := write(); !bytes.Equal(b, first) {
				t.Errorf("%s workbook %d differs from the first (%d and %d bytes)", kind, i, len(b), len(first))
			}
		}
	}
	if workbookBases.get(font, SheetAnnex, []string{SheetItems, SheetStats}) == nil {
		t.Error("no base was made for the annex")
	}
}
