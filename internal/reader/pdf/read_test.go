package pdf

import (
	"os"
	"testing"

	"baocao/internal/golden"
)

// The fixtures are made with LibreOffice from their HTML sources in
// testdata; the tests read the committed PDFs and do not need soffice.
//
//go:generate sh testdata/make-fixtures.sh

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The LibreOffice fixture: title block, body with bullets and bold
// products, an annex table over two pages with its header repeated.
func TestReadLibreOfficeProgramme(t *testing.T) {
	doc, diags, err := Read("programme.pdf", readFixture(t, "programme.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	golden.Check(t, "programme.blocks", []byte(dump(doc)))
}

// The same annex without borders: read by column alignment.
func TestReadBorderlessTable(t *testing.T) {
	doc, diags, err := Read("borderless.pdf", readFixture(t, "borderless.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	golden.Check(t, "borderless.blocks", []byte(dump(doc)))
}

// Merged cells, a line break in a cell, and text LibreOffice was given
// decomposed (NFD): the reader gives NFC.
func TestReadMergedCells(t *testing.T) {
	doc, diags, err := Read("merged.pdf", readFixture(t, "merged.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range diags {
		t.Errorf("unexpected diagnostic: %s", d)
	}
	golden.Check(t, "merged.blocks", []byte(dump(doc)))
}
