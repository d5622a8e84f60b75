package progress

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"baocao/internal/golden"
	"baocao/internal/program"
)

func day(s string) program.Date {
	d, err := program.ParseISODate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// oneItem is a programme with a single work item "01.1" under dl.
func oneItem(dl program.Deadline) *program.Programme {
	return &program.Programme{
		Number: "01-CTr/TU", Areas: []program.Area{{Number: 1, Title: "Về kinh tế"}},
		WorkItems: []program.WorkItem{{ID: "01.1", TT: "01", Seq: 1, Kind: program.KindDeAn, Lead: agUBND, Area: 1, Deadline: dl}},
	}
}

// rec is a record for item 01.1 (fields as in the ledger).
func rec(date string, st State, completed string) Update {
	u := Update{Item: "01.1", Date: day(date), State: st}
	if completed != "" {
		u.Completed = day(completed)
	}
	return u
}

func moved(date, to, reason string) Update {
	return Update{Item: "01.1", Date: day(date), NewDeadline: day(to), Reason: reason}
}

func ledgerOf(ups ...Update) *Ledger { return &Ledger{Updates: ups} }

func TestStatusRules(t *testing.T) {
	q2 := fixedDeadline(2)
	q1q2 := fixedDeadline(1, 2)
	quarterly := program.Deadline{Text: "Hằng quý", Kind: program.DeadlineRecurring, Recurrence: "quarterly"}
	annual := program.Deadline{Text: "Hằng năm", Kind: program.DeadlineRecurring, Recurrence: "annual"}
	ongoing := program.Deadline{Text: "Thường xuyên", Kind: program.DeadlineOngoing}
	unknown := program.Deadline{Text: "Sau Đại hội", Kind: program.DeadlineUnknown}
	cases := []struct {
		name      string
		dl        program.Deadline
		ups       []Update
		d         string
		soon      int
		status    Status
		due       string // effective due, "" for none
		orig      string // OriginalDue, "" for none
		completed string
		overdue   int
		left      int
		missed    int
		changes   int
	}{
		{"no record, long before due", q2, nil, "2021-04-15", 0, OpenOnTime, "2021-06-30", "", "", 0, 76, 0, 0},
		{"completed on the due date", q2, []Update{rec("2021-06-30", StateDone, "2021-06-30")}, "2021-06-30", 0, DoneOnTime, "2021-06-30", "", "2021-06-30", 0, 0, 0, 0},
		{"completed the day after", q2, []Update{rec("2021-07-02", StateDone, "2021-07-01")}, "2021-07-05", 0, DoneLate, "2021-06-30", "", "2021-07-01", 1, 0, 0, 0},
		{"completed late, reported much later", q2, []Update{rec("2021-09-02", StateDone, "2021-08-30")}, "2021-12-31", 0, DoneLate, "2021-06-30", "", "2021-08-30", 61, 0, 0, 0},
		{"report on the due date", q2, []Update{rec("2021-05-02", StateInProgress, "")}, "2021-06-30", 0, DueSoon, "2021-06-30", "", "", 0, 0, 0, 0},
		{"report one day after", q2, []Update{rec("2021-05-02", StateInProgress, "")}, "2021-07-01", 0, OpenLate, "2021-06-30", "", "", 1, 0, 0, 0},
		{"due soon window edge: 30 days", q2, nil, "2021-05-31", 0, DueSoon, "2021-06-30", "", "", 0, 30, 0, 0},
		{"due soon window edge: 31 days", q2, nil, "2021-05-30", 0, OpenOnTime, "2021-06-30", "", "", 0, 31, 0, 0},
		{"due soon turned off", q2, nil, "2021-06-30", -1, OpenOnTime, "2021-06-30", "", "", 0, 0, 0, 0},
		{"due soon window of 7 days", q2, nil, "2021-06-20", 7, OpenOnTime, "2021-06-30", "", "", 0, 10, 0, 0},
		{"changed deadline, open", q2, []Update{moved("2021-06-10", "2021-09-30", "COVID-19")}, "2021-07-15", 0, OpenOnTime, "2021-09-30", "2021-06-30", "", 0, 77, 0, 1},
		{"changed deadline, done after the original", q2, []Update{moved("2021-06-10", "2021-09-30", "COVID-19"), rec("2021-08-02", StateDone, "2021-08-01")}, "2021-09-30", 0, DoneOnTime, "2021-09-30", "2021-06-30", "2021-08-01", 0, 0, 0, 1},
		{"changed deadline, late even so", q2, []Update{moved("2021-06-10", "2021-09-30", "COVID-19")}, "2021-10-03", 0, OpenLate, "2021-09-30", "2021-06-30", "", 3, 0, 0, 1},
		{"changed twice", q2, []Update{moved("2021-06-10", "2021-09-30", "COVID-19"), moved("2021-09-20", "2021-12-31", "chờ số liệu")}, "2021-10-03", 0, OpenOnTime, "2021-12-31", "2021-06-30", "", 0, 89, 0, 2},
		{"change recorded after the report date is not seen", q2, []Update{moved("2021-06-10", "2021-09-30", "COVID-19")}, "2021-06-05", 0, DueSoon, "2021-06-30", "", "", 0, 25, 0, 0},
		{"milestones: first passed while open", q1q2, nil, "2021-05-15", 0, OpenOnTime, "2021-06-30", "", "", 0, 46, 1, 0},
		{"milestones: report on the first milestone", q1q2, nil, "2021-03-31", 0, OpenOnTime, "2021-06-30", "", "", 0, 91, 0, 0},
		{"milestones: done after the first", q1q2, []Update{rec("2021-04-11", StateDone, "2021-04-10")}, "2021-06-30", 0, DoneOnTime, "2021-06-30", "", "2021-04-10", 0, 0, 1, 0},
		{"milestones: done before the first", q1q2, []Update{rec("2021-03-21", StateDone, "2021-03-20")}, "2021-06-30", 0, DoneOnTime, "2021-06-30", "", "2021-03-20", 0, 0, 0, 0},
		{"milestones: late against the last", q1q2, nil, "2021-07-10", 0, OpenLate, "2021-06-30", "", "", 10, 0, 1, 0},
		{"recurring, nothing recorded", quarterly, nil, "2021-06-30", 0, NoDeadline, "", "", "", 0, 0, 0, 0},
		{"recurring, done this quarter", quarterly, []Update{rec("2021-05-11", StateDone, "2021-05-10")}, "2021-06-30", 0, DoneOnTime, "", "", "2021-05-10", 0, 0, 0, 0},
		{"recurring, done last quarter", quarterly, []Update{rec("2021-05-11", StateDone, "2021-05-10")}, "2021-09-30", 0, NoDeadline, "", "", "", 0, 0, 0, 0},
		{"annual, done this year", annual, []Update{rec("2021-02-11", StateDone, "2021-02-10")}, "2021-12-31", 0, DoneOnTime, "", "", "2021-02-10", 0, 0, 0, 0},
		{"annual, done last year", annual, []Update{rec("2021-02-11", StateDone, "2021-02-10")}, "2022-03-31", 0, NoDeadline, "", "", "", 0, 0, 0, 0},
		{"ongoing", ongoing, []Update{rec("2021-02-11", StateInProgress, "")}, "2021-06-30", 0, NoDeadline, "", "", "", 0, 0, 0, 0},
		{"unreadable deadline, open", unknown, nil, "2021-06-30", 0, NoDeadline, "", "", "", 0, 0, 0, 0},
		{"unreadable deadline, done", unknown, []Update{rec("2021-05-11", StateDone, "2021-05-10")}, "2021-06-30", 0, DoneOnTime, "", "", "2021-05-10", 0, 0, 0, 0},
		{"recurring given a fixed deadline", quarterly, []Update{moved("2021-04-10", "2021-06-30", "BTV yêu cầu")}, "2021-07-01", 0, OpenLate, "2021-06-30", "", "", 1, 0, 0, 1},
		{"paused past the due date", q2, []Update{rec("2021-06-01", StatePaused, "")}, "2021-07-15", 0, Paused, "2021-06-30", "", "", 0, 0, 0, 0},
		{"resumed", q2, []Update{rec("2021-06-01", StatePaused, ""), rec("2021-07-10", StateResumed, "")}, "2021-07-15", 0, OpenLate, "2021-06-30", "", "", 15, 0, 0, 0},
		{"pause recorded after the report date", q2, []Update{rec("2021-07-10", StatePaused, "")}, "2021-07-05", 0, OpenLate, "2021-06-30", "", "", 5, 0, 0, 0},
		{"completion recorded after the report date", q2, []Update{rec("2021-07-02", StateDone, "2021-06-29")}, "2021-06-30", 0, DueSoon, "2021-06-30", "", "", 0, 0, 0, 0},
		{"done then corrected to in progress", q2, []Update{rec("2021-06-01", StateDone, "2021-05-30"), rec("2021-06-05", StateInProgress, "")}, "2021-06-10", 0, DueSoon, "2021-06-30", "", "", 0, 20, 0, 0},
		{"same date: file order wins", q2, []Update{rec("2021-06-01", StateDone, "2021-05-30"), rec("2021-06-01", StateInProgress, "")}, "2021-06-10", 0, DueSoon, "2021-06-30", "", "", 0, 20, 0, 0},
		{"date order beats file order", q2, []Update{rec("2021-06-05", StateInProgress, ""), rec("2021-06-01", StateDone, "2021-05-30")}, "2021-06-10", 0, DueSoon, "2021-06-30", "", "", 0, 20, 0, 0},
		{"not started counts as open", q2, []Update{rec("2021-06-05", StateNotStarted, "")}, "2021-07-10", 0, OpenLate, "2021-06-30", "", "", 10, 0, 0, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := oneItem(c.dl)
			d := day(c.d)
			rv := BuildReview(p, ledgerOf(c.ups...), program.QuarterOf(d), d, ReviewOptions{DueSoonDays: c.soon})
			it := rv.Items[0]
			got := fmt.Sprintf("%s due=%s orig=%s completed=%s overdue=%d left=%d missed=%d changes=%d",
				it.Status, ds(it.Due), ds(it.OriginalDue), ds(it.Completed), it.DaysOverdue, it.DaysLeft, len(it.MissedMilestones), len(it.DeadlineChanges))
			want := fmt.Sprintf("%s due=%s orig=%s completed=%s overdue=%d left=%d missed=%d changes=%d",
				c.status, c.due, c.orig, c.completed, c.overdue, c.left, c.missed, c.changes)
			if got != want {
				t.Errorf("\n got %s\nwant %s", got, want)
			}
			if rv.Total.Total != 1 || rv.Total.Count(c.status) != 1 {
				t.Errorf("tally %+v", rv.Total)
			}
		})
	}
}

