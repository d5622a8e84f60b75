// Package reporttest holds the hand-built quarterly review that the report model's and the PDF renderer's tests both check known numbers against.
package reporttest

import (
	"time"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// handItem is one work item of the hand-built review.
type handItem struct {
	id, kind, title, lead string
	area                  int
	status                progress.Status
	due, done             string // ISO dates, "" for none
	days                  int
	doc                   string
}

// HandReview is a quarterly review built by hand (not by the progress
// package), so the report's numbers can be checked against known values:
// 12 items at 2021-06-30, 3 done on time, 1 done late, 2 open on time,
// 1 due soon, 3 open late, 1 without deadline, 1 paused; done 4/12 = 33,3%.
func HandReview() *progress.Review {
	const ubnd, tg = "Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban Tuyên giáo Tỉnh ủy"
	items := []handItem{
		{"01.1", "de_an", "Đề án nâng cao chất lượng, hiệu quả công tác cải cách hành chính tỉnh Kiên Giang", ubnd, 1, progress.DoneOnTime, "2021-06-30", "2021-06-15", 0, "Đề án số 05-ĐA/TU ngày 15-6-2021"},
		{"02.1", "de_an", "Đề án mới về nguồn nhân lực tỉnh Kiên Giang giai đoạn 2021-2030", ubnd, 1, progress.DoneLate, "2021-03-31", "2021-05-20", 50, "Đề án số 02-ĐA/TU ngày 20-5-2021"},
		{"03.1", "ke_hoach", "Kế hoạch xác định rõ các nguồn vốn đầu tư cho từng công trình, dự án", ubnd, 1, progress.OpenLate, "2021-03-31", "", 91, ""},
		{"04.1", "ke_hoach", "Kế hoạch triển khai, quán triệt Nghị quyết Đại hội XI Đảng bộ tỉnh", tg, 2, progress.DoneOnTime, "2021-06-30", "2021-04-20", 0, "Kế hoạch số 12-KH/TU ngày 20-4-2021"},
		{"04.2", "so_ket", "Sơ kết Chỉ thị số 05-CT/TW của Bộ Chính trị", tg, 2, progress.OpenLate, "2021-05-31", "", 30, ""},
		{"05.1", "quy_dinh", "Quy định về trách nhiệm nêu gương của cán bộ, đảng viên", tg, 2, progress.OpenOnTime, "2021-09-30", "", 0, ""},
		{"06.1", "de_an", "Đề án phát triển tổng thể Trường Chính trị tỉnh đến năm 2025", "Trường Chính trị tỉnh", 2, progress.DueSoon, "2021-07-15", "", 0, ""},
		{"08.1", "chuong_trinh", "Chương trình kiểm tra, giám sát của Ban Chấp hành Đảng bộ tỉnh khóa XI", "Ủy ban Kiểm tra Tỉnh ủy", 2, progress.DoneOnTime, "2021-03-31", "2021-03-25", 0, "Chương trình số 03-CTr/TU ngày 25-3-2021"},
		{"11.1", "de_an", "Đề án khai thác, phát huy tối đa các tiềm năng, lợi thế sẵn có", ubnd, 3, progress.OpenOnTime, "2021-09-30", "", 0, ""},
		{"12.1", "de_an", "Đề án phát triển ngành nông nghiệp ứng dụng công nghệ cao", ubnd, 3, progress.NoDeadline, "", "", 0, ""},
		{"13.1", "chuong_trinh", "Chương trình sản phẩm quốc gia, sản phẩm của tỉnh, mỗi xã một sản phẩm", ubnd, 3, progress.Paused, "2021-06-30", "", 0, ""},
		{"14.1", "so_ket", "Sơ kết Chương trình hành động số 47-CTr/TU, ngày 21-02-2019 của Tỉnh ủy", ubnd, 3, progress.OpenLate, "2021-06-15", "", 15, ""},
	}
	p := &program.Programme{
		Type: "Chương trình hành động", TypeCode: "CTr", Number: "07-CTr/TU",
		Date: program.NewDate(2021, time.April, 2), Issuer: "Tỉnh ủy", IssuerCode: "TU",
		Areas: []program.Area{
			{Number: 1, Title: "Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh"},
			{Number: 2, Title: "Về công tác xây dựng Đảng"},
			{Number: 3, Title: "Về kinh tế"},
		},
	}
	r := &progress.Review{
		Programme: p, Quarter: program.Quarter{Year: 2021, Q: 2},
		Date: program.NewDate(2021, time.June, 30), DueSoonDays: 30,
	}
	date := func(s string) *program.Date {
		if s == "" {
			return nil
		}
		d, err := program.ParseISODate(s)
		if err != nil {
			panic(err)
		}
		return &d
	}
	for _, h := range items {
		w := program.WorkItem{
			ID: h.id, TT: h.id[:2], Seq: 1, Kind: program.Kind(h.kind), Title: h.title,
			Lead: program.Agency{Name: h.lead, Key: h.lead}, Area: h.area,
			Deadline: program.Deadline{Text: "Hoàn thành trong quý II-2021", Due: date(h.due)},
		}
		p.WorkItems = append(p.WorkItems, w)
		r.Items = append(r.Items, progress.ItemStatus{
			Item: w, Status: h.status, Due: date(h.due), Completed: date(h.done),
			Document: h.doc, DaysOverdue: h.days,
		})
	}
	// 05.1's deadline was moved from the end of Q2 to the end of Q3.
	r.Items[5].OriginalDue = date("2021-06-30")
	r.Items[5].DeadlineChanges = []progress.DeadlineChange{{From: date("2021-06-30"), To: *date("2021-09-30"), Reason: "chờ hướng dẫn của Trung ương"}}
	// Tallies, written out here rather than taken from the progress package.
	tally := func(keep func(progress.ItemStatus) bool) progress.Tally {
		t := progress.Tally{ByStatus: map[progress.Status]int{}}
		for _, it := range r.Items {
			if keep(it) {
				t.Total++
				t.ByStatus[it.Status]++
			}
		}
		return t
	}
	r.Total = tally(func(progress.ItemStatus) bool { return true })
	for _, a := range p.Areas {
		n := a.Number
		r.ByArea = append(r.ByArea, progress.Group{Key: string(rune('0' + n)), Label: a.Title,
			Tally: tally(func(it progress.ItemStatus) bool { return it.Item.Area == n })})
	}
	var leads []string
	seen := map[string]bool{}
	for _, it := range r.Items {
		if !seen[it.Item.Lead.Name] {
			seen[it.Item.Lead.Name] = true
			leads = append(leads, it.Item.Lead.Name)
		}
	}
	collate.New(language.Vietnamese).SortStrings(leads)
	for _, l := range leads {
		r.ByAgency = append(r.ByAgency, progress.Group{Key: l, Label: l,
			Tally: tally(func(it progress.ItemStatus) bool { return it.Item.Lead.Name == l })})
	}
	for _, k := range program.Kinds {
		t := tally(func(it progress.ItemStatus) bool { return it.Item.Kind == k })
		if t.Total > 0 {
			r.ByKind = append(r.ByKind, progress.Group{Key: string(k), Label: k.Label(), Tally: t})
		}
	}
	r.Overdue = []progress.ItemStatus{r.Items[2], r.Items[4], r.Items[11]}
	r.DueNext = []progress.ItemStatus{r.Items[6], r.Items[5], r.Items[8]}
	return r
}
