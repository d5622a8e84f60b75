package check

import (
	"strings"
	"unicode"

	"baocao/internal/vocab"
)

// token is one compared word: its normalised form and where its source
// word lies in the text (several tokens share a source word when an
// abbreviation expands: "BTV" is "ban thường vụ").
type token struct {
	norm       string
	start, end int
}

// tokens splits text into words compared the way agencies are matched:
// lower case, old tone placement folded, UBND/BTV/HĐND… expanded, so that
// "BTV Tỉnh ủy" and "Ban Thường vụ Tỉnh ủy" are the same words.
func tokens(text string, v *vocabulary) []token {
	var out []token
	i := 0
	for i < len(text) {
		for i < len(text) && text[i] == ' ' {
			i++
		}
		j := i
		for j < len(text) && text[j] != ' ' {
			j++
		}
		if j > i {
			w := text[i:j]
			trimmed := strings.TrimFunc(w, func(r rune) bool { return unicode.IsPunct(r) && r != '/' && r != '-' || r == '-' })
			if trimmed != "" {
				s := i + strings.Index(w, trimmed)
				for _, k := range v.key(trimmed) {
					out = append(out, token{norm: k, start: s, end: s + len(trimmed)})
				}
			}
		}
		i = j
	}
	return out
}

// leadVerbs are the words that introduce a product in the body ("Xây dựng
// Đề án …", "Chỉ đạo tổng kết …", "Ban hành chỉ thị …") and are left out
// of the annex by convention: a difference made only of them is not
// reported.
var leadVerbs = map[string]bool{"xây": true, "dựng": true, "chỉ": true, "đạo": true, "ban": true, "hành": true}

// wordDiff returns the runs of words only in a and only in b, as written,
// from a longest-common-subsequence alignment of the two texts. A run of
// b made only of lead verbs and the words in exemptB (the product a Sản
// phẩm column states apart from the title) is not a difference.
func wordDiff(a, b string, v *vocabulary, exemptB map[string]bool) (onlyA, onlyB []string) {
	ta, tb := tokens(a, v), tokens(b, v)
	n, m := len(ta), len(tb)
	// lcs(i, j) is the LCS length of ta[i:] and tb[j:], in one flat table.
	w := m + 1
	if need := (n + 1) * w; cap(v.lcs) < need {
		v.lcs = make([]int32, need)
	} else {
		v.lcs = v.lcs[:need]
		clear(v.lcs)
	}
	lcs := func(i, j int) int32 { return v.lcs[i*w+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if ta[i].norm == tb[j].norm {
				v.lcs[i*w+j] = lcs(i+1, j+1) + 1
			} else {
				v.lcs[i*w+j] = max(lcs(i+1, j), lcs(i, j+1))
			}
		}
	}
	var runA, runB []token
	flush := func() {
		if s := span(a, runA, nil); s != "" {
			onlyA = append(onlyA, s)
		}
		if s := span(b, runB, exemptB); s != "" {
			onlyB = append(onlyB, s)
		}
		runA, runB = nil, nil
	}
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && ta[i].norm == tb[j].norm:
			flush()
			i++
			j++
		case j < m && (i == n || lcs(i, j+1) >= lcs(i+1, j)):
			runB = append(runB, tb[j])
			j++
		default:
			runA = append(runA, ta[i])
			i++
		}
	}
	flush()
	return onlyA, onlyB
}

// span returns the source words of a run, or "" when the run is made only
// of lead verbs and exempt words.
func span(text string, run []token, exempt map[string]bool) string {
	if len(run) == 0 {
		return ""
	}
	verbsOnly := true
	for _, t := range run {
		verbsOnly = verbsOnly && (leadVerbs[t.norm] || exempt[t.norm])
	}
	if verbsOnly {
		return ""
	}
	s := text[run[0].start:run[len(run)-1].end]
	return strings.Trim(s, " ,;.:")
}

// vocabulary caches the normalised form of each word seen during one
// Check: programmes repeat a small vocabulary, and normalising is the cost
// of a long check.
// It also keeps the alignment table between calls.
type vocabulary struct {
	keys map[string][]string
	lcs  []int32
}

func newVocabulary() *vocabulary { return &vocabulary{keys: map[string][]string{}} }

// key is the word as agency keys write it, split where an abbreviation
// expands ("BTV" → ban, thường, vụ).
func (v *vocabulary) key(w string) []string {
	if k, ok := v.keys[w]; ok {
		return k
	}
	k := strings.Fields(vocab.Agency(w).Key)
	v.keys[w] = k
	return k
}

// productWords are the words of a Sản phẩm cell ("Kế hoạch; Báo cáo sơ
// kết") and the "và" that joins two products in the body: the body names
// the product with its verb ("Xây dựng Kế hoạch … và Báo cáo sơ kết …")
// where the row's title leaves it to the Sản phẩm column. nil when the
// row has no product cell.
func productWords(product string, v *vocabulary) map[string]bool {
	if strings.TrimSpace(product) == "" {
		return nil
	}
	words := map[string]bool{}
	for _, t := range tokens(product, v) {
		words[t.norm] = true
	}
	for _, t := range tokens("và", v) {
		words[t.norm] = true
	}
	return words
}
