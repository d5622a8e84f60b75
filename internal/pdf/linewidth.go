package pdf

import "strings"

// widthInLines is the narrowest width (without padding) in which s, in the
// current face, breaks at its spaces into at most k lines: the least, over
// the ways to cut its words into k runs, of the widest run. Widths add up
// glyph by glyph, so runs are summed from word widths, not measured again.
func (d *document) widthInLines(s string, k int) float64 {
	words := strings.Fields(s)
	n := len(words)
	if n == 0 {
		return 0
	}
	space := d.width(" ")
	prefix := make([]float64, n+1) // prefix[j]: words[:j] with a space after each
	for j, w := range words {
		prefix[j+1] = prefix[j] + d.width(w) + space
	}
	run := func(a, b int) float64 { return prefix[b] - prefix[a] - space } // words[a:b]
	// best[j]: the least widest run that sets words[:j] in the lines so far.
	best := make([]float64, n+1)
	for j := 1; j <= n; j++ {
		best[j] = run(0, j)
	}
	for line := 2; line <= k; line++ {
		for j := n; j >= 1; j-- {
			for a := j - 1; a >= 1; a-- {
				w := run(a, j)
				if w >= best[j] {
					break // longer last runs only get wider
				}
				best[j] = min(best[j], max(best[a], w))
			}
		}
	}
	return best[n]
}
