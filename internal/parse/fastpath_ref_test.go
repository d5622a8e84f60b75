package parse

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/vocab"
)

// Parsing a long programme was made cheaper (issue 12) by byte tests
// before regular expressions, lowering on the stack and a cheaper sort of
// word hashes. The functions below are the code before those changes,
// kept to check the new code against on varied texts.

func refAreaHeading(s string) (n int, title, rest string, ok bool) {
	m := reArea().FindStringSubmatch(s)
	if m == nil {
		return 0, "", "", false
	}
	n, _ = strconv.Atoi(m[1])
	title = strings.TrimSpace(m[2])
	if i := strings.Index(title, ": "); i > 0 {
		title, rest = strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+2:])
	}
	return n, strings.TrimRight(title, ":"), rest, true
}

func refIsEnum(s string) bool { return reEnum().MatchString(s) }

func refPartHeading(s string) (numeral, title string, ok bool) {
	m := rePart().FindStringSubmatch(s)
	if m == nil || !vocab.IsUpperText(m[2]) {
		return "", "", false
	}
	return m[1], strings.TrimSpace(m[2]), true
}

func refAssignmentParen(s string) (string, bool) {
	s = strings.TrimRight(s, " .;")
	if !strings.HasSuffix(s, ")") {
		return "", false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return "", false
	}
	inner := strings.TrimSpace(s[open+1 : len(s)-1])
	low := vocab.Lower(inner)
	if strings.HasPrefix(low, "giao ") || strings.Contains(low, "thời gian") || strings.Contains(low, "thời hạn") || strings.HasPrefix(low, "hoàn thành") {
		return inner, true
	}
	if _, err := ParseDeadline(inner); err == nil {
		return inner, true
	}
	return "", false
}

func refHasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	return vocab.Lower(s[:len(prefix)]) == prefix
}

func refWordIDs(s string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	ids := make([]uint64, 0, len(s)/6+1)
	h, n := uint64(offset), 0
	end := func() {
		if n > 0 {
			ids = append(ids, h)
		}
		h, n = offset, 0
	}
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case (c == '-' || c == '/') && n > 0 && i < len(s) && s[i] != ' ':
			default:
				end()
				continue
			}
			h = (h ^ uint64(c)) * prime
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if !vocab.IsLetter(r) {
			end()
			continue
		}
		k := utf8.EncodeRune(buf[:], vocab.LowerRune(r))
		for _, b := range buf[:k] {
			h = (h ^ uint64(b)) * prime
		}
		n++
	}
	end()
	slices.Sort(ids)
	return slices.Compact(ids)
}

// refTwoRowHeader classified the lower cell before looking at the span.
func refTwoRowHeader(grid [][]*document.Cell, r int) []string {
	top, bottom := grid[r], grid[r+1]
	out := make([]string, len(top))
	for c := range top {
		t, b := top[c], bottom[c]
		switch {
		case b == nil || b == t:
			out[c] = cellText(t)
		case t == nil:
			out[c] = cellText(b)
		default:
			bt := cellText(b)
			if classify(bt) == colOther && t.ColSpan > 1 {
				bt = cellText(t) + " " + bt
			}
			out[c] = bt
		}
	}
	return out
}

// programmePieces are the beginnings and pieces of a programme's
// paragraphs: numbers, letters and numerals that head areas, items and
// parts, bullets, assignments and deadlines in several cases, and a few
// runes that are easy to get wrong.
var programmePieces = []string{
	"1. ", "12) ", "3 . ", "1.1. ", "2.3) ", "10000. ", "a) ", "b. ", "z) ", "đ) ", "Đ) ", "A) ", "I- ", "IV. ", "XII- ",
	"PHẦN ", "PHẦN II: ", "II/ ", "- ", "– ", "• ", "+ ", "* ", "Về kinh tế", "VỀ KINH TẾ", "NHIỆM VỤ", "Xây dựng ",
	"**Đề án**", "Kế hoạch", "(", ")", "(Giao ", "(*Giao ", "giao ", "Sở Tài chính chủ trì", "; ", ". ", ", ", ": ",
	"thời gian hoàn thành trong quý II-2021", "THỜI HẠN", "Thời gian", "hoàn thành", "Hoàn thành năm 2022", "(việc hoàn thành)", "(Kế hoạch hoàn thành sớm)", "quý IV-2023",
	"tháng 5/2022", "năm 2025", "2021-2025", "05-CT/TW", " ", "  ", "\t", "x", "9", "İ", "K", "\xff", "\xe1\xba", "đ",
	"😀", "𝐀", "Ǆ", "ẞ", "\xed\xa0\x80", "\xe0\x80\x80", "\xc0\xaf", "\xf0\x9f", "\u00a0", "\u200b",
}

