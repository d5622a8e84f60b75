package progress

import (
	"fmt"
	"strings"

	"baocao/internal/program"
)

// Test fixtures: a programme shaped like the bundled seed (33 work items),
// built in Go so the status tests do not depend on the parser.

func quarterDue(y, q int) *program.Date {
	d := program.Quarter{Year: y, Q: q}.Last()
	return &d
}

func quarterMilestone(y, q int) program.Milestone {
	qq := program.Quarter{Year: y, Q: q}
	return program.Milestone{Text: qq.Label(), Granularity: program.ByQuarter, Start: qq.First(), Due: qq.Last()}
}

// fixedDeadline is "Hoàn thành trong quý …" over the given quarters of 2021.
func fixedDeadline(qs ...int) program.Deadline {
	dl := program.Deadline{Kind: program.DeadlineFixed}
	var words []string
	for _, q := range qs {
		m := quarterMilestone(2021, q)
		dl.Milestones = append(dl.Milestones, m)
		words = append(words, "quý "+program.Quarter{Year: 2021, Q: q}.Roman())
	}
	dl.Text = "Hoàn thành trong " + strings.Join(words, " và ") + "-2021"
	dl.Due = quarterDue(2021, qs[len(qs)-1])
	return dl
}

var (
	agUBND    = program.Agency{Name: "Ban cán sự đảng Ủy ban nhân dân tỉnh", Key: "ban cán sự đảng ủy ban nhân dân tỉnh"}
	agTuyen   = program.Agency{Name: "Ban Tuyên giáo Tỉnh ủy", Key: "ban tuyên giáo tỉnh ủy"}
	agTruong  = program.Agency{Name: "Trường Chính trị tỉnh", Key: "trường chính trị tỉnh"}
	agToChuc  = program.Agency{Name: "Ban Tổ chức Tỉnh ủy", Key: "ban tổ chức tỉnh ủy"}
	agKiemTra = program.Agency{Name: "Ủy ban Kiểm tra Tỉnh ủy", Key: "ủy ban kiểm tra tỉnh ủy"}
	agNoi     = program.Agency{Name: "Ban Nội chính Tỉnh ủy", Key: "ban nội chính tỉnh ủy"}
	agDanVan  = program.Agency{Name: "Ban Dân vận Tỉnh ủy", Key: "ban dân vận tỉnh ủy"}
	agQuanSu  = program.Agency{Name: "Ban Thường vụ Đảng ủy Quân sự tỉnh", Key: "ban thường vụ đảng ủy quân sự tỉnh"}
	agBienP   = program.Agency{Name: "Ban Thường vụ Đảng ủy Bộ đội Biên phòng tỉnh", Key: "ban thường vụ đảng ủy bộ đội biên phòng tỉnh"}
	agCongAn  = program.Agency{Name: "Ban Thường vụ Đảng ủy Công an tỉnh", Key: "ban thường vụ đảng ủy công an tỉnh"}
)

