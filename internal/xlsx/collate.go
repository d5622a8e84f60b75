package xlsx

import (
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// sortVietnamese orders labels as a Vietnamese reader expects (Đ after D,
// Ư after U), which byte order gets wrong. Ties keep their order.
func sortVietnamese[T any](xs []T, label func(T) string) {
	c := collate.New(language.Vietnamese)
	keys := make([][]byte, len(xs))
	var buf collate.Buffer
	for i, x := range xs {
		keys[i] = append([]byte(nil), c.KeyFromString(&buf, label(x))...)
		buf.Reset()
	}
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return string(keys[idx[a]]) < string(keys[idx[b]]) })
	out := make([]T, len(xs))
	for i, j := range idx {
		out[i] = xs[j]
	}
	copy(xs, out)
}
