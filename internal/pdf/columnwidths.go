package pdf

import (
	"math"
	"sort"
	"strings"
)

// maxHeaderLines is how many lines a column header may wrap to: a crowded
// tally table ("Đã hoàn / thành / đúng / hạn") may need four or five when
// its content column would otherwise be squeezed; the table's height
// decides, and fewer lines win a tie.
const maxHeaderLines = 5

// columnWidths sizes the columns within total so the table is as short as
// it can be. Each column needs at least its longest word, its longest
// protected phrase and its header's longest word (headers wrap only between
// words). The header may wrap to one, two, three… lines: for each choice
// the columns share the width as shareWidths does, columns whose cells all
// stand on one line give up what they do not need to keep the header and
// every row at its height (trimSlack) and that room goes to the wrapping
// columns; then the table's height (header plus every row) is measured,
// and the shortest table wins, the fewer header lines on a tie (up to
// maxHeaderLines). So "Hạn hoàn / thành" wraps beside a two-line title
// instead of the title wrapping to four lines beside one-line headers.
func (d *document) columnWidths(cols []column, rows [][]string, total float64) []float64 {
	m := d.measureColumns(cols, rows)
	var best, shared []float64
	bestH := math.Inf(1)
	for lines := 1; lines <= maxHeaderLines; lines++ {
		want, need := make([]float64, len(cols)), make([]float64, len(cols))
		sumNeed := 0.0
		for i := range cols {
			h := m.header[i][min(lines, len(m.header[i]))-1]
			want[i], need[i] = max(m.want[i], h), max(m.need[i], h)
			sumNeed += need[i]
		}
		if sumNeed > total+0.01 {
			continue // the words would be broken: try more header lines
		}
		widths := shareWidths(want, need, m.typical, total)
		if sameWidths(widths, shared) {
			continue
		}
		shared = widths
		widths = d.trimSlack(cols, rows, widths, m)
		if h := d.tableLines(cols, rows, widths); h < bestH {
			best, bestH = widths, h
		}
	}
	if best == nil { // even one header word a line overflows: squeeze in proportion
		best = shareWidths(m.want, m.need, m.typical, total)
	}
	return best
}

// columnMeasures is what columnWidths knows of each column's content.
type columnMeasures struct {
	want    []float64   // the widest cell on one line, with padding
	need    []float64   // the widest word or protected phrase of a cell or header word, with padding
	typical []float64   // the square root of a typical cell's one-line width (90th percentile)
	header  [][]float64 // header[i][k-1]: the least width that sets header i in k lines, with padding
}

// measureColumns measures every header and cell once.
func (d *document) measureColumns(cols []column, rows [][]string) columnMeasures {
	pad := 2 * d.page.CellPadding
	n := len(cols)
	m := columnMeasures{want: make([]float64, n), need: make([]float64, n), typical: make([]float64, n), header: make([][]float64, n)}
	sizes := make([][]float64, n)
	d.setFont("B", d.page.TableHeaderSize)
	for i, c := range cols {
		words := strings.Fields(c.Header)
		for _, word := range words {
			m.need[i] = max(m.need[i], d.width(word)+pad)
		}
		m.header[i] = d.leastWidths(words, maxHeaderLines)
		for k := range m.header[i] {
			m.header[i][k] += pad
		}
	}
	d.setFont("", d.page.TableSize)
	for _, row := range rows {
		for i := 0; i < n && i < len(row); i++ {
			s := strings.Join(strings.Fields(row[i]), " ")
			w := d.width(s) + pad
			m.want[i] = max(m.want[i], w)
			sizes[i] = append(sizes[i], w)
			for _, word := range strings.Fields(s) {
				m.need[i] = max(m.need[i], d.width(word)+pad)
			}
			// A protected phrase ("quý IV-2021", "ngày 02-4-2021") wants
			// one line, so the column needs its width as it needs a word's.
			for _, sp := range d.spans(s) {
				m.need[i] = max(m.need[i], d.width(s[sp[0]:sp[1]])+pad)
			}
		}
	}
	for i, ws := range sizes {
		if len(ws) == 0 {
			m.typical[i] = math.Sqrt(pad)
			continue
		}
		sort.Float64s(ws)
		m.typical[i] = math.Sqrt(ws[int(0.9*float64(len(ws)-1))])
	}
	return m
}