// seedLike builds the 33 work items the bundled programme is expected to
// yield (IDs TT.position), with their kinds, leads, areas and deadlines.
func seedLike() *program.Programme {
	type row struct {
		tt    int
		kinds []program.Kind
		lead  program.Agency
		area  int
		qs    []int
	}
	D, C, K, Q, M, N, S, T := program.KindDeAn, program.KindChuongTrinh, program.KindKeHoach, program.KindQuyDinh,
		program.KindDanhMuc, program.KindNghiQuyet, program.KindSoKet, program.KindTongKet
	rows := []row{
		{1, []program.Kind{D}, agUBND, 1, []int{2}},
		{2, []program.Kind{T, D}, agUBND, 1, []int{2}},
		{3, []program.Kind{K}, agUBND, 1, []int{2}},
		{4, []program.Kind{K, S}, agTuyen, 2, []int{1, 2}},
		{5, []program.Kind{Q}, agTuyen, 2, []int{2}},
		{6, []program.Kind{D}, agTruong, 2, []int{3}},
		{7, []program.Kind{D, K}, agToChuc, 2, []int{4}},
		{8, []program.Kind{C}, agKiemTra, 2, []int{1}},
		{9, []program.Kind{K}, agNoi, 2, []int{2}},
		{10, []program.Kind{C}, agDanVan, 2, []int{2}},
		{11, []program.Kind{D}, agUBND, 3, []int{3}},
		{12, []program.Kind{D}, agUBND, 3, []int{4}},
		{13, []program.Kind{C}, agUBND, 3, []int{2}},
		{14, []program.Kind{S}, agUBND, 3, []int{2}},
		{15, []program.Kind{C}, agUBND, 3, []int{3}},
		{16, []program.Kind{S, D}, agUBND, 3, []int{2}},
		{17, []program.Kind{S}, agUBND, 3, []int{2}},
		{18, []program.Kind{M}, agUBND, 3, []int{2}},
		{19, []program.Kind{D}, agUBND, 3, []int{3}},
		{20, []program.Kind{D}, agUBND, 3, []int{3}},
		{21, []program.Kind{D, M}, agUBND, 3, []int{4}},
		{22, []program.Kind{T}, agUBND, 4, []int{3}},
		{23, []program.Kind{D}, agUBND, 4, []int{3}},
		{24, []program.Kind{S, K}, agUBND, 4, []int{3}},
		{25, []program.Kind{K, D}, agQuanSu, 5, []int{2}},
		{26, []program.Kind{D}, agBienP, 5, []int{2}},
		{27, []program.Kind{N}, agCongAn, 5, []int{2}},
	}
	p := &program.Programme{
		Source: "seeds/07-CTr-TU-2021.txt", Number: "07-CTr/TU", Date: program.Date{Year: 2021, Month: 4, Day: 2},
		Areas: []program.Area{
			{Number: 1, Title: "Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh"},
			{Number: 2, Title: "Về công tác xây dựng Đảng"},
			{Number: 3, Title: "Về kinh tế"},
			{Number: 4, Title: "Về văn hóa, xã hội"},
			{Number: 5, Title: "Về quốc phòng, an ninh"},
		},
	}
	for _, r := range rows {
		tt := fmt.Sprintf("%02d", r.tt)
		for i, k := range r.kinds {
			p.WorkItems = append(p.WorkItems, program.WorkItem{
				ID: fmt.Sprintf("%s.%d", tt, i+1), TT: tt, Seq: i + 1, Kind: k,
				Title: k.Label() + " (dòng " + tt + ")", Lead: r.lead, Area: r.area, Deadline: fixedDeadline(r.qs...),
			})
		}
	}
	return p
}

// bigProgramme builds n work items over 12 quarters, 40 agencies and 8
// areas, for benchmarks.
func bigProgramme(n int) *program.Programme {
	p := &program.Programme{Source: "gen.txt", Number: "99-CTr/TU", Date: program.Date{Year: 2021, Month: 1, Day: 4}}
	for a := 1; a <= 8; a++ {
		p.Areas = append(p.Areas, program.Area{Number: a, Title: fmt.Sprintf("Về lĩnh vực %d", a)})
	}
	for i := 0; i < n; i++ {
		tt := fmt.Sprintf("%04d", i/2+1)
		q := program.Quarter{Year: 2021 + (i%12)/4, Q: i%4 + 1}
		due := q.Last()
		ag := program.Agency{Name: fmt.Sprintf("Sở Ngành %d", i%40), Key: fmt.Sprintf("sở ngành %d", i%40)}
		p.WorkItems = append(p.WorkItems, program.WorkItem{
			ID: fmt.Sprintf("%s.%d", tt, i%2+1), TT: tt, Seq: i%2 + 1, Kind: program.Kinds[i%len(program.Kinds)],
			Title: "Phần việc " + tt, Lead: ag, Area: i%8 + 1,
			Deadline: program.Deadline{Text: "Hoàn thành trong " + q.Label(), Kind: program.DeadlineFixed, Due: &due,
				Milestones: []program.Milestone{{Text: q.Label(), Granularity: program.ByQuarter, Start: q.First(), Due: due}}},
		})
	}
	return p
}

// bigLedger writes one or two records for every item of p.
func bigLedger(p *program.Programme) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "[programme]\nnumber = %q\n", p.Number)
	for i, w := range p.WorkItems {
		rec := w.Deadline.Due.AddDays(-40)
		fmt.Fprintf(&b, "\n[[update]]\nitem = %q\ndate = %s\nstatus = \"in_progress\"\nnote = \"Đang xây dựng dự thảo, lấy ý kiến các sở, ngành\"\n", w.ID, rec)
		if i%3 == 0 {
			done := w.Deadline.Due.AddDays(i%20 - 10)
			fmt.Fprintf(&b, "\n[[update]]\nitem = %q\ndate = %s\nstatus = \"done\"\ncompleted = %s\ndocument = \"Kế hoạch số %d-KH/TU ngày %s\"\n",
				w.ID, done, done, i%200+1, done.Dotted())
		}
	}
	return []byte(b.String())
}
