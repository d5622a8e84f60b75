package docx

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/report"
)

// randomText is a cell, heading or paragraph such as a report holds, and
// worse: Vietnamese words in both cases, figures, dates, codes, runs of
// spaces, tabs and line feeds, markup characters, control characters,
// NFD marks, non-characters and invalid UTF-8.
func randomText(rng *rand.Rand, maxWords int) string {
	pieces := []string{
		"Ủy", "ban", "nhân", "dân", "tỉnh", "Đảng", "ĐẢNG", "CỘNG", "SẢN", "Kiên", "Giang", "thực", "hiện",
		"Nghị", "quyết", "07-CTr/TU", "30/6/2021", "41,2%", "MWM", "(Sở", "Tài", "chính)", "a;b:c.d", "2021-2025",
		"&", "<b>", `"quoted"`, "a&b", "x\ty", "dòng\nmới", "cr\r\nlf", "lone\rcr", "\x00\x1f", "\ufffe\uffff",
		"\xff\xfe", "e\u0302\u0301", "Đ\u0301", "\u00a0nbsp", "em\u2003space", "\u0085next", "\v\f", "",
		"Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh", "ǅ", "ℌ", "Σ", "ß",
	}
	n := rng.IntN(maxWords + 1)
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteString([]string{" ", " ", " ", "  ", "\t", "\n", " \u00a0 "}[rng.IntN(7)])
		}
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestTextTwMatchesReference: the table-driven letter widths give the
// widths the letter-by-letter rules gave, and one measuring pass gives
// what textTw and longestWord give for the text and its words.
func TestTextTwMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var m measure
	for range 5000 {
		s := randomText(rng, 12)
		for _, pt := range []float64{12, 12 * 1.05, 12 * 1.1, 13 * 1.05, 14.7, 9.5} {
			if got, want := textTw(s, pt), refTextTw(s, pt); got != want {
				t.Fatalf("textTw(%q, %v) = %d, want %d", s, pt, got, want)
			}
			m.of(s)
			if got, want := m.total(pt), refTextTw(s, pt); got != want {
				t.Fatalf("measure(%q).total(%v) = %d, want %d", s, pt, got, want)
			}
			if got, want := m.longest(pt), refLongestWord(s, pt); got != want {
				t.Fatalf("measure(%q).longest(%v) = %d, want %d", s, pt, got, want)
			}
			var words []int
			for _, em := range m.words {
				words = append(words, int(em*pt*20))
			}
			if want := refWords(s, pt); !slices.Equal(words, want) {
				t.Fatalf("measure(%q) words at %v = %v, want %v", s, pt, words, want)
			}
		}
	}
	for r := range rune(0x3000) { // every letter a report may hold
		if got, want := textTw(string(r), 100), refTextTw(string(r), 100); got != want {
			t.Fatalf("textTw(%U) = %d, want %d", r, got, want)
		}
	}
}

