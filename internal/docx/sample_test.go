package docx

import (
	"fmt"

	"baocao/internal/palette"
	"baocao/internal/progress"
	"baocao/internal/report"
)

// sample is a quarterly report of Kiên Giang's 07-CTr/TU as the model
// builder makes it, written out by hand so this package's tests do not
// depend on the builder: every kind of block, tables with a total row, a
// chart, and a Phụ lục long enough to run over several landscape pages.
func sample() *report.Report {
	statuses := []report.Status{}
	labels := map[progress.Status]string{
		progress.DoneOnTime: "Đã hoàn thành đúng hạn",
		progress.DoneLate:   "Đã hoàn thành quá hạn",
		progress.OpenOnTime: "Đang thực hiện trong hạn",
		progress.DueSoon:    "Sắp đến hạn",
		progress.OpenLate:   "Đang thực hiện quá hạn",
	}
	for _, s := range progress.Statuses[:5] {
		statuses = append(statuses, report.Status{Code: s, Label: labels[s], Fill: palette.Status(s)})
	}
	para := func(s string) report.Block {
		return report.Block{Kind: report.Paragraph, Text: s, Source: "results.tmpl"}
	}
	heading := func(s string) report.Block {
		return report.Block{Kind: report.Heading, Text: s, Source: "results.tmpl"}
	}
	summary := func(name, group string, rows [][]string) *report.Table {
		cols := []report.Column{{Heading: "TT", Align: report.Centre}, {Heading: group, Align: report.Left}, {Heading: "Tổng số", Align: report.Figure}}
		for _, s := range statuses {
			cols = append(cols, report.Column{Heading: s.Label, Align: report.Figure})
		}
		cols = append(cols, report.Column{Heading: "Tỷ lệ hoàn thành", Align: report.Figure})
		t := &report.Table{Name: name, Columns: cols}
		for i, r := range rows {
			tt := fmt.Sprint(i + 1)
			total := i == len(rows)-1
			if total {
				tt = ""
			}
			t.Rows = append(t.Rows, report.Row{Cells: append([]string{tt}, r...), Total: total})
		}
		return t
	}
	areas := summary("areas", "Lĩnh vực", [][]string{
		{"Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh", "4", "2", "1", "0", "1", "0", "75%"},
		{"Về công tác xây dựng Đảng", "9", "5", "2", "2", "0", "0", "77,8%"},
		{"Về kinh tế", "13", "3", "0", "3", "4", "3", "23,1%"},
		{"Về văn hóa, xã hội", "4", "0", "0", "0", "4", "0", "0%"},
		{"Về quốc phòng, an ninh", "4", "1", "0", "0", "0", "3", "25%"},
		{"Tổng cộng", "34", "11", "3", "5", "9", "6", "41,2%"},
	})
	chart := &report.Chart{Name: "areas", Statuses: statuses, Bars: []report.Bar{
		{Label: "Về thực hiện 03 khâu đột phá theo Nghị quyết Đại hội XI Đảng bộ tỉnh", Total: 4, Counts: []int{2, 1, 0, 1, 0}},
		{Label: "Về công tác xây dựng Đảng", Total: 9, Counts: []int{5, 2, 2, 0, 0}},
		{Label: "Về kinh tế", Total: 13, Counts: []int{3, 0, 3, 4, 3}},
		{Label: "Về văn hóa, xã hội", Total: 4, Counts: []int{0, 0, 0, 4, 0}},
		{Label: "Về quốc phòng, an ninh", Total: 4, Counts: []int{1, 0, 0, 0, 3}},
	}}
	overdue := &report.Table{Name: "overdue", Columns: []report.Column{
		{Heading: "TT", Align: report.Centre}, {Heading: "Phần việc", Align: report.Justify},
		{Heading: "Cơ quan chủ trì", Align: report.Left}, {Heading: "Hạn hoàn thành", Align: report.Centre},
		{Heading: "Số ngày quá hạn", Align: report.Centre},
	}, Rows: []report.Row{
		{Cells: []string{"1", "Đề án phát triển các sản phẩm ngành nghề truyền thống gắn với du lịch", "Ban cán sự đảng Ủy ban nhân dân tỉnh", "30-6-2021", "92"}, Status: progress.OpenLate},
		{Cells: []string{"2", "Kế hoạch thực hiện Đề án của Bộ Quốc phòng về xây dựng hải đội dân quân thường trực tham gia bảo vệ chủ quyền biển, đảo trong tình hình mới", "Ban Thường vụ Đảng ủy Quân sự tỉnh", "30-6-2021", "92"}, Status: progress.OpenLate},
	}}
	items := &report.Table{Name: "items", Columns: []report.Column{
		{Heading: "TT", Align: report.Centre}, {Heading: "Mã", Align: report.Centre},
		{Heading: "Phần việc", Align: report.Justify}, {Heading: "Cơ quan chủ trì", Align: report.Left},
		{Heading: "Thời hạn", Align: report.Centre}, {Heading: "Tình trạng", Align: report.Centre},
		{Heading: "Kết quả thực hiện", Align: report.Left},
	}}
	titles := []string{
		"Đề án nâng cao chất lượng, hiệu quả công tác cải cách hành chính tỉnh Kiên Giang theo chương trình cải cách hành chính của Chính phủ",
		"Tổng kết Đề án về phát triển nguồn nhân lực tỉnh Kiên Giang đến 2020",
		"Đề án mới về nguồn nhân lực tỉnh Kiên Giang giai đoạn 2021-2030 và tầm nhìn đến 2050",
		"Đề án phát triển ngành nông nghiệp ứng dụng công nghệ cao",
		"Đề án tăng cường quản lý, xử lý rác thải, nước thải ở các đô thị, khu dân cư giai đoạn 2021-2025 và những năm tiếp theo",
		"Đề án bảo đảm an ninh trật tự khu vực biên giới, củng cố quốc phòng an ninh góp phần phát triển kinh tế-xã hội của tỉnh giai đoạn 2021-2025 và những năm tiếp theo",
	}
	for i := range 24 {
		s := statuses[i%len(statuses)]
		result := ""
		if i%3 == 0 {
			result = fmt.Sprintf("Báo cáo số %d/BC-UBND ngày 04-6-2021 của Ủy ban nhân dân tỉnh; hoàn thành ngày 04-6-2021", 100+i)
		}
		items.Rows = append(items.Rows, report.Row{Status: s.Code, Cells: []string{
			fmt.Sprint(i + 1), fmt.Sprintf("%02d.%d", i/2+1, i%2+1), titles[i%len(titles)],
			"Ban cán sự đảng Ủy ban nhân dân tỉnh", "Hoàn thành trong quý II-2021 (30-6-2021 → 30-9-2021)", s.Label, result,
		}})
	}
	return &report.Report{
		Info: report.Info{Title: "BÁO CÁO tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý III-2021",
			Subject: "tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý III-2021",
			Author:  "ĐẢNG BỘ TỈNH KIÊN GIANG TỈNH ỦY", Keywords: "07-CTr/TU 2021-Q3", Date: "2021-09-30"},
		Header: report.Header{ParentIssuer: "ĐẢNG BỘ TỈNH KIÊN GIANG", Issuer: "TỈNH ỦY", Number: "Số     -BC/TU",
			Party: "ĐẢNG CỘNG SẢN VIỆT NAM", PlaceDate: "Rạch Giá, ngày 30 tháng 9 năm 2021"},
		Title:   "BÁO CÁO",
		Subject: "tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý III-2021",
		Body: []report.Block{
			para("Thực hiện Chương trình hành động số 07-CTr/TU, ngày 02-4-2021 của Tỉnh ủy, Ban Thường vụ Tỉnh ủy báo cáo tiến độ thực hiện quý III-2021 (số liệu tính đến ngày 30 tháng 9 năm 2021) như sau:"),
			heading("I- KẾT QUẢ THỰC HIỆN"),
			heading("1. Kết quả chung"),
			para("Chương trình hành động đề ra 33 phần việc (theo Ghi chú của Chương trình hành động); tính riêng từng sản phẩm trong Danh mục kèm theo, báo cáo này theo dõi 34 phần việc. Tính đến ngày 30 tháng 9 năm 2021: đã hoàn thành đúng hạn 11 phần việc, chiếm 32,4%; đã hoàn thành quá hạn 03 phần việc, chiếm 8,8%."),
			para("Tổng số phần việc đã hoàn thành (đúng hạn và quá hạn) là 14/34 phần việc, đạt 41,2%."),
			{Kind: report.ChartBlock, Chart: chart, Source: "results.tmpl"},
			{Kind: report.CentreItalic, Text: "Biểu đồ: tình hình thực hiện các phần việc theo lĩnh vực", Source: "results.tmpl"},
			heading("2. Theo lĩnh vực"),
			para("- Về công tác xây dựng Đảng: 09 phần việc, trong đó đã hoàn thành đúng hạn 05, đã hoàn thành quá hạn 02, đang thực hiện trong hạn 02; tỷ lệ hoàn thành 77,8%."),
			{Kind: report.TableBlock, Table: areas, Source: "results.tmpl"},
			heading("II- CÁC PHẦN VIỆC QUÁ HẠN CHƯA HOÀN THÀNH"),
			para("Tính đến ngày 30 tháng 9 năm 2021, còn 02 phần việc đã quá thời hạn nhưng chưa hoàn thành, cụ thể:"),
			{Kind: report.TableBlock, Table: overdue, Source: "overdue.tmpl"},
			heading("III- ĐÁNH GIÁ CHUNG"),
			para("Các cấp ủy, tổ chức đảng đã tập trung lãnh đạo, chỉ đạo; một số đề án còn chậm do ảnh hưởng của dịch COVID-19 & thiếu số liệu <điều tra> \"lao động\"."),
			para("Trên đây là báo cáo tiến độ thực hiện Chương trình hành động số 07-CTr/TU quý III-2021; danh sách đầy đủ các phần việc và tình hình thực hiện kèm theo tại Phụ lục."),
		},
		Signer:     report.Signer{Authority: "T/M BAN THƯỜNG VỤ", Position: "BÍ THƯ", Name: "Đỗ Thanh Bình"},
		Recipients: []string{"Ban Thường vụ Tỉnh ủy", "Các đồng chí Tỉnh ủy viên", "Các ban của Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"},
		Appendix: []report.Block{
			{Kind: report.CentreBold, Text: "PHỤ LỤC", Source: "appendix.tmpl"},
			{Kind: report.CentreBold, Text: "TÌNH HÌNH THỰC HIỆN CÁC PHẦN VIỆC CỦA CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU QUÝ III-2021", Source: "appendix.tmpl"},
			{Kind: report.CentreItalic, Text: "(Kèm theo Báo cáo số     -BC/TU, ngày 30-9-2021 của Ban Thường vụ Tỉnh ủy; số liệu tính đến ngày 30 tháng 9 năm 2021)", Source: "appendix.tmpl"},
			{Kind: report.TableBlock, Table: items, Source: "appendix.tmpl"},
		},
		Statuses: statuses,
	}
}