// leastWidths gives, for k = 1 … most (fewer when there are fewer words),
// the least width at which words set in at most k lines: the widest line of
// the most even split between words. Measured in the current face.
func (d *document) leastWidths(words []string, most int) []float64 {
	n := len(words)
	if n == 0 {
		return []float64{0}
	}
	width := make([][]float64, n+1) // width[i][j]: words[i:j] on one line
	for i := range n {
		width[i] = make([]float64, n+1)
		for j := i + 1; j <= n; j++ {
			width[i][j] = d.width(strings.Join(words[i:j], " "))
		}
	}
	// best[k][j]: the least widest line setting words[:j] in k lines.
	out := make([]float64, 0, most)
	prev := make([]float64, n+1)
	for j := 1; j <= n; j++ {
		prev[j] = width[0][j]
	}
	out = append(out, prev[n])
	for k := 2; k <= min(most, n); k++ {
		cur := make([]float64, n+1)
		for j := 1; j <= n; j++ {
			cur[j] = math.Inf(1)
			for i := k - 1; i < j; i++ {
				cur[j] = min(cur[j], max(prev[i], width[i][j]))
			}
		}
		out = append(out, cur[n])
		prev = cur
	}
	return out
}

// shareWidths gives each column what it wants when that fits in its share
// of the width; the rest share what remains in proportion to their typical
// weight (so one huge cell does not starve the other columns, and a long
// title column gets most of the room without squeezing a short column down
// to one word per line), never below what they need. The widths are then
// scaled to the exact total so the table spans the text width.
func shareWidths(want, need, typical []float64, total float64) []float64 {
	n := len(want)
	widths := make([]float64, n)
	fixed := make([]bool, n)
	left := total
	for {
		weight := 0.0
		for i := range n {
			if !fixed[i] {
				weight += typical[i]
			}
		}
		if weight == 0 {
			break
		}
		changed := false
		for i := range n {
			if fixed[i] {
				continue
			}
			share := left * typical[i] / weight
			switch {
			case want[i] <= share:
				widths[i] = want[i]
			case need[i] > share:
				widths[i] = need[i]
			default:
				continue
			}
			fixed[i], changed = true, true
			left -= widths[i]
			break
		}
		if changed {
			continue
		}
		for i := range n {
			if !fixed[i] {
				widths[i] = left * typical[i] / weight
			}
		}
		break
	}
	scaleTo(widths, total)
	return widths
}

// scaleTo scales widths so they add up to total.
func scaleTo(widths []float64, total float64) {
	sum := 0.0
	for _, w := range widths {
		sum += w
	}
	if sum > 0 {
		for i := range widths {
			widths[i] *= total / sum
		}
	}
}

// tableLines is the height of the table in lines: the header's lines plus
// every row's, as table() wraps them at widths.
func (d *document) tableLines(cols []column, rows [][]string, widths []float64) float64 {
	return float64(d.headerLines(cols, widths) + d.rowLines(rows, widths, nil))
}

// headerLines is the number of lines of the header row at widths.
func (d *document) headerLines(cols []column, widths []float64) int {
	d.setFont("B", d.page.TableHeaderSize)
	n := 1
	d.withCellMargin(func() {
		for i, c := range cols {
			n = max(n, len(d.splitCell(c.Header, widths[i])))
		}
	})
	return n
}

// rowLines adds up the rows' line counts at widths, storing each row's in
// each (when not nil).
func (d *document) rowLines(rows [][]string, widths []float64, each []int) int {
	d.setFont("", d.page.TableSize)
	sum := 0
	d.withCellMargin(func() {
		for r, row := range rows {
			n := lineCount(d.splitRow(row, widths))
			if each != nil {
				each[r] = n
			}
			sum += n
		}
	})
	return sum
}

// withCellMargin runs f with the table's cell padding as fpdf's cell
// margin, as table() wraps cells, and restores the margin after.
func (d *document) withCellMargin(f func()) {
	old := d.f.GetCellMargin()
	d.f.SetCellMargin(d.page.CellPadding)
	f()
	d.f.SetCellMargin(old)
}