// randomTable is a report table of random shape: a few to a dozen columns
// of every alignment, up to a few hundred rows, cells short and long,
// rows shorter than the columns, repeated texts (as agencies and statuses
// repeat), and now and then a total row.
func randomTable(rng *rand.Rand) *report.Table {
	aligns := []report.Align{report.Left, report.Centre, report.Justify, report.Figure}
	t := &report.Table{Name: "random"}
	for range 1 + rng.IntN(12) {
		t.Columns = append(t.Columns, report.Column{Heading: randomText(rng, 6), Align: aligns[rng.IntN(len(aligns))]})
	}
	rows := rng.IntN(40)
	if rng.IntN(8) == 0 {
		rows = rng.IntN(400)
	}
	var seen []string
	for range rows {
		row := report.Row{Total: rng.IntN(10) == 0}
		for range rng.IntN(len(t.Columns) + 1) {
			var s string
			switch k := rng.IntN(10); {
			case k < 3 && len(seen) > 0:
				s = seen[rng.IntN(len(seen))]
			case k < 6:
				s = fmt.Sprint(rng.IntN(1000))
			default:
				s = randomText(rng, 1+rng.IntN(40))
				seen = append(seen, s)
			}
			row.Cells = append(row.Cells, s)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// TestColumnWidthsMatchReference: the cell-once measuring and the
// remembered line counts give the widths, turned headings and header
// height the plain version gave, on the sample's tables and on random ones
// at random widths and sizes.
func TestColumnWidthsMatchReference(t *testing.T) {
	check := func(name string, tb *report.Table, width int, o Options) {
		t.Helper()
		got, want := columnWidths(tb, width, o), refColumnWidths(tb, width, o)
		if !slices.Equal(got.widths, want.widths) || !slices.Equal(got.vertical, want.vertical) || got.headH != want.headH {
			t.Fatalf("%s at width %d, %v pt: got %+v, want %+v", name, width, o.TableSize, got, want)
		}
	}
	r := sample()
	o := Options{}.withDefaults()
	for _, b := range append(append([]report.Block{}, r.Body...), r.Appendix...) {
		if b.Table != nil {
			for _, landscape := range []bool{false, true} {
				check(b.Table.Name, b.Table, o.textWidth(landscape), o)
			}
		}
	}
	rng := rand.New(rand.NewPCG(3, 4))
	n := 600
	if testing.Short() {
		n = 100
	}
	for k := range n {
		tb := randomTable(rng)
		o := Options{TableSize: []float64{12, 11, 13, 10.5}[rng.IntN(4)]}.withDefaults()
		width := []int{o.textWidth(false), o.textWidth(true), twips(60), twips(400), 1 + rng.IntN(20000)}[rng.IntN(5)]
		check(fmt.Sprintf("random table %d", k), tb, width, o)
	}
}

// TestEscMatchesReference: escaping in place gives what the plain esc
// gave, on random text and on random bytes (invalid UTF-8, control
// characters, non-characters, NFD).
func TestEscMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	alphabet := []string{"a", "Ă", "&", "<", ">", `"`, "'", "\t", "\n", "\r", "\x00", "\x1f", "\x7f", "\xc3", "\xa0", "\xff",
		"\ufffe", "\uffff", "\ufffd", "\u0301", "\u0302", "e", "\xed\xa0\x80", "\U0001F600", " "}
	for range 20000 {
		var b strings.Builder
		if rng.IntN(2) == 0 {
			b.WriteString(randomText(rng, 8))
		} else {
			for range rng.IntN(20) {
				b.WriteString(alphabet[rng.IntN(len(alphabet))])
			}
		}
		s := b.String()
		if got, want := esc(s), refEsc(s); got != want {
			t.Fatalf("esc(%q) = %q, want %q", s, got, want)
		}
	}
}

// randomRun and randomPara are runs and paragraphs of every property the
// writer knows, set or not.
func randomRun(rng *rand.Rand) run {
	return run{text: randomText(rng, 5), bold: rng.IntN(2) == 0, italic: rng.IntN(3) == 0, underline: rng.IntN(4) == 0,
		size: []float64{0, 0, 12, 13.5, 14}[rng.IntN(5)], fill: []string{"", "", "0D400D"}[rng.IntN(3)],
		boxed: rng.IntN(5) == 0, white: rng.IntN(5) == 0}
}

func randomPara(rng *rand.Rand) para {
	p := para{style: []string{"", styleBody, styleTableText}[rng.IntN(3)], keepNext: rng.IntN(2) == 0,
		before: []int{0, 0, 120, -5}[rng.IntN(4)], jc: []string{"", "left", "center", "both"}[rng.IntN(4)],
		mark: []string{"", `<w:sz w:val="4"/>`}[rng.IntN(2)], sectPr: []string{"", "<w:sectPr/>"}[rng.IntN(2)]}
	for range rng.IntN(4) {
		p.runs = append(p.runs, randomRun(rng))
	}
	return p
}

// TestWritersMatchReference: paragraphs, runs and tables written without
// fmt and temporary strings are the bytes the plain writers gave.
func TestWritersMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for range 3000 {
		p := randomPara(rng)
		var got, want strings.Builder
		p.write(&got)
		refParaWrite(p, &want)
		if got.String() != want.String() {
			t.Fatalf("paragraph %+v:\ngot  %s\nwant %s", p, got.String(), want.String())
		}
	}
	for range 300 {
		tb := table{style: []string{styleReportTable, stylePlainTable}[rng.IntN(2)], caption: randomText(rng, 3)}
		for range 1 + rng.IntN(8) {
			tb.grid = append(tb.grid, rng.IntN(3000))
		}
		for range rng.IntN(6) {
			r := tableRow{header: rng.IntN(3) == 0, cantSplit: rng.IntN(2) == 0, height: []int{0, 0, 140, -1}[rng.IntN(4)], exact: rng.IntN(2) == 0}
			for range rng.IntN(len(tb.grid) + 2) {
				c := tableCell{span: rng.IntN(4), vertical: rng.IntN(4) == 0, top: rng.IntN(2) == 0,
					fill: []string{"", "FFC000"}[rng.IntN(2)], borders: []string{"", noBorders}[rng.IntN(2)], noMargin: rng.IntN(4) == 0}
				for range rng.IntN(3) {
					c.paras = append(c.paras, randomPara(rng))
				}
				r.cells = append(r.cells, c)
			}
			tb.rows = append(tb.rows, r)
		}
		var got, want strings.Builder
		tb.write(&got)
		refTableWrite(tb, &want)
		if got.String() != want.String() {
			t.Fatalf("table:\ngot  %s\nwant %s", got.String(), want.String())
		}
	}
	// The report's own tables, as reportTable builds them.
	r := sample()
	o := Options{}.withDefaults()
	for _, b := range append(append([]report.Block{}, r.Body...), r.Appendix...) {
		if b.Table == nil {
			continue
		}
		tb := reportTable(b.Table, o.textWidth(true), o)
		var got, want strings.Builder
		tb.write(&got)
		refTableWrite(tb, &want)
		if got.String() != want.String() {
			t.Fatalf("table %s:\ngot  %s\nwant %s", b.Table.Name, got.String(), want.String())
		}
	}
}

// refWrap is shorten's line count as it was (ref_test.go's refShorten).
func refWrap(ws []int, w, pad, space int) float64 {
	room := max(w-pad, 1)
	if len(ws) == 0 {
		return 1
	}
	count, line := 1, 0
	for _, x := range ws {
		switch {
		case line == 0:
			line = x
		case line+space+x <= room:
			line += space + x
		default:
			count++
			line = x
		}
	}
	return float64(count-1) + min(1, float64(line)/float64(room))
}

// TestLineCounterMatchesReference: a cell's lines counted from its
// remembered wrapping are the lines wrapping it anew gives, at widths
// that grow step by step (as shorten asks), jump about, or shrink.
func TestLineCounterMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 3000 {
		var ws []int
		for range rng.IntN(30) {
			ws = append(ws, []int{0, 1, 60, 120, 240, 1000, 3000}[rng.IntN(7)]+rng.IntN(200))
		}
		pad, space := rng.IntN(200), rng.IntN(80)
		c := lineCounter{pad: pad, space: space, breaks: make([]breaks, 1)}
		w, step := rng.IntN(3000), 1+rng.IntN(300)
		for range 100 {
			switch rng.IntN(10) {
			case 0:
				w = rng.IntN(8000)
			case 1:
				w = max(w-step, 0)
			default:
				w += step
			}
			if got, want := c.lines(0, ws, w), refWrap(ws, w, pad, space); got != want {
				t.Fatalf("words %v, pad %d, space %d at width %d: %v lines, want %v", ws, pad, space, w, got, want)
			}
		}
	}
}