func randomParagraph(rng *rand.Rand) string {
	var b strings.Builder
	for n := rng.IntN(10); n >= 0; n-- {
		b.WriteString(programmePieces[rng.IntN(len(programmePieces))])
	}
	s := b.String()
	if rng.IntN(4) == 0 && len(s) > 0 {
		s = s[:rng.IntN(len(s)+1)]
	}
	return s
}

func TestFastPathsMatchTheOldCode(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 2026))
	matched := map[string]int{}
	for range 40000 {
		s := randomParagraph(rng)
		n, title, rest, ok := areaHeading(s)
		if rn, rtitle, rrest, rok := refAreaHeading(s); n != rn || title != rtitle || rest != rrest || ok != rok {
			t.Fatalf("areaHeading(%q) = %d %q %q %v, want %d %q %q %v", s, n, title, rest, ok, rn, rtitle, rrest, rok)
		}
		if got, want := isEnum(s), refIsEnum(s); got != want {
			t.Fatalf("isEnum(%q) = %v, want %v", s, got, want)
		}
		num, ptitle, pok := partHeading(s)
		if rnum, rtitle, rok := refPartHeading(s); num != rnum || ptitle != rtitle || pok != rok {
			t.Fatalf("partHeading(%q) = %q %q %v, want %q %q %v", s, num, ptitle, pok, rnum, rtitle, rok)
		}
		inner, aok := assignmentParen(s)
		if rinner, rok := refAssignmentParen(s); inner != rinner || aok != rok {
			t.Fatalf("assignmentParen(%q) = %q %v, want %q %v", s, inner, aok, rinner, rok)
		}
		for _, prefix := range []string{"ghi chú", "giao ", "đ"} {
			if got, want := hasPrefixFold(s, prefix), refHasPrefixFold(s, prefix); got != want {
				t.Fatalf("hasPrefixFold(%q, %q) = %v, want %v", s, prefix, got, want)
			}
		}
		if got, want := wordIDs(s), refWordIDs(s); !slices.Equal(got, want) {
			t.Fatalf("wordIDs(%q) = %v, want %v", s, got, want)
		}
		before := []uint64{3, 1, 2}
		if got, want := appendWordIDs(before, s), append([]uint64{3, 1, 2}, refWordIDs(s)...); !slices.Equal(got, want) {
			t.Fatalf("appendWordIDs(%v, %q) = %v, want %v", before, s, got, want)
		}
		for _, w := range []string{"giao ", "thời gian", "thời hạn", "hoàn thành"} {
			if got, want := strings.HasPrefix(string(lowerHead(nil, s)), w), strings.HasPrefix(vocab.Lower(s), w); got != want {
				t.Fatalf("lowerHead(%q) starts with %q: %v, Lower: %v", s, w, got, want)
			}
		}
		for what, hit := range map[string]bool{"area": ok, "enum": isEnum(s), "part": pok, "assignment": aok} {
			if hit {
				matched[what]++
			}
		}
	}
	// The texts must reach the slow paths too, or the comparison proves little.
	for _, what := range []string{"area", "enum", "part", "assignment"} {
		if matched[what] < 100 {
			t.Errorf("only %d random texts read as %s", matched[what], what)
		}
	}
	// Long texts take slices.Sort rather than the insertion sort.
	long := strings.Repeat("Xây dựng Đề án phát triển kinh tế biển tỉnh giai đoạn 2021-2025 số 05-CT/TW; ", 4)
	for i := range 200 {
		s := long + strconv.Itoa(i) + " " + randomParagraph(rng)
		if got, want := wordIDs(s), refWordIDs(s); !slices.Equal(got, want) {
			t.Fatalf("wordIDs(%q) = %v, want %v", s, got, want)
		}
	}
}

