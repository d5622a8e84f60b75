package parse

import (
	"cmp"
	"slices"
	"unicode/utf8"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// linkWindow is how far (in positions) from its own place a task looks for
// its annex row before a full search: rows follow the tasks' order in
// practice, so this keeps linking linear on long programmes.
const linkWindow = 6

// sureSimilarity is the overlap above which the row at the task's own
// place is taken without comparing the neighbours.
const sureSimilarity = 0.9

// minSimilarity is the least word overlap (Dice coefficient) for a link.
const minSimilarity = 0.3

// link pairs each body task with its annex row by the overlap of their
// words, the order of the two lists breaking ties, never by position
// alone. Each row takes at most one task. Unlinked tasks and rows are
// warnings.
func (ps *parser) link() {
	p := ps.prog
	var tasks []*program.Task
	var areaOf []int
	for ai := range p.Areas {
		for ti := range p.Areas[ai].Tasks {
			tasks = append(tasks, &p.Areas[ai].Tasks[ti])
			areaOf = append(areaOf, p.Areas[ai].Number)
		}
	}
	rows := p.Annex.Rows
	if len(tasks) == 0 || len(rows) == 0 {
		return
	}
	// The word sets of all texts share one array, made as large as
	// appendWordIDs guesses: one allocation rather than one per task and
	// per row (a guess too small costs a copy, never a wrong set).
	bodies := make([]string, len(tasks))
	room := 0
	for i, t := range tasks {
		bodies[i] = taskBody(*t)
		room += len(bodies[i])/6 + 1
	}
	for _, r := range rows {
		room += len(r.Title)/6 + 1
	}
	pool := make([]uint64, 0, room)
	words := func(s string) []uint64 {
		start := len(pool)
		pool = appendWordIDs(pool, s)
		return pool[start:len(pool):len(pool)]
	}
	taskWords := make([][]uint64, len(tasks))
	for i, b := range bodies {
		taskWords[i] = words(b)
	}
	rowWords := make([][]uint64, len(rows))
	for i, r := range rows {
		rowWords[i] = words(r.Title)
	}
	type pair struct {
		t, r int
		sim  float64
	}
	pairs := make([]pair, 0, len(tasks)*3)
	consider := func(ti, ri int) {
		if s := dice(taskWords[ti], rowWords[ri]); s >= minSimilarity {
			pairs = append(pairs, pair{ti, ri, s})
		}
	}
	for ti := range tasks {
		// Rows are compared at the task's relative place in the table.
		centre := ti * len(rows) / len(tasks)
		if s := dice(taskWords[ti], rowWords[centre]); s >= sureSimilarity {
			// Its own place holds an almost identical row: no need to look around.
			pairs = append(pairs, pair{ti, centre, s})
			continue
		}
		for ri := max(0, centre-linkWindow); ri < min(len(rows), centre+linkWindow+1); ri++ {
			consider(ti, ri)
		}
	}
	assign := func() (tRow []int, rTask []int) {
		// Best overlap first; between equals, the pair closest in order;
		// then task and row order so the result never depends on sorting.
		slices.SortFunc(pairs, func(a, b pair) int {
			switch {
			case a.sim != b.sim:
				return cmp.Compare(b.sim, a.sim)
			case absInt(a.t-a.r) != absInt(b.t-b.r):
				return cmp.Compare(absInt(a.t-a.r), absInt(b.t-b.r))
			case a.t != b.t:
				return cmp.Compare(a.t, b.t)
			}
			return cmp.Compare(a.r, b.r)
		})
		tRow, rTask = fill(len(tasks), -1), fill(len(rows), -1)
		for _, pr := range pairs {
			if tRow[pr.t] < 0 && rTask[pr.r] < 0 {
				tRow[pr.t], rTask[pr.r] = pr.r, pr.t
			}
		}
		return
	}
	tRow, rTask := assign()
	// Tasks left out of the window search (a reordered annex) try every free row.
	var freeT, freeR []int
	for ti, r := range tRow {
		if r < 0 {
			freeT = append(freeT, ti)
		}
	}
	for ri, t := range rTask {
		if t < 0 {
			freeR = append(freeR, ri)
		}
	}
	if len(freeT) > 0 && len(freeR) > 0 && len(freeT)*len(freeR) <= 4_000_000 {
		for _, ti := range freeT {
			for _, ri := range freeR {
				consider(ti, ri)
			}
		}
		tRow, rTask = assign()
	}
	for ti, ri := range tRow {
		if ri < 0 {
			ps.warn(tasks[ti].Line, "unlinked-task", "task %d has no matching row in the annex table", tasks[ti].Number)
			continue
		}
		tasks[ti].AnnexTT = rows[ri].TT
		p.Annex.Rows[ri].Task = tasks[ti].Number
		p.Annex.Rows[ri].Area = areaOf[ti]
	}
	for ri, ti := range rTask {
		if ti < 0 {
			ps.warn(rows[ri].Line, "unlinked-row", "annex row %s has no matching task in the body", rows[ri].TT)
		}
	}
}

// wordIDs returns the distinct words of s as sorted 64-bit FNV-1a hashes
// of their lower-case form. Words are runs of letters and digits with the
// joiners of codes and spans (05-CT/TW, 2021-2025). Comparing sorted
// numbers is much cheaper than comparing sets of strings on long
// programmes, and a collision between two words of one programme is too
// unlikely to matter for a similarity score.
func wordIDs(s string) []uint64 { return appendWordIDs(nil, s) }

// appendWordIDs appends wordIDs(s) to dst. A slice taken of dst before
// the call keeps its words when dst grows: append copies them.
func appendWordIDs(dst []uint64, s string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	start := len(dst)
	ids := slices.Grow(dst, len(s)/6+1)
	h, n := uint64(offset), 0 // hash and length of the current word
	var buf [utf8.UTFMax]byte
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			case (c == '-' || c == '/') && n > 0 && i < len(s) && s[i] != ' ':
			default:
				if n > 0 {
					ids = append(ids, h)
				}
				h, n = offset, 0
				continue
			}
			h = (h ^ uint64(c)) * prime
			n++
			continue
		}
		r, size := decodeRune(s, i)
		if !vocab.IsLetter(r) {
			i += size
			if n > 0 {
				ids = append(ids, h)
			}
			h, n = offset, 0
			continue
		}
		enc := s[i : i+size] // a valid rune's bytes: its encoding
		if l := vocab.LowerRune(r); l != r {
			enc = string(buf[:utf8.EncodeRune(buf[:], l)])
		}
		i += size
		for k := 0; k < len(enc); k++ {
			h = (h ^ uint64(enc[k])) * prime
		}
		n++
	}
	if n > 0 {
		ids = append(ids, h)
	}
	sortIDs(ids[start:])
	return ids[:start+len(slices.Compact(ids[start:]))]
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) decoding the two- and
// three-byte runes of Vietnamese itself; anything else, valid or not, is
// left to utf8.
func decodeRune(s string, i int) (rune, int) {
	switch c := s[i]; {
	case c >= 0xC2 && c < 0xE0 && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c >= 0xE0 && c < 0xF0 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
		if r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// sortIDs sorts the word hashes of one text. A title has a few dozen
// words, which slices.Sort's general algorithm ordered slowly (a quarter
// of linking a long programme went to sorting): the hashes, uniformly
// spread, are first placed by their top five bits, then an insertion
// sort has little left to move.
func sortIDs(ids []uint64) {
	const most = 48 // more words go to slices.Sort
	if len(ids) > most {
		slices.Sort(ids)
		return
	}
	var start [33]uint8 // where each bucket starts, once summed
	var tmp [most]uint64
	for _, v := range ids {
		start[v>>59+1]++
	}
	for b := 1; b < len(start); b++ {
		start[b] += start[b-1]
	}
	for _, v := range ids {
		b := v >> 59
		tmp[start[b]] = v
		start[b]++
	}
	copy(ids, tmp[:len(ids)])
	for i := 1; i < len(ids); i++ {
		v := ids[i]
		j := i
		for ; j > 0 && ids[j-1] > v; j-- {
			ids[j] = ids[j-1]
		}
		ids[j] = v
	}
}

// dice is 2|A∩B| / (|A|+|B|) for sorted sets of word hashes.
func dice(a, b []uint64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

func fill(n, v int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = v
	}
	return s
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