// TestDocumentSizeIsAboutRight: the document builder's first size is
// within a third of the document written, on the small and the large
// sample, so it is neither grown again and again nor far too large.
func TestDocumentSizeIsAboutRight(t *testing.T) {
	for _, r := range []*report.Report{sample(), largeSample()} {
		parts, err := reportParts(r, Options{})
		if err != nil {
			t.Fatal(err)
		}
		got, est := len(parts[documentPart]), documentSize(r)
		if est < got*2/3 || est > got*4/3 {
			t.Errorf("document.xml is %d bytes, estimated %d", got, est)
		}
	}
}

// TestQuickNFC: a text quickNFC passes is NFC, on random text and on
// every pair of letters from its two ranges and the combining marks, and
// Vietnamese in NFC passes it.
func TestQuickNFC(t *testing.T) {
	var letters []rune
	for r := range rune(latinBEnd) {
		letters = append(letters, r)
	}
	for r := rune(latinAdd); r < latinAddEnd; r++ {
		letters = append(letters, r)
	}
	for r := rune(0x300); r < 0x370; r++ { // combining marks
		letters = append(letters, r)
	}
	letters = append(letters, 0x1100, 0x1161, 0xAC00, 0x11A8, 0x212B, 0xFFFD) // Hangul jamo and syllable, Å, the replacement character
	for _, a := range letters {
		for _, b := range letters {
			s := string([]rune{a, b})
			if quickNFC(s) && !norm.NFC.IsNormalString(s) {
				t.Fatalf("quickNFC passes %q (%U %U), which is not NFC", s, a, b)
			}
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for range 20000 {
		s := randomText(rng, 10)
		if quickNFC(s) && !norm.NFC.IsNormalString(s) {
			t.Fatalf("quickNFC passes %q, which is not NFC", s)
		}
	}
	for _, s := range []string{"Tỉnh ủy Kiên Giang", "ĐẢNG CỘNG SẢN VIỆT NAM", "Ưu tiên phát triển ổn định, bền vững", "Đang thực hiện quá hạn"} {
		if !quickNFC(s) {
			t.Errorf("quickNFC does not pass %q", s)
		}
	}
	if quickNFC("e\u0302\u0301") || quickNFC("\xff") {
		t.Error("quickNFC passes NFD or a byte that is not UTF-8")
	}
}
