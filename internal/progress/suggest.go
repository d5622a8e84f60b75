package progress

import (
	"strconv"
	"strings"

	"baocao/internal/source"
	"baocao/internal/tomlfile"
)

// nearest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a likely typo (at most 2 edits, and fewer than
// half of s). Ties go to the earlier candidate unless prefer breaks them.
func nearest(s string, candidates []string, prefer func(a, b string) bool) string {
	best, bestD := tomlfile.Nearest(s, candidates, prefer)
	limit := 2
	if n := len([]rune(s)); n < 4 {
		limit = 1
	}
	if bestD < 0 || bestD > limit {
		return ""
	}
	return best
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
func didYouMean(s string) source.Msg {
	if s == "" {
		return source.Msg{}
	}
	return source.Msgf(`: did you mean "%s"?`, s)
}
