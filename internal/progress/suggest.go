package progress

import (
	"strconv"
	"strings"
)

// nearest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a likely typo (at most 2 edits, and fewer than
// half of s). Ties go to the earlier candidate unless prefer breaks them.
func nearest(s string, candidates []string, prefer func(a, b string) bool) string {
	best, bestD := "", -1
	for _, c := range candidates {
		d := editDistance(s, c)
		if bestD < 0 || d < bestD || d == bestD && prefer != nil && prefer(c, best) {
			best, bestD = c, d
		}
	}
	limit := 2
	if n := len([]rune(s)); n < 4 {
		limit = 1
	}
	if bestD < 0 || bestD > limit {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance over runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// closerItem prefers, among IDs equally far from the typed one, an ID of the
// same annex row whose position is numerically nearer: "04.3" → "04.2", not "04.1".
func closerItem(typed string) func(a, b string) bool {
	tt, seq := splitID(typed)
	return func(a, b string) bool {
		ta, sa := splitID(a)
		tb, sb := splitID(b)
		if (ta == tt) != (tb == tt) {
			return ta == tt
		}
		return abs(sa-seq) < abs(sb-seq)
	}
}

func splitID(id string) (string, int) {
	tt, s, _ := strings.Cut(id, ".")
	n, _ := strconv.Atoi(s)
	return tt, n
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// didYouMean formats a suggestion, or "" when there is none.
func didYouMean(s string) string {
	if s == "" {
		return ""
	}
	return `: did you mean "` + s + `"?`
}
