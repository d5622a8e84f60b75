package xlsx

import (
	"time"

	"baocao/internal/program"
)

// Until the parser is ready these hand-built values stand for a parsed
// programme: six annex rows of the seed 07-CTr/TU with their real text.

func due(y int, m time.Month, d int) *program.Date { v := program.NewDate(y, m, d); return &v }

func quarterDeadline(text string, q program.Quarter) program.Deadline {
	d := q.Last()
	return program.Deadline{Text: text, Kind: program.DeadlineFixed, Due: &d,
		Milestones: []program.Milestone{{Text: q.Label(), Granularity: program.ByQuarter, Start: q.First(), Due: d}}}
}

func testProgramme() *program.Programme {
	ubnd := program.Agency{Name: "Ban cán sự đảng Ủy ban nhân dân tỉnh", Key: "ban can su dang uy ban nhan dan tinh"}
	tg := program.Agency{Name: "Ban Tuyên giáo Tỉnh ủy", Key: "ban tuyen giao tinh uy"}
	tc := program.Agency{Name: "Ban Tổ chức Tỉnh ủy", Key: "ban to chuc tinh uy"}
	dv := program.Agency{Name: "Ban Dân vận Tỉnh ủy", Key: "ban dan van tinh uy"}
	ca := program.Agency{Name: "Ban Thường vụ Đảng ủy Công an tỉnh", Key: "ban thuong vu dang uy cong an tinh"}
	q1, q2, q3 := program.Quarter{Year: 2021, Q: 1}, program.Quarter{Year: 2021, Q: 2}, program.Quarter{Year: 2021, Q: 3}
	q12 := quarterDeadline("Hoàn thành trong quý I và quý II-2021", q2)
	q12.Milestones = append([]program.Milestone{{Text: "quý I", Granularity: program.ByQuarter, Start: q1.First(), Due: q1.Last()}}, q12.Milestones...)
	rows := []program.AnnexRow{
		{TT: "01", Number: 1, AgencyText: ubnd.Name, Lead: ubnd, Area: 1,
			Title:    "Đề án nâng cao chất lượng, hiệu quả công tác cải cách hành chính tỉnh Kiên Giang theo chương trình cải cách hành chính của Chính phủ",
			Deadline: quarterDeadline("Hoàn thành trong quý II-2021", q2), WorkItems: []string{"01.1"}},
		{TT: "04", Number: 4, AgencyText: "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan", Lead: tg, Area: 2,
			Title:    "Kế hoạch để triển khai, quán triệt Nghị quyết Đại hội XI Đảng bộ tỉnh sau khi cụ thể hóa. Sơ kết Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
			Deadline: q12, WorkItems: []string{"04.1", "04.2"}},
		{TT: "07", Number: 7, AgencyText: "Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy và các cơ quan liên quan", Lead: tc, Area: 2,
			Title:     "Đề án xây dựng đội ngũ cán bộ thuộc diện BTV Tỉnh ủy quản lý đảm bảo phẩm chất, năng lực, ngang tầm nhiệm vụ. Kế hoạch nâng cao chất lượng sinh hoạt cấp ủy, chi bộ trong các tổ chức đảng cơ quan hành chính, đơn vị sự nghiệp và doanh nghiệp",
			Deadline:  program.Deadline{Text: "Hoàn thành chậm nhất trong quý IV-2021", Kind: program.DeadlineFixed, Due: due(2021, 12, 31), Qualifier: "no_later_than"},
			WorkItems: []string{"07.1", "07.2"}},
		{TT: "10", Number: 10, AgencyText: "Ban Dân vận Tỉnh ủy chủ trì, phối hợp với các cơ quan liên quan", Lead: dv, Area: 2,
			Title:    "Chương trình hành động thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XI Đảng bộ tỉnh, nhiệm kỳ 2020-2025 về công tác dân vận. Tập trung nghiên cứu, có giải pháp nâng cao hiệu quả công tác dân vận của hệ thống chính trị phục vụ việc triển khai các chủ trương, chính sách phát triển kinh tế-xã hội, nhất là phục vụ công tác đền bù, giải phóng mặt bằng triển khai thực hiện dự án",
			Deadline: quarterDeadline("Hoàn thành trong quý II-2021", q2), WorkItems: []string{"10.1"}},
		{TT: "19", Number: 19, AgencyText: ubnd.Name, Lead: ubnd, Area: 3,
			Title:    "Đề án cơ chế chính sách đặc thù phát triển đảo Phú Quốc",
			Deadline: quarterDeadline("Hoàn thành trong quý III-2021", q3), WorkItems: []string{"19.1"}},
		{TT: "27", Number: 27, AgencyText: "Ban Thường vụ Đảng ủy Công an tỉnh chủ trì, phối hợp các cơ quan liên quan", Lead: ca, Area: 5,
			Title:    "Nghị quyết chuyên đề về đấu tranh phòng chống tội phạm và giải quyết tệ nạn xã hội trên địa bàn tỉnh",
			Deadline: quarterDeadline("Hoàn thành trong quý II-2021", q2), WorkItems: []string{"27.1"}},
	}
	rows[1].Coordinators = []program.Agency{{Name: "các cơ quan liên quan", Key: "cac co quan lien quan"}}
	rows[2].Coordinators = []program.Agency{tc, {Name: "các cơ quan liên quan", Key: "cac co quan lien quan"}}
	item := func(r program.AnnexRow, seq int, kind program.Kind, title string) program.WorkItem {
		return program.WorkItem{ID: r.WorkItems[seq-1], TT: r.TT, Seq: seq, Kind: kind, Title: title,
			Lead: r.Lead, Coordinators: r.Coordinators, Deadline: r.Deadline, Area: r.Area}
	}
	items := []program.WorkItem{
		item(rows[0], 1, program.KindDeAn, rows[0].Title),
		item(rows[1], 1, program.KindKeHoach, "Kế hoạch để triển khai, quán triệt Nghị quyết Đại hội XI Đảng bộ tỉnh sau khi cụ thể hóa"),
		item(rows[1], 2, program.KindSoKet, "Sơ kết Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"),
		item(rows[2], 1, program.KindDeAn, "Đề án xây dựng đội ngũ cán bộ thuộc diện BTV Tỉnh ủy quản lý đảm bảo phẩm chất, năng lực, ngang tầm nhiệm vụ"),
		item(rows[2], 2, program.KindKeHoach, "Kế hoạch nâng cao chất lượng sinh hoạt cấp ủy, chi bộ trong các tổ chức đảng cơ quan hành chính, đơn vị sự nghiệp và doanh nghiệp"),
		item(rows[3], 1, program.KindChuongTrinh, rows[3].Title),
		item(rows[4], 1, program.KindDeAn, rows[4].Title),
		item(rows[5], 1, program.KindNghiQuyet, rows[5].Title),
	}
	items[1].Deadline = quarterDeadline("quý I", q1)
	return &program.Programme{
		Source: "seeds/07-CTr-TU-2021.txt", Type: "Chương trình hành động", TypeCode: "CTr", Number: "07-CTr/TU",
		Date: program.NewDate(2021, 4, 2), Issuer: "Tỉnh ủy", IssuerCode: "TU",
		Subject: "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025",
		Areas: []program.Area{
			{Number: 1, Title: "Về cải cách hành chính"}, {Number: 2, Title: "Về xây dựng Đảng và hệ thống chính trị"},
			{Number: 3, Title: "Về kinh tế"}, {Number: 5, Title: "Về quốc phòng, an ninh"},
		},
		Annex: program.Annex{
			Title:   "DANH MỤC CÁC CHƯƠNG TRÌNH, ĐỀ ÁN, KẾ HOẠCH, QUY ĐỊNH",
			Caption: "(kèm theo Chương trình hành động số 07-CTr/TU, ngày 02-4-2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020-2025)",
			Columns: []string{"TT", "Cơ quan phân công chủ trì", "Tên đề án, chương trình, kế hoạch", "Thời gian thực hiện"},
			Rows:    rows,
			Note:    "Chương trình hành động đề ra 33 phần việc, gồm: xây dựng 13 đề án, 04 chương trình, 06 kế hoạch, 01 quy định, 02 danh mục các dự án, 01 nghị quyết chuyên đề và sơ, tổng kết 06 chủ trương đã thực hiện trước đây.",
		},
		WorkItems: items,
	}
}