// trimSlack narrows each column to the least width that keeps the header
// and every row at their line counts (to a tenth of a millimetre), and
// gives the room to the columns that set the rows' heights (a wrapped cell
// as tall as its row), in proportion to their typical weight. The wider
// setters may now fit in fewer lines: the other columns are then narrowed
// to the setters' new line counts, if they can be, so the rows do shorten.
// Of the widths before, after the first step and after the second, the one
// giving the shortest table wins.
func (d *document) trimSlack(cols []column, rows [][]string, widths []float64, m columnMeasures) []float64 {
	best, bestH := widths, d.tableLines(cols, rows, widths)
	headerN := d.headerLines(cols, widths)
	each := make([]int, len(rows))
	setter := make([]bool, len(widths))
	d.setFont("", d.page.TableSize)
	d.withCellMargin(func() {
		for r, row := range rows {
			cells := d.splitRow(row, widths)
			each[r] = lineCount(cells)
			for i, c := range cells {
				setter[i] = setter[i] || len(c) > 1 && len(c) == each[r]
			}
		}
	})
	total, weight := 0.0, 0.0
	least := make([]float64, len(widths))
	for i := range widths {
		total += widths[i]
		least[i] = d.leastColumnWidth(cols[i].Header, rows, i, m.need[i], widths[i], headerN, each)
		if setter[i] {
			weight += m.typical[i]
		}
	}
	if weight == 0 {
		return widths
	}
	// give spreads what the others leave over the setters.
	give := func(others []float64) []float64 {
		out := append([]float64(nil), others...)
		left := total
		for _, w := range others {
			left -= w
		}
		for i := range out {
			if setter[i] {
				out[i] += left * m.typical[i] / weight
			}
		}
		return out
	}
	others := append([]float64(nil), least...) // a setter keeps at least its least width
	first := give(others)
	if h := d.tableLines(cols, rows, first); h < bestH {
		best, bestH = first, h
	}
	// The setters' line counts at their new widths are the rows' targets.
	target := make([]int, len(rows))
	d.setFont("", d.page.TableSize)
	d.withCellMargin(func() {
		for r, row := range rows {
			target[r] = 1
			for i := range first {
				if setter[i] && i < len(row) {
					target[r] = max(target[r], len(d.splitCell(strings.Join(strings.Fields(row[i]), " "), first[i])))
				}
			}
		}
	})
	for i := range widths {
		if !setter[i] {
			others[i] = d.leastColumnWidth(cols[i].Header, rows, i, m.need[i], total, headerN, target)
		}
	}
	second := give(others)
	for _, w := range second {
		if w <= 0 {
			return best
		}
	}
	if h := d.tableLines(cols, rows, second); h < bestH {
		best = second
	}
	return best
}

// leastColumnWidth is the least width between lo and hi (to a tenth of a
// millimetre) at which column i keeps its header within headerN lines and
// each row's cell within that row's line count; hi when nothing less does.
func (d *document) leastColumnWidth(header string, rows [][]string, i int, lo, hi float64, headerN int, each []int) float64 {
	if lo >= hi {
		return hi
	}
	fits := func(w float64) bool { return d.columnFits(header, rows, i, w, headerN, each) }
	if fits(lo) {
		return lo
	}
	for hi-lo > 0.1 {
		mid := (lo + hi) / 2
		if fits(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// columnFits reports whether column i at width w keeps its header within
// headerN lines and each row's cell within that row's line count. A cell
// that fits on one line needs no wrapping, and one whose one-line width
// exceeds its lines' room cannot fit, so only the others are wrapped.
func (d *document) columnFits(header string, rows [][]string, i int, w float64, headerN int, each []int) bool {
	ok := true
	d.withCellMargin(func() {
		inner := w - 2*d.page.CellPadding
		d.setFont("B", d.page.TableHeaderSize)
		if len(d.splitCell(header, w)) > headerN {
			ok = false
			return
		}
		d.setFont("", d.page.TableSize)
		for r, row := range rows {
			if i >= len(row) {
				continue
			}
			s := strings.Join(strings.Fields(row[i]), " ")
			one := d.width(s)
			if one <= inner {
				continue
			}
			if one > float64(each[r])*inner+0.01 || len(d.splitCell(s, w)) > each[r] {
				ok = false
				return
			}
		}
	})
	return ok
}

// sameWidths reports whether two width lists are equal to a micrometre.
func sameWidths(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 0.001 {
			return false
		}
	}
	return true
}
