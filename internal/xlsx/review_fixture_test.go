package xlsx

import (
	"strconv"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// testReview is a hand-built review of the fixture programme at 2021-06-30
// (quarter II) covering every status, standing in for progress's output.
func testReview() *progress.Review {
	p := testProgramme()
	at := program.NewDate(2021, 7, 5)
	type st struct {
		s         progress.Status
		completed *program.Date
		doc, note string
		overdue   int
	}
	states := map[string]st{
		"01.1": {s: progress.DoneOnTime, completed: due(2021, 6, 15), doc: "Đề án số 05-ĐA/TU ngày 15-6-2021"},
		"04.1": {s: progress.DoneLate, completed: due(2021, 4, 20), doc: "Kế hoạch số 12-KH/TU ngày 20-4-2021", overdue: 20},
		"04.2": {s: progress.OpenLate, note: "Đang tổng hợp báo cáo của các huyện", overdue: 0},
		"07.1": {s: progress.OpenOnTime},
		"07.2": {s: progress.Paused, note: "Chờ hướng dẫn của Trung ương"},
		"10.1": {s: progress.OpenLate, overdue: 0},
		"19.1": {s: progress.DueSoon},
		"27.1": {s: progress.NoDeadline},
	}
	r := &progress.Review{Programme: p, Quarter: program.Quarter{Year: 2021, Q: 2}, Date: at, DueSoonDays: 30}
	for _, it := range p.WorkItems {
		s := states[it.ID]
		is := progress.ItemStatus{Item: it, Status: s.s, Due: it.Deadline.Due, Completed: s.completed, Document: s.doc, Note: s.note, DaysOverdue: s.overdue}
		if s.s == progress.OpenLate && it.Deadline.Due != nil {
			is.DaysOverdue = at.DaysSince(*it.Deadline.Due)
		}
		r.Items = append(r.Items, is)
	}
	// 10.1 is due at the end of the quarter: make it overdue by a moved deadline for the test.
	for i := range r.Items {
		if r.Items[i].Item.ID == "10.1" {
			d := program.NewDate(2021, 5, 31)
			r.Items[i].OriginalDue, r.Items[i].Due = r.Items[i].Due, &d
			r.Items[i].DaysOverdue = at.DaysSince(d)
		}
	}
	r.Total, r.ByArea, r.ByAgency, r.ByKind = tallies(r)
	return r
}

// tallies groups the items the way progress documents it.
func tallies(r *progress.Review) (progress.Tally, []progress.Group, []progress.Group, []progress.Group) {
	total := progress.Tally{ByStatus: map[progress.Status]int{}}
	var areas, agencies, kinds []progress.Group
	add := func(gs *[]progress.Group, key, label string, s progress.Status) {
		for i := range *gs {
			if (*gs)[i].Key == key {
				(*gs)[i].Tally.Total++
				(*gs)[i].Tally.ByStatus[s]++
				return
			}
		}
		*gs = append(*gs, progress.Group{Key: key, Label: label, Tally: progress.Tally{Total: 1, ByStatus: map[progress.Status]int{s: 1}}})
	}
	for _, is := range r.Items {
		total.Total++
		total.ByStatus[is.Status]++
		label := "Khác"
		if a := r.Programme.AreaByNumber(is.Item.Area); a != nil {
			label = a.Title
		}
		add(&areas, strconv.Itoa(is.Item.Area), label, is.Status)
		add(&agencies, is.Item.Lead.Key, is.Item.Lead.Name, is.Status)
		add(&kinds, string(is.Item.Kind), is.Item.Kind.Label(), is.Status)
	}
	sortVietnamese(agencies, func(g progress.Group) string { return g.Label })
	return total, areas, agencies, kinds
}
