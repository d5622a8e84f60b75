package pdf

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// protectedPhrases are names a centred title or a table cell must not break
// inside: a reader who sees "Chương trình hành" / "động số …" or "quý II" /
// "năm 2021" has to put the name back together. Case-insensitive, so
// upper-case titles ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU") are protected too.
// Each phrase names the words (lower case) any match must contain, so the
// case-insensitive expression, slow on long cells, runs only where it can
// match.
//
// A loose phrase (a long name, a span of years, a spelled-out date) may
// still break between its words where keeping it whole would leave a
// justified line ragged (splitJustified); the others never break.
var protectedPhrases = []protectedPhrase{
	phrase(`chương trình hành động`, `chương trình hành động`, []string{"chương trình hành động"}, true, 0, len("chương trình hành động")),
	phrase(quarterPhrase.String(), strings.ToLower(quarterPhrase.String()), []string{"quý "}, false, 0, -1),                                                               // quý II-2021, quý II năm 2021, quý I và quý II/2021
	phrase(`\bsố [\d\x{a0}][\p{L}\p{N}./\x{a0}-]*`, `\bsố [\d\x{a0}][\p{L}\p{N}./\x{a0}-]*`, []string{"số "}, false, 0, len("số ")),                                       // số 07-CTr/TU, số 157/QĐ-TTg, số      -BC/TU (numberRoom)
	phrase(`ngày \d{1,2}[-/.]\d{1,2}[-/.]\d{4}`, `ngày \d{1,2}[-/.]\d{1,2}[-/.]\d{4}`, []string{"ngày "}, false, 0, len("ngày 30-12-2021")),                               // ngày 02-4-2021
	phrase(`(?:ngày \d{1,2} )?tháng \d{1,2} năm \d{4}`, `(?:ngày \d{1,2} )?tháng \d{1,2} năm \d{4}`, []string{"tháng "}, true, len("ngày 30 "), len("tháng 12 năm 2021")), // ngày 30 tháng 6 năm 2021
	phrase(`(?:giai đoạn|nhiệm kỳ) \d{4}-\d{4}`, `(?:giai đoạn|nhiệm kỳ) \d{4}-\d{4}`, []string{"giai đoạn ", "nhiệm kỳ "}, true, 0, len("giai đoạn 2021-2025")),          // giai đoạn 2021-2025
	phrase(`\b(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy\b`, `\b(?:tỉnh|thành|huyện|quận|thị|đảng) ủy\b`, []string{" ủy"}, false, max(len("huyện"), len("đảng")), len(" ủy")),  // Tỉnh ủy: an issuer's name
	phrase(`\b(?:hội|khóa|khoá) [IVXL]+\b`, `\b(?:hội|khóa|khoá) [ivxl]+\b`, []string{"hội ", "khóa ", "khoá "}, false, 0, len("khóa ")),                                  // Đại hội XI, khóa XII
}

// protectedPhrase is one entry of protectedPhrases: re matches it in any
// case; lower is the same expression written in lower case, run on the
// lower-cased text, which is several times faster than matching without
// case (see protectedSpans).
//
// Every match contains one of keys, starting at most back bytes before
// the key's start and ending at most fwd bytes after it, or before the
// first space after that (fwd -1: anywhere up to the end of the text); the
// lower-case search runs only on those windows of the text.
type protectedPhrase struct {
	fold  func() *regexp.Regexp // compiled on first use: most texts never need it
	lower *regexp.Regexp
	keys  []string
	loose bool
	back  int
	fwd   int
}

