package pdf

import (
	"bytes"
	"slices"
	"testing"

	"baocao/internal/program"
)

// An agency's extract sized on the whole table has the programme's column
// widths, whichever rows it keeps; sized on its own rows it would not.
func TestAnnexExtractKeepsTheProgrammesColumnWidths(t *testing.T) {
	p := seedProgramme(t)
	d, err := newDocument(DefaultPage(true), DefaultFonts(), docInfo{Title: "extract", Date: p.Date})
	if err != nil {
		t.Fatal(err)
	}
	cols := annexTableColumns(p.Annex.Columns)
	all := annexRows(p.Annex.Rows)
	want := d.layoutTable(cols, all).widths
	extract := annexRows(p.Annex.Rows[3:5]) // rows 04 and 05, Ban Tuyên giáo Tỉnh ủy
	got := d.layoutTableOn(cols, extract, all).widths
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("column %d: extract %.2f mm, programme %.2f mm", i, got[i], want[i])
		}
	}
	own := d.layoutTable(cols, extract).widths
	same := true
	for i := range want {
		same = same && own[i] == want[i]
	}
	if same {
		t.Error("sizing on the extract's own rows gives the same widths: the test shows nothing")
	}

	// Through the public API: SizeRows changes the extract's layout, and
	// the extract still renders every one of its cells.
	q := *p
	q.Annex.Rows = p.Annex.Rows[3:5]
	q.Annex.Note = ""
	var a, b bytes.Buffer
	if err := Annex(&a, &q, AnnexOptions{Subtitle: "Ban Tuyên giáo Tỉnh ủy"}); err != nil {
		t.Fatal(err)
	}
	if err := Annex(&b, &q, AnnexOptions{Subtitle: "Ban Tuyên giáo Tỉnh ủy", SizeRows: p.Annex.Rows}); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("SizeRows had no effect on the extract")
	}
}

// An annex sized on its own rows, given as the very slice (sameRows, made
// into cells once), as a copy, or not at all, is the same bytes.
func TestAnnexSizedOnItsOwnRows(t *testing.T) {
	p := generatedProgramme(t, 250)
	var alone, same, copied bytes.Buffer
	for _, c := range []struct {
		out  *bytes.Buffer
		rows []program.AnnexRow
	}{{&alone, nil}, {&same, p.Annex.Rows}, {&copied, slices.Clone(p.Annex.Rows)}} {
		forgetWidths() // each measured, not taken from the memo
		if err := Annex(c.out, p, AnnexOptions{SizeRows: c.rows}); err != nil {
			t.Fatal(err)
		}
	}
	if !sameRows(p.Annex.Rows, p.Annex.Rows) || sameRows(p.Annex.Rows, slices.Clone(p.Annex.Rows)) || sameRows(nil, nil) {
		t.Fatal("sameRows does not tell the very slice from a copy")
	}
	if !bytes.Equal(same.Bytes(), alone.Bytes()) || !bytes.Equal(copied.Bytes(), alone.Bytes()) {
		t.Error("the annex sized on its own rows differs with how they are given")
	}
}