func refNumberingRow(cells []string) bool {
	n, prev := 0, 0
	for _, c := range cells {
		if c == "" {
			continue
		}
		if !reNumbering().MatchString(c) {
			return false
		}
		v, _ := strconv.Atoi(strings.Trim(c, "()"))
		if v <= prev {
			return false
		}
		prev = v
		n++
	}
	return n >= 3
}

// numberingRow rules a cell out by its length and first byte as the
// regular expression did.
func TestNumberingRowMatchesTheOldCode(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	cells := []string{"", "1", "2", "3", "(4)", "(5", "6)", "07", "12", "(12)", "123", "(123)", " 8", "9 ", "a", "Sở", "(", ")", "()", "1.", "-1"}
	hits := 0
	for range 20000 {
		row := make([]string, 1+rng.IntN(6))
		for i := range row {
			row[i] = cells[rng.IntN(len(cells))]
			if rng.IntN(2) == 0 {
				row[i] = strconv.Itoa(i + 1)
			}
		}
		got, want := numberingRow(row), refNumberingRow(row)
		if got != want {
			t.Fatalf("numberingRow(%q) = %v, want %v", row, got, want)
		}
		if got {
			hits++
		}
	}
	if hits < 100 {
		t.Errorf("only %d rows read as numbering", hits)
	}
}

// sortIDs orders any slice as slices.Sort does: short and long, with
// repeated values and values that all fall in one bucket.
func TestSortIDsMatchesSlicesSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	for range 20000 {
		n := rng.IntN(60)
		ids := make([]uint64, n)
		for i := range ids {
			switch rng.IntN(4) {
			case 0:
				ids[i] = rng.Uint64() >> 59 // one bucket
			case 1:
				if i > 0 {
					ids[i] = ids[rng.IntN(i)] // a repeat
					continue
				}
				ids[i] = rng.Uint64()
			default:
				ids[i] = rng.Uint64()
			}
		}
		want := slices.Clone(ids)
		slices.Sort(want)
		sortIDs(ids)
		if !slices.Equal(ids, want) {
			t.Fatalf("sortIDs = %v, want %v", ids, want)
		}
	}
}

// A header of two rows reads the same with the span looked at first.
func TestTwoRowHeaderMatchesTheOldCode(t *testing.T) {
	rng := rand.New(rand.NewPCG(2, 12))
	words := []string{"TT", "Cơ quan thực hiện", "Chủ trì", "Phối hợp", "Nội dung", "Thời gian", "Sản phẩm", "Ghi chú", "", "01", "Đề án phát triển"}
	for range 3000 {
		cols := 2 + rng.IntN(5)
		grid := make([][]*document.Cell, 2)
		for r := range grid {
			grid[r] = make([]*document.Cell, cols)
			for c := 0; c < cols; {
				span := 1 + rng.IntN(min(3, cols-c))
				cell := &document.Cell{Col: c, ColSpan: span, Paras: []document.Paragraph{{Runs: []document.Run{{Text: words[rng.IntN(len(words))]}}}}}
				if rng.IntN(6) == 0 {
					cell = nil
				}
				if r == 1 && rng.IntN(4) == 0 {
					cell = grid[0][c] // merged down both rows
				}
				for k := c; k < c+span; k++ {
					grid[r][k] = cell
				}
				c += span
			}
		}
		if got, want := twoRowHeader(grid, 0), refTwoRowHeader(grid, 0); !slices.Equal(got, want) {
			t.Fatalf("twoRowHeader = %q, want %q", got, want)
		}
	}
}
