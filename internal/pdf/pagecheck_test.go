package pdf

import (
	"bytes"
	"math"
	"strings"
	"testing"
)

func TestDefaultPagesPassTheCheck(t *testing.T) {
	for _, l := range []bool{false, true} {
		if err := DefaultPage(l).check(); err != nil {
			t.Errorf("DefaultPage(%v): %v", l, err)
		}
	}
}

func TestBadPageSettingsAreErrorsNotLayouts(t *testing.T) {
	for name, tc := range map[string]struct {
		edit func(*Page)
		want string
	}{
		"zero table line height": {func(p *Page) { p.TableLineHeight = 0 }, "table line height"},
		"NaN body size":          {func(p *Page) { p.BodySize = math.NaN() }, "body size"},
		"negative margin":        {func(p *Page) { p.MarginLeft = -5 }, "left margin"},
		"margins eat the page":   {func(p *Page) { p.MarginLeft, p.MarginRight = 120, 100 }, "too narrow"},
		"margins eat the height": {func(p *Page) { p.MarginTop, p.MarginBottom = 100, 100 }, "too short"},
	} {
		t.Run(name, func(t *testing.T) {
			pg := DefaultPage(true)
			tc.edit(&pg)
			var b bytes.Buffer
			err := Annex(&b, seedProgramme(t), AnnexOptions{Page: pg})
			if err == nil || !strings.Contains(err.Error(), tc.want) || b.Len() != 0 {
				t.Fatalf("err = %v (want %q), %d bytes", err, tc.want, b.Len())
			}
		})
	}
}

func TestHugeTableHeaderStillEnds(t *testing.T) {
	// A header row taller than the page must not loop: the rows are still
	// printed, overflowing, and the document ends.
	p := bigProgramme(4)
	p.Annex.Columns = []string{"TT", strings.Repeat("Cơ quan ", 600), "Tên", "Thời gian"}
	var b bytes.Buffer
	if err := Annex(&b, p, AnnexOptions{}); err != nil {
		t.Fatal(err)
	}
}