func ds(d *program.Date) string {
	if d == nil {
		return ""
	}
	return d.String()
}

func TestDeadlineChangeHistory(t *testing.T) {
	p := oneItem(fixedDeadline(2))
	l := ledgerOf(moved("2021-06-10", "2021-09-30", "COVID-19"), moved("2021-09-20", "2021-12-31", "chờ số liệu"))
	it := BuildReview(p, l, program.Quarter{Year: 2021, Q: 4}, day("2021-10-01"), ReviewOptions{}).Items[0]
	got := ""
	for _, c := range it.DeadlineChanges {
		got += fmt.Sprintf("%s→%s on %s (%s); ", ds(c.From), c.To, c.On, c.Reason)
	}
	want := "2021-06-30→2021-09-30 on 2021-06-10 (COVID-19); 2021-09-30→2021-12-31 on 2021-09-20 (chờ số liệu); "
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestLatestValuePerField(t *testing.T) {
	p := oneItem(fixedDeadline(2))
	a := rec("2021-06-01", StateInProgress, "")
	a.Document, a.Note = "Dự thảo Đề án", "đang lấy ý kiến"
	b := rec("2021-06-20", StateDone, "2021-06-18")
	b.Document = "Đề án số 05-ĐA/TU ngày 18-6-2021"
	c := Update{Item: "01.1", Date: day("2021-06-25"), Note: "đã phát hành", Source: "import: form.xlsx 2021-06-25"}
	it := BuildReview(p, ledgerOf(a, b, c), program.Quarter{Year: 2021, Q: 2}, day("2021-06-30"), ReviewOptions{}).Items[0]
	if it.Status != DoneOnTime || it.Document != b.Document || it.Note != "đã phát hành" || it.State != StateDone ||
		it.Source != c.Source || ds(it.Updated) != "2021-06-25" {
		t.Errorf("%+v", it)
	}
}

// TestSampleReview checks the bundled sample ledger at the end of 2021-Q2
// and 2021-Q3 against the seed-shaped fixture: every status appears, and the
// Q2 report does not see the Q3 records.
func TestSampleReview(t *testing.T) {
	p := seedLike()
	l, diags := LoadLedger("07-CTr-TU-2021.progress.toml", readSample(t), p)
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	q2 := BuildReview(p, l, program.Quarter{Year: 2021, Q: 2}, day("2021-06-30"), ReviewOptions{})
	want := map[Status]int{DoneOnTime: 10, DoneLate: 1, OpenOnTime: 14, DueSoon: 7, OpenLate: 1, Paused: 1}
	for _, s := range Statuses {
		if q2.Total.Count(s) != want[s] {
			t.Errorf("2021-Q2 %s = %d, want %d", s, q2.Total.Count(s), want[s])
		}
	}
	if q2.Total.Total != 34 || q2.Total.Done() != 11 || q2.Total.OpenInTime() != 21 {
		t.Errorf("2021-Q2 total %d done %d in time %d", q2.Total.Total, q2.Total.Done(), q2.Total.OpenInTime())
	}
	if len(q2.Overdue) != 1 || q2.Overdue[0].Item.ID != "09.1" || q2.Overdue[0].DaysOverdue != 30 {
		t.Errorf("overdue %+v", q2.Overdue)
	}
	var next []string
	for _, it := range q2.DueNext {
		next = append(next, it.Item.ID)
	}
	if got := strings.Join(next, " "); got != "02.2 06.1 11.1 15.1 20.1 22.1 23.1 24.1 24.2" {
		t.Errorf("due next quarter: %s", got)
	}
	q3 := BuildReview(p, l, program.Quarter{Year: 2021, Q: 3}, day("2021-09-30"), ReviewOptions{})
	if q3.Total.Count(DoneLate) != 3 || q3.Total.Count(Paused) != 0 {
		t.Errorf("2021-Q3 %v", q3.Total.ByStatus)
	}
	for _, name := range []string{"review-2021-Q2", "review-2021-Q3"} {
		rv := q2
		if name == "review-2021-Q3" {
			rv = q3
		}
		golden.Check(t, name+".golden", reviewText(rv))
	}
}

func TestGroupsOrder(t *testing.T) {
	rv := BuildReview(seedLike(), nil, program.Quarter{Year: 2021, Q: 2}, day("2021-06-30"), ReviewOptions{})
	var ag, ar, kd []string
	for _, g := range rv.ByAgency {
		ag = append(ag, g.Label)
	}
	for _, g := range rv.ByArea {
		ar = append(ar, g.Key)
	}
	for _, g := range rv.ByKind {
		kd = append(kd, g.Key)
	}
	wantAg := []string{
		"Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban Dân vận Tỉnh ủy", "Ban Nội chính Tỉnh ủy",
		"Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh", "Ban Thường vụ Đảng ủy Công an tỉnh", "Ban Thường vụ Đảng ủy Quân sự tỉnh",
		"Ban Tổ chức Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Trường Chính trị tỉnh", "Ủy ban Kiểm tra Tỉnh ủy",
	}
	if strings.Join(ag, "|") != strings.Join(wantAg, "|") {
		t.Errorf("agencies:\n%s", strings.Join(ag, "\n"))
	}
	if strings.Join(ar, " ") != "1 2 3 4 5" {
		t.Errorf("areas %v", ar)
	}
	if strings.Join(kd, " ") != "de_an chuong_trinh ke_hoach quy_dinh danh_muc nghi_quyet so_ket tong_ket" {
		t.Errorf("kinds %v", kd)
	}
	sum := 0
	for _, g := range rv.ByAgency {
		sum += g.Tally.Total
	}
	if sum != 34 || rv.ByArea[0].Label != "Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh" {
		t.Errorf("agency sum %d, area label %q", sum, rv.ByArea[0].Label)
	}
	// An explicit collator is used as given.
	en := BuildReview(seedLike(), nil, program.Quarter{Year: 2021, Q: 2}, day("2021-06-30"), ReviewOptions{Collator: collate.New(language.English)})
	if len(en.ByAgency) != len(rv.ByAgency) {
		t.Errorf("collator changed the groups")
	}
}

func TestUnlinkedAndLeaderless(t *testing.T) {
	p := oneItem(fixedDeadline(2))
	p.WorkItems = append(p.WorkItems, program.WorkItem{ID: "02.1", Kind: program.KindKeHoach, Deadline: fixedDeadline(2)})
	rv := BuildReview(p, nil, program.Quarter{Year: 2021, Q: 2}, day("2021-06-01"), ReviewOptions{})
	last := rv.ByArea[len(rv.ByArea)-1]
	if last.Key != "0" || last.Label != unlinkedAreaLabel {
		t.Errorf("areas %+v", rv.ByArea)
	}
	lastAg := rv.ByAgency[len(rv.ByAgency)-1]
	if lastAg.Key != "" || lastAg.Label != noAgencyLabel {
		t.Errorf("agencies %+v", rv.ByAgency)
	}
}

// reviewText is a plain listing of a review for golden files.
func reviewText(rv *Review) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "report %s at %s (due soon: %d days)\n", rv.Quarter, rv.Date, rv.DueSoonDays)
	tally := func(t Tally) string {
		var parts []string
		for _, s := range Statuses {
			if n := t.Count(s); n > 0 {
				parts = append(parts, fmt.Sprintf("%s=%d", s, n))
			}
		}
		return fmt.Sprintf("%d: %s", t.Total, strings.Join(parts, " "))
	}
	fmt.Fprintf(&b, "total %s\n", tally(rv.Total))
	for _, gs := range []struct {
		name string
		g    []Group
	}{{"area", rv.ByArea}, {"agency", rv.ByAgency}, {"kind", rv.ByKind}} {
		for _, g := range gs.g {
			fmt.Fprintf(&b, "%s %s %s — %s\n", gs.name, g.Key, g.Label, tally(g.Tally))
		}
	}
	for _, it := range rv.Items {
		fmt.Fprintf(&b, "%s %-12s due=%s", it.Item.ID, it.Status, ds(it.Due))
		if it.OriginalDue != nil {
			fmt.Fprintf(&b, " orig=%s", ds(it.OriginalDue))
		}
		if it.Completed != nil {
			fmt.Fprintf(&b, " completed=%s", ds(it.Completed))
		}
		if it.DaysOverdue > 0 {
			fmt.Fprintf(&b, " overdue=%d", it.DaysOverdue)
		}
		if it.Status == DueSoon || it.Status == OpenOnTime {
			fmt.Fprintf(&b, " left=%d", it.DaysLeft)
		}
		for _, m := range it.MissedMilestones {
			fmt.Fprintf(&b, " missed=%s", m.Due)
		}
		if it.State != "" {
			fmt.Fprintf(&b, " state=%s updated=%s", it.State, ds(it.Updated))
		}
		if it.Document != "" {
			fmt.Fprintf(&b, " doc=%q", it.Document)
		}
		b.WriteByte('\n')
	}
	for _, it := range rv.Overdue {
		fmt.Fprintf(&b, "overdue %s %d days (%s)\n", it.Item.ID, it.DaysOverdue, it.Item.Lead.Name)
	}
	for _, it := range rv.DueNext {
		fmt.Fprintf(&b, "due next %s on %s (%s)\n", it.Item.ID, ds(it.Due), it.Item.Lead.Name)
	}
	return b.Bytes()
}

