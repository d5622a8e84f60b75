package progress

import (
	"sort"
	"strconv"

	"golang.org/x/text/collate"

	"baocao/internal/program"
)

func newTally() Tally { return Tally{ByStatus: map[Status]int{}} }

func (t *Tally) add(s Status) {
	t.Total++
	t.ByStatus[s]++
}

// byArea groups items by area, in the programme's area order; items of rows
// not linked to an area come last under Key "0". Areas without items are left out.
func byArea(p *program.Programme, items []ItemStatus) []Group {
	idx := map[int]int{}
	var groups []Group
	for _, it := range items {
		n := it.Item.Area
		gi, ok := idx[n]
		if !ok {
			label := unlinkedAreaLabel
			if a := p.AreaByNumber(n); a != nil {
				label = a.Title
			} else if n != 0 {
				label = "Lĩnh vực " + strconv.Itoa(n)
			}
			gi = len(groups)
			idx[n] = gi
			groups = append(groups, Group{Key: strconv.Itoa(n), Label: label, Tally: newTally()})
		}
		groups[gi].Tally.add(it.Status)
	}
	rank := map[int]int{}
	for i, a := range p.Areas {
		rank[a.Number] = i
	}
	key := func(g Group) (int, int) {
		n, _ := strconv.Atoi(g.Key)
		if r, ok := rank[n]; ok {
			return 0, r
		}
		if n == 0 {
			return 2, 0
		}
		return 1, n
	}
	sort.SliceStable(groups, func(i, j int) bool {
		ci, ri := key(groups[i])
		cj, rj := key(groups[j])
		if ci != cj {
			return ci < cj
		}
		return ri < rj
	})
	return groups
}

// byAgency groups items by lead agency, ordered by the collator on the
// agency's name; items without a lead agency come last.
func byAgency(items []ItemStatus, coll *collate.Collator) []Group {
	idx := map[string]int{}
	var groups []Group
	for _, it := range items {
		k, label := it.Item.Lead.Key, it.Item.Lead.Name
		if k == "" {
			k = label
		}
		if label == "" {
			label = noAgencyLabel
		}
		gi, ok := idx[k]
		if !ok {
			gi = len(groups)
			idx[k] = gi
			groups = append(groups, Group{Key: k, Label: label, Tally: newTally()})
		}
		groups[gi].Tally.add(it.Status)
	}
	sort.SliceStable(groups, func(i, j int) bool {
		a, b := groups[i], groups[j]
		if (a.Key == "") != (b.Key == "") {
			return b.Key == ""
		}
		if c := coll.CompareString(a.Label, b.Label); c != 0 {
			return c < 0
		}
		return a.Key < b.Key
	})
	return groups
}

// byKind groups items in program.AllKinds order, leaving out kinds without
// items; unknown kinds follow in order of appearance.
func byKind(items []ItemStatus) []Group {
	var groups []Group
	tallies := map[program.Kind]*Tally{}
	var extra []program.Kind
	for _, it := range items {
		k := it.Item.Kind
		t, ok := tallies[k]
		if !ok {
			nt := newTally()
			t = &nt
			tallies[k] = t
			if !k.Valid() {
				extra = append(extra, k)
			}
		}
		t.add(it.Status)
	}
	for _, k := range append(append([]program.Kind(nil), program.AllKinds...), extra...) {
		if t, ok := tallies[k]; ok {
			groups = append(groups, Group{Key: string(k), Label: k.Label(), Tally: *t})
		}
	}
	return groups
}
