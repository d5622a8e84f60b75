package pdf

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"baocao/internal/program"
)

func renderAnnex(t testing.TB, p *program.Programme, o AnnexOptions) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Annex(&b, p, o); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAnnexSeedHasEveryCell(t *testing.T) {
	needTool(t, "pdftotext")
	p := seedProgramme(t)
	path := writeTemp(t, "danh-muc.pdf", renderAnnex(t, p, AnnexOptions{}))
	text := flat(bodyText(t, path))
	want := []string{p.Annex.Title, p.Annex.Caption, "Ghi chú: " + p.Annex.Note}
	for _, r := range p.Annex.Rows {
		want = append(want, r.TT, r.AgencyText, r.Title, r.Deadline.Text)
	}
	for _, w := range want {
		if !strings.Contains(text, flat(w)) {
			t.Errorf("PDF text lacks %q", w)
		}
	}
	assertFontsEmbedded(t, path)
}

// A programme whose annex has no heading (its rows read from the body, or
// a table with nothing above it) still gets its Danh mục, headed by the
// default title.
func TestAnnexWithoutTitle(t *testing.T) {
	needTool(t, "pdftotext")
	p := seedProgramme(t)
	p.Annex.Title = ""
	path := writeTemp(t, "danh-muc.pdf", renderAnnex(t, p, AnnexOptions{}))
	if text := flat(bodyText(t, path)); !strings.Contains(text, flat(strings.ToUpper(defaultAnnexTitle))) {
		t.Errorf("PDF text lacks the default title %q", strings.ToUpper(defaultAnnexTitle))
	}
}

func TestAnnexHeaderRowAndPageNumbers(t *testing.T) {
	needTool(t, "pdftotext")
	for _, landscape := range []bool{true, false} {
		path := writeTemp(t, "danh-muc.pdf", renderAnnex(t, seedProgramme(t), AnnexOptions{Page: DefaultPage(landscape)}))
		n := pageCount(t, path)
		if n < 2 {
			t.Fatalf("landscape=%v: %d page(s), want at least 2 to test repetition", landscape, n)
		}
		for page := 1; page <= n; page++ {
			text := pageText(t, path, page)
			for _, h := range annexColumns {
				if !strings.Contains(flat(text), h.Header) {
					t.Errorf("landscape=%v page %d lacks header %q", landscape, page, h.Header)
				}
			}
			first := strings.TrimSpace(strings.SplitN(strings.TrimSpace(text), "\n", 2)[0])
			if page == 1 && first == "1" {
				t.Errorf("page 1 shows a page number")
			}
			if page > 1 && first != strconv.Itoa(page) {
				t.Errorf("landscape=%v page %d begins with %q, want its number", landscape, page, first)
			}
		}
	}
}

func TestAnnexIsDeterministic(t *testing.T) {
	p := seedProgramme(t)
	a := renderAnnex(t, p, AnnexOptions{})
	b := renderAnnex(t, p, AnnexOptions{})
	if !bytes.Equal(a, b) {
		t.Fatal("two renders of the same programme differ")
	}
	c := renderAnnex(t, p, AnnexOptions{Date: program.NewDate(2021, 5, 1)})
	if bytes.Equal(a, c) {
		t.Fatal("the creation date does not reach the document")
	}
	for _, want := range []string{"/Producer", "/CreationDate (D:20210402"} {
		if !bytes.Contains(a, []byte(want)) {
			t.Errorf("PDF lacks %s", want)
		}
	}
}

func TestAnnexGeneratedThousandRows(t *testing.T) {
	needTool(t, "pdftotext")
	p := generatedProgramme(t, 1000)
	if len(p.Annex.Rows) != 1000 {
		t.Fatalf("%d rows", len(p.Annex.Rows))
	}
	path := writeTemp(t, "gen.pdf", renderAnnex(t, p, AnnexOptions{}))
	text := flat(pageText(t, path, 0))
	for _, r := range p.Annex.Rows {
		for _, cell := range []string{r.TT, r.AgencyText, r.Title, r.Deadline.Text} {
			if !strings.Contains(text, flat(cell)) {
				t.Fatalf("row %s: PDF text lacks %q", r.TT, cell)
			}
		}
	}
}

func TestAnnexSplitsRowTallerThanPage(t *testing.T) {
	needTool(t, "pdftotext")
	p := bigProgramme(60)
	path := writeTemp(t, "big.pdf", renderAnnex(t, p, AnnexOptions{}))
	n := pageCount(t, path)
	// Every word of the tall row, in order, across the pages it spans; every
	// page has the header row.
	words := strings.Fields(p.Annex.Rows[29].Title)
	next, first, last := 0, 0, 0
	for page := 1; page <= n; page++ {
		text := pageText(t, path, page)
		if !strings.Contains(flat(text), "Tên đề án, chương trình, kế hoạch") {
			t.Errorf("page %d lacks the header row", page)
		}
		for _, w := range strings.Fields(text) {
			if next < len(words) && w == words[next] {
				if next == 0 {
					first = page
				}
				next++
				last = page
			}
		}
	}
	if next != len(words) {
		t.Fatalf("tall row: word %d of %d (%s) not found in order", next, len(words), words[min(next, len(words)-1)])
	}
	if last-first < 2 {
		t.Fatalf("tall row spans pages %d–%d; want it split over at least three", first, last)
	}
}

func TestAnnexRefusesMissingGlyphs(t *testing.T) {
	p := seedProgramme(t)
	p.Annex.Rows[0].Title += " ☃"
	var b bytes.Buffer
	err := Annex(&b, p, AnnexOptions{})
	if err == nil {
		t.Fatal("a character the font lacks was printed")
	}
	if !strings.Contains(err.Error(), "U+2603") || b.Len() != 0 {
		t.Fatalf("err=%v, %d bytes written", err, b.Len())
	}
}