// A note belongs to the standing it was written with: a record that changes
// the status drops the earlier note unless it brings one; a record that keeps
// the status keeps it; the issued document always stays.
func TestNoteDoesNotOutliveItsStatus(t *testing.T) {
	p := oneItem(fixedDeadline(2))
	q, d := program.Quarter{Year: 2021, Q: 2}, day("2021-06-30")
	a := rec("2021-05-28", StateInProgress, "")
	a.Note, a.Document = "đang hoàn chỉnh dự thảo", "Dự thảo lần 2"
	same := rec("2021-06-05", StateInProgress, "")
	done := rec("2021-06-20", StateDone, "2021-06-18")
	doneNote := done
	doneNote.Note = "Ban Thường vụ đã thông qua"
	cases := []struct {
		name      string
		ups       []Update
		note, doc string
	}{
		{"status kept", []Update{a, same}, "đang hoàn chỉnh dự thảo", "Dự thảo lần 2"},
		{"status changed, no note", []Update{a, done}, "", "Dự thảo lần 2"},
		{"status changed, own note", []Update{a, doneNote}, "Ban Thường vụ đã thông qua", "Dự thảo lần 2"},
	}
	for _, c := range cases {
		it := BuildReview(p, ledgerOf(c.ups...), q, d, ReviewOptions{}).Items[0]
		if it.Note != c.note || it.Document != c.doc {
			t.Errorf("%s: note %q document %q, want %q %q", c.name, it.Note, it.Document, c.note, c.doc)
		}
	}
}
