package pdf

import (
	"slices"
	"sync"
)

// memoMinRows is the fewest rows whose column widths are remembered:
// sizing a short table costs less than keeping a copy of its cells.
var memoMinRows = 200

// widthsMemo keeps the column widths of the last few long tables, by
// everything measureColumnWidths reads: the page's layout, the faces'
// width tables, the total width, the columns and every cell. `annex --by
// agency` sizes each agency's extract on the whole programme's rows, so
// without it a 10,800-row programme measured and searched its 43,200
// cells once per agency. A hit compares every cell with the kept copy;
// the strings of the same rows share their bytes, so that costs little.
var widthsMemo = &widthMemo{}

// widthMemoSize is how many tables widthsMemo keeps.
const widthMemoSize = 4

type widthMemo struct {
	sync.Mutex
	entries []widthEntry // most recent last
}

// widthsKey is what, besides the columns and cells, the widths depend on.
type widthsKey struct {
	page        Page
	total       float64
	body, heavy *faceWidths
}

type widthEntry struct {
	key    widthsKey
	cols   []column
	cells  []string // the rows' cells, one row after another
	lens   []int    // each row's number of cells
	widths []float64
}

// widthsKey is d's key for a table of the given total width.
func (d *document) widthsKey(total float64) widthsKey {
	return widthsKey{page: d.page, total: total, body: d.m.faces[""], heavy: d.m.faces["B"]}
}

// matches reports whether e was measured for k, cols and rows.
func (e *widthEntry) matches(k widthsKey, cols []column, rows [][]string) bool {
	if e.key != k || !slices.Equal(e.cols, cols) || len(e.lens) != len(rows) {
		return false
	}
	at := 0
	for i, r := range rows {
		if e.lens[i] != len(r) || !slices.Equal(e.cells[at:at+len(r)], r) {
			return false
		}
		at += len(r)
	}
	return true
}

// get is a copy of the widths kept for k, cols and rows, or nil.
func (m *widthMemo) get(k widthsKey, cols []column, rows [][]string) []float64 {
	m.Lock()
	defer m.Unlock()
	for i := len(m.entries) - 1; i >= 0; i-- {
		if e := &m.entries[i]; e.matches(k, cols, rows) {
			return slices.Clone(e.widths)
		}
	}
	return nil
}

// put keeps widths for k, cols and rows, dropping the oldest table when
// full. It copies what it keeps: a caller may reuse its slices.
func (m *widthMemo) put(k widthsKey, cols []column, rows [][]string, widths []float64) {
	e := widthEntry{key: k, cols: slices.Clone(cols), lens: make([]int, len(rows)), widths: slices.Clone(widths)}
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	e.cells = make([]string, 0, n)
	for i, r := range rows {
		e.lens[i] = len(r)
		e.cells = append(e.cells, r...)
	}
	m.Lock()
	defer m.Unlock()
	if len(m.entries) >= widthMemoSize {
		m.entries = slices.Delete(m.entries, 0, 1)
	}
	m.entries = append(m.entries, e)
}
