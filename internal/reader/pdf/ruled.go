package pdf

import (
	"math"
	"slices"
)

// ruledTable is a table found from the ruling lines a page draws (Word
// and LibreOffice draw cell borders): column boundaries xs left to right,
// row boundaries ys top to bottom, and the cells as rectangles of grid
// positions.
type ruledTable struct {
	xs, ys []float64
	cells  []gridCell
	at     [][]int // grid position → index into cells
}

type gridCell struct {
	r0, c0, r1, c1 int // inclusive
	// words of the cell per page line, in line order
	lines []cellLine
}

type cellLine struct {
	line  int // index into the page's lines
	words []word
}

// rule tolerances, in points
const (
	snap    = 2.0 // lines this close are one line
	minRule = 4.0 // shorter segments are not borders
	minBand = 3.0 // rows or columns thinner than this are double borders
)

type uf []int

func (u uf) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u uf) union(a, b int) { u[u.find(a)] = u.find(b) }

func newUF(n int) uf {
	u := make(uf, n)
	for i := range u {
		u[i] = i
	}
	return u
}

// mergeRules joins collinear overlapping segments.
func mergeRules(segs []segment, horizontal bool) []segment {
	key := func(s segment) (float64, float64, float64) {
		if horizontal {
			return s.y0, s.x0, s.x1
		}
		return s.x0, s.y0, s.y1
	}
	slices.SortFunc(segs, func(a, b segment) int {
		ka, sa, _ := key(a)
		kb, sb, _ := key(b)
		if math.Abs(ka-kb) > snap/2 {
			if ka < kb {
				return -1
			}
			return 1
		}
		switch {
		case sa < sb:
			return -1
		case sa > sb:
			return 1
		}
		return 0
	})
	var out []segment
	for _, s := range segs {
		if n := len(out); n > 0 {
			p := &out[n-1]
			pk, _, pe := key(*p)
			k, st, e := key(s)
			if math.Abs(pk-k) <= snap/2 && st <= pe+snap {
				if horizontal {
					p.x1 = math.Max(p.x1, e)
				} else {
					p.y1 = math.Max(p.y1, e)
				}
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// clusterValues returns the distinct values, those within tol merged.
func clusterValues(v []float64, tol float64) []float64 {
	slices.Sort(v)
	var out []float64
	for _, x := range v {
		if n := len(out); n > 0 && x-out[n-1] <= tol {
			continue
		}
		out = append(out, x)
	}
	return out
}

// findTables finds the ruled tables among a page's ruling lines.
func findTables(rules []segment) []*ruledTable {
	var hs, vs []segment
	for _, r := range rules {
		switch {
		case r.horizontal() && r.x1-r.x0 >= minRule:
			hs = append(hs, r)
		case !r.horizontal() && r.y1-r.y0 >= minRule:
			vs = append(vs, r)
		}
	}
	if len(hs) < 2 || len(vs) < 2 {
		return nil
	}
	hs, vs = mergeRules(hs, true), mergeRules(vs, false)
	u := newUF(len(hs) + len(vs))
	for i, h := range hs {
		for j, v := range vs {
			if v.x0 >= h.x0-snap && v.x0 <= h.x1+snap && h.y0 >= v.y0-snap && h.y0 <= v.y1+snap {
				u.union(i, len(hs)+j)
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range len(hs) + len(vs) {
		r := u.find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	var out []*ruledTable
	for _, r := range roots {
		var gh, gv []segment
		for _, i := range groups[r] {
			if i < len(hs) {
				gh = append(gh, hs[i])
			} else {
				gv = append(gv, vs[i-len(hs)])
			}
		}
		if t := gridOf(gh, gv); t != nil {
			out = append(out, t)
		}
	}
	// Top to bottom.
	slices.SortFunc(out, func(a, b *ruledTable) int {
		if a.ys[0] > b.ys[0] {
			return -1
		}
		return 1
	})
	return out
}

// gridOf lays one group of connected lines on a grid and finds its cells:
// neighbouring grid positions with no line between them are one cell, so
// a group row spanning the table and a cell merged down read as spans.
func gridOf(hs, vs []segment) *ruledTable {
	var xv, yv []float64
	for _, v := range vs {
		xv = append(xv, v.x0)
	}
	for _, h := range hs {
		yv = append(yv, h.y0)
	}
	xs := clusterValues(xv, minBand)
	ys := clusterValues(yv, minBand)
	slices.Reverse(ys)
	if len(xs) < 3 || len(ys) < 2 || len(xs) > 200 || len(ys) > 2000 {
		// One column is a frame around text, not a table.
		return nil
	}
	rows, cols := len(ys)-1, len(xs)-1
	vAt := func(x, y float64) bool {
		for _, v := range vs {
			if math.Abs(v.x0-x) <= minBand && y >= v.y0-1 && y <= v.y1+1 {
				return true
			}
		}
		return false
	}
	hAt := func(y, x float64) bool {
		for _, h := range hs {
			if math.Abs(h.y0-y) <= minBand && x >= h.x0-1 && x <= h.x1+1 {
				return true
			}
		}
		return false
	}
	u := newUF(rows * cols)
	for r := range rows {
		mid := (ys[r] + ys[r+1]) / 2
		for c := range cols {
			if c+1 < cols && !vAt(xs[c+1], mid) {
				u.union(r*cols+c, r*cols+c+1)
			}
			if r+1 < rows && !hAt(ys[r+1], (xs[c]+xs[c+1])/2) {
				u.union(r*cols+c, (r+1)*cols+c)
			}
		}
	}
	t := &ruledTable{xs: xs, ys: ys, at: make([][]int, rows)}
	index := map[int]int{}
	for r := range rows {
		t.at[r] = make([]int, cols)
		for c := range cols {
			root := u.find(r*cols + c)
			i, ok := index[root]
			if !ok {
				i = len(t.cells)
				index[root] = i
				t.cells = append(t.cells, gridCell{r0: r, c0: c, r1: r, c1: c})
			}
			gc := &t.cells[i]
			gc.r0, gc.c0 = min(gc.r0, r), min(gc.c0, c)
			gc.r1, gc.c1 = max(gc.r1, r), max(gc.c1, c)
			t.at[r][c] = i
		}
	}
	return t
}

// contains reports whether a point lies inside the table.
func (t *ruledTable) contains(x, y float64) bool {
	return x >= t.xs[0]-1 && x <= t.xs[len(t.xs)-1]+1 && y <= t.ys[0]+1 && y >= t.ys[len(t.ys)-1]-1
}

// cellAt returns the cell index at a point inside the table.
func (t *ruledTable) cellAt(x, y float64) int {
	c, _ := slices.BinarySearch(t.xs, x)
	c = min(max(c-1, 0), len(t.xs)-2)
	r := 0
	for r < len(t.ys)-2 && y < t.ys[r+1] {
		r++
	}
	return t.at[r][c]
}

// filled reports whether enough of the table's cells hold text for it to
// be a table: at least a third of them, and two.
func (t *ruledTable) filled() bool {
	n := 0
	for i := range t.cells {
		if len(t.cells[i].lines) > 0 {
			n++
		}
	}
	return n >= 2 && 3*n >= len(t.cells)
}
