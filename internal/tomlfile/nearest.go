package tomlfile

// Nearest returns the candidate closest to s by edit distance, with that
// distance; ("", -1) when there are no candidates. Ties go to the earlier
// candidate unless prefer(a, b) says a is the better of two. Whether the
// distance is small enough to suggest is the caller's rule: a long dotted
// configuration key tolerates more edits than a short ledger key.
func Nearest(s string, candidates []string, prefer func(a, b string) bool) (string, int) {
	best, bestD := "", -1
	for _, c := range candidates {
		d := EditDistance(s, c)
		if bestD < 0 || d < bestD || d == bestD && prefer != nil && prefer(c, best) {
			best, bestD = c, d
		}
	}
	return best, bestD
}

// EditDistance is the Levenshtein distance over runes, so a missing accent
// costs one edit, not the two or three bytes of its UTF-8 form.
func EditDistance(a, b string) int {
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
