package pdf

import (
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// cellTexts are table cells to wrap: the generated annex's and random
// texts full of protected phrases, long words, odd spaces and characters
// the document drops.
func cellTexts(t *testing.T) []string {
	var texts []string
	for _, r := range generatedProgramme(t, 300).Annex.Rows {
		texts = append(texts, r.TT, r.AgencyText, r.Title, r.Deadline.Text)
	}
	words := []string{
		"Chương", "trình", "hành", "động", "số", "07-CTr/TU", "ngày", "02-4-2021", "của", "Tỉnh", "ủy", "quý", "II-2021",
		"II", "năm", "2021", "giai", "đoạn", "2021-2025", "nhiệm", "kỳ", "2020-2025", "tháng", "6", "Đại", "hội", "XI",
		"khóa", "XII", "và", "Sở", "Kế", "hoạch", "Đầu", "tư", "UBND", "tỉnh", "thực", "hiện", "\u00a0", "\t", "  ",
		"Rất-dài-một-từ-không-có-khoảng-trắng-nào-cả-để-cắt", "\x01", "\u0085", "(", ")", "😀", "\xff",
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 1500 {
		var b strings.Builder
		for k := range r.IntN(40) {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[r.IntN(len(words))])
		}
		texts = append(texts, b.String())
	}
	return texts
}

// wrapCell measures each word once and cuts lines out of the text; it must
// wrap every cell as wrapCellReference (the loop that measured each line
// again for every word) does, justified or not, at any width.
func TestWrapCellIsReference(t *testing.T) {
	d := titleDoc(t, "", 12)
	d.setCellMargin(1.5)
	for i, s := range cellTexts(t) {
		for _, w := range []float64{8, 15, 24, 40, 70, 120} {
			for _, justify := range []bool{false, true} {
				got, want := d.wrapCell(s, w, justify), d.wrapCellReference(s, w, justify)
				if !slices.Equal(got, want) {
					t.Fatalf("text %d %q at %v mm, justify %v:\n got %q\nwant %q", i, s, w, justify, got, want)
				}
			}
		}
	}
}

// textWidths is the text's width and its widest word's, as width measures
// them one by one.
func TestTextWidthsIsWidth(t *testing.T) {
	d := titleDoc(t, "", 12)
	for _, s := range cellTexts(t) {
		s = collapseSpaces(s)
		total, widest := d.m.textWidths(s)
		want := 0.0
		for word := range strings.FieldsSeq(s) {
			want = max(want, d.width(word))
		}
		if got := float64(total) * d.m.size / 1000; got != d.width(s) {
			t.Fatalf("%q: width %v, want %v", s, got, d.width(s))
		}
		if got := float64(widest) * d.m.size / 1000; got != want {
			t.Fatalf("%q: widest word %v, want %v", s, got, want)
		}
	}
}

// runWidths sums word widths; each run must measure as the joined run
// does, to the bit.
func TestRunWidthsIsWidth(t *testing.T) {
	d := titleDoc(t, "B", 14)
	for _, s := range cellTexts(t)[:600] {
		words := strings.FieldsFunc(s, breakingSpace)
		width := d.runWidths(words)
		for i := range words {
			for j := i + 1; j <= len(words); j++ {
				if want := d.width(strings.Join(words[i:j], " ")); width[i][j] != want {
					t.Fatalf("%q [%d:%d]: %v, want %v", s, i, j, width[i][j], want)
				}
			}
		}
	}
}

// cellAlign measures a line once; it must decide as it did when it asked
// lineAlign first and measured the line again.
func TestCellAlignIsReference(t *testing.T) {
	d := titleDoc(t, "", 12)
	ref := func(line string, avail float64, last bool) string {
		if a := d.lineAlign(line, avail, last); a == "J" || last {
			return a
		}
		gaps := strings.Count(line, " ")
		if gaps == 0 || avail <= 0 {
			return "L"
		}
		w := d.width(line)
		if w < cellMinFill*avail || (avail-w)/float64(gaps) > cellMaxStretch*d.width(" ") {
			return "L"
		}
		return "J"
	}
	r := rand.New(rand.NewPCG(13, 14))
	justified := 0
	for _, s := range cellTexts(t) {
		s = collapseSpaces(s)
		w := d.width(s)
		for range 8 {
			avail := w * (0.9 + 0.7*r.Float64())
			if r.IntN(20) == 0 {
				avail = -avail
			}
			last := r.IntN(4) == 0
			got, want := d.cellAlign(s, avail, last), ref(s, avail, last)
			if got != want {
				t.Fatalf("%q in %v (last %v): %s, want %s", s, avail, last, got, want)
			}
			if got == "J" {
				justified++
			}
		}
	}
	if justified == 0 {
		t.Fatal("no line was justified: the test checks nothing")
	}
}

// splitText cuts lines out of the text's bytes; it must break where the
// rune walk (splitTextRunes, fpdf's) does, at any width, with line breaks
// and wide words in the text.
func TestSplitTextIsRuneWalk(t *testing.T) {
	d := titleDoc(t, "", 14)
	r := rand.New(rand.NewPCG(15, 16))
	// Broken UTF-8 too: its lines hold U+FFFD for each broken byte.
	texts := append(cellTexts(t), "Kế hoạch \xffsố\xe1\xbb 07\xc3", "\xe1\xba\xa1\xe1 \x80\x80\x80 đề án\n\xff\xfe")
	for _, s := range texts {
		if r.IntN(3) == 0 {
			s += "\n" + s + "\n\n"
		}
		for _, w := range []float64{3, 9, 20, 45, 90, 170} {
			d.m.margin = float64(r.IntN(3))
			got, want := d.m.splitText(s, w), d.m.splitTextRunes(s, w)
			if !slices.Equal(got, want) {
				t.Fatalf("%q at %v mm:\n got %q\nwant %q", s, w, got, want)
			}
		}
	}
}

// wrapIndented takes the rest of a paragraph after its first line as
// bytes; it must wrap as it did when it counted runes.
func TestWrapIndentedIsReference(t *testing.T) {
	d := titleDoc(t, "", 14)
	ref := func(s string, w, indent float64) []string {
		head := d.split(s, w-indent)
		if len(head) <= 1 {
			return head
		}
		rest := []rune(s)[len([]rune(head[0])):]
		if len(rest) > 0 && rest[0] == ' ' {
			rest = rest[1:]
		}
		return append([]string{head[0]}, d.split(string(rest), w)...)
	}
	for _, s := range cellTexts(t) {
		for _, w := range []float64{20, 60, 160} {
			if got, want := d.wrapIndented(s, w, 10), ref(s, w, 10); !slices.Equal(got, want) {
				t.Fatalf("%q at %v mm:\n got %q\nwant %q", s, w, got, want)
			}
		}
	}
}

// protectedSpans looks for the phrases' keys in one pass; it must find
// what searching for each key did, in any case.
func TestProtectedSpansIsReference(t *testing.T) {
	ref := func(text string) [][]int {
		var spans [][]int
		lower, fast := lowerText(text)
		for _, p := range protectedPhrases {
			for _, k := range p.keys {
				if strings.Contains(lower, k) {
					spans = append(spans, p.matches(text, lower, fast)...)
					break
				}
			}
		}
		return spans
	}
	found := 0
	for _, s := range cellTexts(t) {
		for _, text := range []string{s, strings.ToUpper(s), s + " nhiệm kỳ 2020-2025 của Đảng ủy, khoá XII"} {
			got, want := protectedSpans(text), ref(text)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q: %v, want %v", text, got, want)
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Fatal("no phrase found: the test checks nothing")
	}
}

// wrapCellReference is wrapCell as it was before it measured words once
// (issue 12), kept to check it against.
func (d *document) wrapCellReference(s string, w float64, justify bool) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	inner := w - 2*d.m.margin
	ok := d.breakable(words, inner)
	var lines []string
	cur := ""
	var add func(piece string, single bool)
	add = func(piece string, single bool) {
		switch {
		case cur != "" && d.fitsLine(cur+" "+piece, inner):
			cur += " " + piece
		case d.fitsLine(piece, inner):
			if justify && !single && cur != "" && d.lineAlign(cur, inner, false) != "J" {
				if head, tail, ok := d.breakPhrase(cur, piece, inner); ok {
					lines = append(lines, head)
					cur = tail
					return
				}
			}
			if cur != "" {
				lines = append(lines, cur)
			}
			cur = piece
		case !single:
			// Phrases that fit alone but not side by side (overlapping
			// matches): place their words one by one rather than overflow.
			for _, word := range strings.Fields(piece) {
				add(word, true)
			}
		default:
			// One word wider than the cell: SplitText breaks it between
			// runes, as every cell did before; what follows may join its
			// last piece.
			if cur != "" {
				lines = append(lines, cur)
			}
			parts := d.split(piece, w)
			lines = append(lines, parts[:len(parts)-1]...)
			cur = parts[len(parts)-1]
		}
	}
	for i := 0; i < len(words); {
		j := i + 1
		for j < len(words) && !ok[j] {
			j++
		}
		add(strings.Join(words[i:j], " "), j == i+1)
		i = j
	}
	return append(lines, cur)
}

// splitTextRunes is fpdf's SplitText on the measurer's face, walking the
// text as runes: the reference splitText must break as.
func (m *measurer) splitTextRunes(txt string, w float64) (lines []string) {
	f := m.cur
	cw := f.cw
	wmax := int(math.Ceil((w - 2*m.margin) * 1000 / m.size))
	s := []rune(txt)
	nb := len(s)
	for nb > 0 && s[nb-1] == '\n' {
		nb--
	}
	s = s[0:nb]
	sep, i, j, l := -1, 0, 0, 0
	for i < nb {
		c := s[i]
		if int(c) >= len(cw) {
			l += int(cw[min(f.missing, len(cw)-1)]) // sic: fpdf indexes the table by the missing width
		} else {
			l += int(cw[c])
		}
		if unicode.IsSpace(c) || isChinese(c) {
			sep = i
		}
		if c == '\n' || l > wmax {
			if sep == -1 {
				if i == j {
					i++
				}
				sep = i
			} else {
				i = sep + 1
			}
			lines = append(lines, string(s[j:sep]))
			sep = -1
			j = i
			l = 0
		} else {
			i++
		}
	}
	if i != j {
		lines = append(lines, string(s[j:i]))
	}
	return lines
}