// phrase compiles a protected phrase from its expression and the same in
// lower case.
func phrase(pattern, lower string, keys []string, loose bool, back, fwd int) protectedPhrase {
	fold := sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)` + pattern) })
	return protectedPhrase{fold, regexp.MustCompile(lower), keys, loose, back, fwd}
}

// matches is p's matches in text, lower being text lower-cased and fast
// foldsSimply(text).
func (p protectedPhrase) matches(text, lower string, fast bool) [][]int {
	return p.matchesIn(text, lower, fast, nil)
}

// matchesIn is matches, remembering in memo (if not nil) the matches in
// each window searched.
func (p protectedPhrase) matchesIn(text, lower string, fast bool, memo windowMemo) [][]int {
	if fast {
		return p.find(lower, memo)
	}
	return p.fold().FindAllStringIndex(text, -1)
}

// find is p's matches in lower, the lower-cased text, searched only in the
// windows around its keys. A window starts after a space (or at the text's
// start) and ends before one (or at its end), so a word boundary at its
// edges reads as in the whole text; windows that touch are merged, so a
// match lies in one window and the search finds in each what a search of
// the whole text finds there.
//
// The same window text ("giai đoạn 2021-2025", "tỉnh ủy", "quý
// iii-2021") recurs in many cells of a table: with memo the expression
// runs once on each distinct window of a document (a window's matches
// depend on its text alone), not once per cell.
func (p protectedPhrase) find(lower string, memo windowMemo) [][]int {
	var wins [][2]int
	for _, k := range p.keys {
		for from := 0; ; {
			i := strings.Index(lower[from:], k)
			if i < 0 {
				break
			}
			at := from + i
			from = at + 1
			s := strings.LastIndexByte(lower[:max(0, at-p.back)], ' ') + 1
			e := len(lower)
			if p.fwd >= 0 && at+p.fwd < len(lower) {
				if j := strings.IndexByte(lower[at+p.fwd:], ' '); j >= 0 {
					e = at + p.fwd + j
				}
			}
			wins = append(wins, [2]int{s, e})
		}
	}
	if len(p.keys) > 1 {
		sort.Slice(wins, func(i, j int) bool { return wins[i][0] < wins[j][0] })
	}
	var out [][]int
	for i := 0; i < len(wins); {
		s, e := wins[i][0], wins[i][1]
		for i++; i < len(wins) && wins[i][0] <= e; i++ {
			e = max(e, wins[i][1])
		}
		if memo == nil {
			for _, m := range p.lower.FindAllStringIndex(lower[s:e], -1) {
				out = append(out, []int{m[0] + s, m[1] + s})
			}
			continue
		}
		for _, m := range memo.matches(p.lower, lower[s:e]) {
			out = append(out, []int{m[0] + s, m[1] + s})
		}
	}
	return out
}

// windowMemo keeps an expression's matches in a window's text, by
// expression and text.
type windowMemo map[windowKey][][2]int

type windowKey struct {
	re   *regexp.Regexp
	text string
}

// matches is re.FindAllStringIndex(text, -1), looked up in m first and
// kept there.
func (m windowMemo) matches(re *regexp.Regexp, text string) [][2]int {
	if found, ok := m[windowKey{re, text}]; ok {
		return found
	}
	var found [][2]int
	for _, x := range re.FindAllStringIndex(text, -1) {
		found = append(found, [2]int{x[0], x[1]})
	}
	// The window is a slice of a lower-cased cell: keep only its bytes.
	m[windowKey{re, strings.Clone(text)}] = found
	return found
}

// preferredBreak reports whether a line may well start at words[j]: before
// "số", "quý", "của" and "thực hiện" a title reads in natural chunks.
func preferredBreak(words []string, j int) bool {
	switch strings.ToLower(words[j]) {
	case "số", "quý", "của":
		return true
	case "thực":
		return j+1 < len(words) && strings.ToLower(strings.TrimRight(words[j+1], ",;:")) == "hiện"
	}
	return false
}

// danglingWord reports whether a line ending in word leaves its phrase
// hanging: "… ngày 02-4-2021 của" / "Tỉnh ủy".
func danglingWord(word string) bool {
	switch strings.ToLower(word) {
	case "của", "và", "về", "theo", "trong", "các", "những", "với", "đến", "cho", "số", "quý", "ngày", "tại":
		return true
	}
	return false
}

// breakable marks, for each word j ≥ 1, whether a line may start there: not
// inside any protected phrase. A phrase wider than w on its own cannot be
// kept whole and is left unprotected.
func (d *document) breakable(words []string, w float64) []bool {
	text, starts, ok := breakSetup(words)
	d.markProtected(text, starts, ok, w)
	return ok
}

// breakableIn is breakable for the words of text, a collapsed text, that
// start at starts; the answer is wrapCell's to use until its next call.
func (d *document) breakableIn(text string, starts []int, w float64) []bool {
	ok := d.wrapScratch.ok[:0]
	for j := range starts {
		ok = append(ok, j > 0)
	}
	d.wrapScratch.ok = ok
	d.markProtected(text, starts, ok, w)
	return ok
}

// markProtected clears ok[j] for each word j (starting at starts[j] in
// text) inside a protected phrase no wider than w.
func (d *document) markProtected(text string, starts []int, ok []bool, w float64) {
	for _, m := range d.spans(text) {
		if d.width(text[m[0]:m[1]]) > w {
			continue
		}
		for j := 1; j < len(starts); j++ {
			if starts[j] > m[0] && starts[j] < m[1] {
				ok[j] = false
			}
		}
	}
}

// protectedSpans are the byte ranges of text that protectedPhrases match, in
// the order of the phrase list; spans may overlap. A document asks through
// spans, which remembers the answer for each text.
//
// The expressions were the annex's hot spot (a fifth of a 10,000-row
// annex): matching without case disables the literal search they start
// with, and those that start with an alternation or a word boundary are
// tried at every position of a long title. When lower-casing text changes
// no rune's length and agrees with case-insensitive matching
// (foldsSimply), the lower-case expressions run on the lower-cased text
// instead, with the same byte offsets and the same matches, and only in the
// windows around their keys (protectedPhrase.find).
func protectedSpans(text string) [][]int { return protectedSpansIn(text, nil) }

// protectedSpansIn is protectedSpans remembering windows' matches in memo
// (which may be nil).
func protectedSpansIn(text string, memo windowMemo) [][]int {
	var spans [][]int
	lower, fast := lowerText(text)
	has := phrasesKeyed(lower)
	for i, p := range protectedPhrases {
		if has&(1<<i) != 0 {
			spans = append(spans, p.matchesIn(text, lower, fast, memo)...)
		}
	}
	return spans
}

// phrasesKeyed marks (bit i) each phrase i of protectedPhrases one of
// whose keys lower contains, in one pass over lower instead of a search
// for each of the eleven keys.
//
// A key starts at i only where the two bytes at i start some key (every
// key has two bytes or more; one of one byte would mark each pair it
// starts, though it then goes unseen as a text's last byte): a bit table of those pairs passes over most
// positions of a text without looking at the keys, where a key's first
// byte alone (a space, "c", "n", "t", "h") stopped at every other byte.
func phrasesKeyed(lower string) uint64 {
	byFirst := keysByFirstByte()
	pairs := keyPairs()
	var has uint64
	for i := 0; i+1 < len(lower); i++ {
		if p := uint16(lower[i])<<8 | uint16(lower[i+1]); pairs[p>>6]&(1<<(p&63)) == 0 {
			continue
		}
		for _, k := range byFirst[lower[i]] {
			if has&(1<<k.phrase) == 0 && strings.HasPrefix(lower[i:], k.key) {
				has |= 1 << k.phrase
			}
		}
	}
	return has
}

// phraseKey is one key of protectedPhrases[phrase].
type phraseKey struct {
	key    string
	phrase int
}

// keyPairs is a bit for each pair of bytes some key of protectedPhrases
// starts with (bit p of the table, p the pair as a big-endian uint16).
var keyPairs = sync.OnceValue(func() *[1 << 16 / 64]uint64 {
	var t [1 << 16 / 64]uint64
	for _, p := range protectedPhrases {
		for _, k := range p.keys {
			for next := range 256 { // a one-byte key: any byte may follow
				if len(k) == 1 || next == int(k[1]) {
					pair := uint16(k[0])<<8 | uint16(next)
					t[pair>>6] |= 1 << (pair & 63)
				}
			}
		}
	}
	return &t
})

// keysByFirstByte lists the phrases' keys by their first byte.
var keysByFirstByte = sync.OnceValue(func() *[256][]phraseKey {
	var t [256][]phraseKey
	for i, p := range protectedPhrases {
		for _, k := range p.keys {
			t[k[0]] = append(t[k[0]], phraseKey{k, i})
		}
	}
	return &t
})

// foldsSimply reports whether every rune of s lowers to a rune of the same
// UTF-8 length that is exactly what case-insensitive matching equates it
// with: Latin and Vietnamese letters and caseless characters, except the
// few whose case folding is not their lower case (ſ, µ, İ, Ⱥ, Ⱦ, ẛ, ẞ; the
// rest, such as the Kelvin sign, lie outside the ranges accepted).
func foldsSimply(s string) bool {
	for _, r := range s {
		if !foldsSimplyRune(r) {
			return false
		}
	}
	return true
}

// foldsSimplyRune is foldsSimply for one rune.
func foldsSimplyRune(r rune) bool {
	switch {
	case r < 0x80:
	case r == utf8.RuneError:
		return false // maybe a broken byte, which ToLower makes three
	case r == 0xB5 || r == 0x130 || r == 0x17F || r == 0x23A || r == 0x23E || r == 0x1E9B || r == 0x1E9E:
		return false
	case r < 0x250 || r >= 0x1E00 && r < 0x1F00:
	case unicode.SimpleFold(r) != r:
		return false
	}
	return true
}

// lowerTables hold, for the runes of Latin (below U+0250) and Vietnamese
// (U+1E00–U+1EFF), unicode.ToLower and foldsSimplyRune: ToLower searches
// the case tables for each rune, which was half of protectedSpans. Built on
// first use (40 µs), not for runes between, which a document seldom holds.
var lowerTables = sync.OnceValue(func() *lowerTable {
	t := new(lowerTable)
	for r := range rune(0x250) {
		t.latin[r] = uint16(unicode.ToLower(r))
		t.latinSimple[r] = foldsSimplyRune(r)
	}
	for i := range rune(0x100) {
		t.viet[i] = uint16(unicode.ToLower(0x1E00 + i))
		t.vietSimple[i] = foldsSimplyRune(0x1E00 + i)
	}
	return t
})

type lowerTable struct {
	latin       [0x250]uint16
	latinSimple [0x250]bool
	viet        [0x100]uint16 // U+1E00 + index
	vietSimple  [0x100]bool
}

// lowerText is strings.ToLower(s) and foldsSimply(s), in one pass.
func lowerText(s string) (lower string, fast bool) {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return strings.ToLower(s), true
	}
	t := lowerTables()
	var b strings.Builder
	b.Grow(len(s) + utf8.UTFMax)
	fast = true
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		case r < 0x250:
			fast = fast && t.latinSimple[r]
			r = rune(t.latin[r])
		case r >= 0x1E00 && r < 0x1F00:
			fast = fast && t.vietSimple[r-0x1E00]
			r = rune(t.viet[r-0x1E00])
		default:
			fast = fast && foldsSimplyRune(r)
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String(), fast
}

// spans is protectedSpans(text), computed once per text: a table measures
// and wraps every cell, and may wrap a row twice to keep it with the next.
func (d *document) spans(text string) [][]int {
	if s, ok := d.protected[text]; ok {
		return s
	}
	if d.protected == nil {
		d.protected = map[string][][]int{}
		d.windows = windowMemo{}
	}
	s := protectedSpansIn(text, d.windows)
	d.protected[text] = s
	return s
}

// splitBalanced wraps s for a centred title (the trích yếu, an annex or
// appendix title, a caption): as few lines as fit in width w, then the
// choice among those that makes the lines most alike in width — the last
// not much shorter — never breaking inside a protected phrase, starting
// lines at "số", "quý", "của" or "thực hiện" and not ending them on "của",
// "và", "các"… when that costs little balance.
// Widths are the current face's (GetStringWidth, rune-aware). A protected
// phrase too wide for w on its own may be broken, and a single word wider
// than w stands on its own line: a title is never lost, only overfull.
func (d *document) splitBalanced(s string, w float64) []string {
	words := strings.FieldsFunc(s, breakingSpace)
	if len(words) == 0 {
		return []string{""}
	}
	if d.width(strings.Join(words, " ")) <= w {
		return []string{strings.Join(words, " ")}
	}
	ok := d.breakable(words, w)
	if lines := d.balancedLines(words, ok, w); lines != nil {
		return lines
	}
	for j := 1; j < len(words); j++ {
		ok[j] = true // phrases that fit alone but not side by side (rare): break them rather than overflow
	}
	if lines := d.balancedLines(words, ok, w); lines != nil {
		return lines
	}
	return d.balancedLines(words, ok, math.Inf(1)) // a word wider than w: one word a line
}

// breakingSpace reports a space a title may break at and collapses: not a
// no-break space, which keeps the room left for a number written by hand
// ("Báo cáo số      -BC/TU", see numberRoom).
func breakingSpace(r rune) bool { return r != '\u00a0' && unicode.IsSpace(r) }

// balancedLines chooses line starts among ok by dynamic programming: first
// the fewest lines that fit w, then the least cost for that count. It
// returns nil when no choice fits. With w infinite it puts each word that
// does not fit the page on its own line.
func (d *document) balancedLines(words []string, ok []bool, w float64) []string {
	n := len(words)
	width := d.runWidths(words)
	limit := w
	if math.IsInf(w, 1) {
		limit = d.page.textWidth()
	}
	fits := func(i, j int) bool {
		if i > 0 && !ok[i] || j < n && !ok[j] {
			return false
		}
		return width[i][j] <= limit || math.IsInf(w, 1) && j == i+1
	}
	// fewest[j]: the fewest lines covering words[:j] (-1: impossible).
	fewest := make([]int, n+1)
	for j := 1; j <= n; j++ {
		fewest[j] = -1
		for i := 0; i < j; i++ {
			if (i == 0 || fewest[i] > 0) && fits(i, j) {
				if c := fewest[i] + 1; fewest[j] < 0 || c < fewest[j] {
					fewest[j] = c
				}
			}
		}
	}
	k := fewest[n]
	if k <= 0 {
		return nil
	}
	if k == 1 {
		return []string{strings.Join(words, " ")}
	}
	mean := width[0][n] / float64(k)
	// A line start that is not preferred costs as much as lines 12% of the
	// mean apart: preferred breaks win unless they unbalance the title more.
	plain := math.Pow(0.12*mean, 2)
	lineCost := func(i, j int) float64 {
		dev := width[i][j] - mean
		if j == n {
			// A short last line reads as a stub; a long one (the title
			// widening downwards) is a usual shape.
			if dev < 0 {
				dev *= 2
			} else {
				dev *= 0.7
			}
		}
		c := dev * dev
		if i > 0 && !preferredBreak(words, i) {
			c += plain
		}
		if j < n && danglingWord(words[j-1]) {
			c += 3 * plain
		}
		return c
	}
	// best[l][j]: least cost of words[:j] in exactly l lines; from[l][j]
	// the start of the last of them.
	best := make([][]float64, k+1)
	from := make([][]int, k+1)
	for l := range best {
		best[l] = make([]float64, n+1)
		from[l] = make([]int, n+1)
		for j := range best[l] {
			best[l][j] = math.Inf(1)
		}
	}
	best[0][0] = 0
	for l := 1; l <= k; l++ {
		for j := 1; j <= n; j++ {
			for i := l - 1; i < j; i++ {
				if math.IsInf(best[l-1][i], 1) || !fits(i, j) {
					continue
				}
				if c := best[l-1][i] + lineCost(i, j); c < best[l][j] {
					best[l][j], from[l][j] = c, i
				}
			}
		}
	}
	lines := make([]string, k)
	for l, j := k, n; l > 0; l-- {
		i := from[l][j]
		lines[l-1] = strings.Join(words[i:j], " ")
		j = i
	}
	return lines
}

// runWidths is the printed width of every run of words on one line:
// width[i][j] is d.width(strings.Join(words[i:j], " ")), summed from the
// words' widths in glyph units (widths add up glyph by glyph, and the sum
// is scaled as width scales it), not measured again for each of the n²
// runs.
func (d *document) runWidths(words []string) [][]float64 {
	n := len(words)
	sum := make([]int, n+1) // sum[j]: words[:j], in glyph units
	for j, w := range words {
		sum[j+1] = sum[j] + d.m.symbolWidth(printable(w))
	}
	space := d.m.symbolWidth(" ")
	width := make([][]float64, n+1)
	for i := range n {
		width[i] = make([]float64, n+1)
		for j := i + 1; j <= n; j++ {
			width[i][j] = float64(sum[j]-sum[i]+(j-i-1)*space) * d.m.size / 1000
		}
	}
	return width
}

// breakSetup joins words into the text the phrase patterns run on, with
// starts[k] the byte offset of word k in it, and ok marking every word
// after the first as a place a line may start until a phrase says no.
func breakSetup(words []string) (text string, starts []int, ok []bool) {
	text = strings.Join(words, " ")
	starts = make([]int, len(words))
	for k, off := 0, 0; k < len(words); k++ {
		starts[k] = off
		off += len(words[k]) + 1
	}
	ok = make([]bool, len(words))
	for j := 1; j < len(words); j++ {
		ok[j] = true
	}
	return text, starts, ok
}

// tightBreaks marks, for each word j ≥ 1 of a phrase, whether a line may
// start there though the phrase is protected: no phrase that is not loose
// covers the gap. "giai đoạn 2021-2025" may break; "quý II-2021" or "Tỉnh
// ủy" inside it may not.
func tightBreaks(words []string) []bool {
	text, starts, ok := breakSetup(words)
	lower, fast := lowerText(text)
	for _, p := range protectedPhrases {
		if p.loose {
			continue
		}
		for _, m := range p.matches(text, lower, fast) {
			for j := 1; j < len(words); j++ {
				if starts[j] > m[0] && starts[j] < m[1] {
					ok[j] = false
				}
			}
		}
	}
	return ok
}
