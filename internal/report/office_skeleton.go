package report

import (
	"strings"

	"baocao/internal/progress"
)

// DifficultiesOf turns the review's recorded difficulties into the
// report's, worded for the drafter: the item's number, title and lead
// agency (the agency its form goes to), and the record's date.
func DifficultiesOf(rv *progress.Review) []Difficulty {
	if rv == nil {
		return nil
	}
	out := make([]Difficulty, 0, len(rv.Difficulties))
	for _, d := range rv.Difficulties {
		out = append(out, Difficulty{ItemID: d.Item.ID, Title: d.Item.Title, Lead: d.Item.Lead.Name, Date: d.Date.Dotted(), Text: d.Text})
	}
	return out
}

// OfficeFor says which report an office's file is for, in the words its
// guidance uses.
type OfficeFor struct {
	Programme    string // "Chương trình hành động số 07-CTr/TU"
	Quarter      string // "quý III-2021"
	NextQuarter  string // "quý IV-2021"
	Difficulties []Difficulty
}

// Skeleton is the office's file as a report first writes it: the headings
// ReadOffice knows, in the report's order, each with a comment saying what
// goes under it, and the agencies' difficulties of the quarter in a comment
// for the drafter. Comments never reach the report, so the skeleton itself
// reads as a file with nothing written.
func Skeleton(f OfficeFor) []byte {
	var b strings.Builder
	comment := func(lines ...string) {
		b.WriteString("<!--\n")
		for _, l := range lines {
			b.WriteString(commentSafe(l) + "\n")
		}
		b.WriteString("-->\n\n")
	}
	comment(
		"Phần Văn phòng tự viết trong báo cáo tiến độ thực hiện "+f.Programme+" "+f.Quarter+".",
		"baocao đọc tệp này mỗi lần lập báo cáo (baocao report) và đặt từng mục vào đúng phần của báo cáo:",
		"\"Đánh giá chung\" sau phần I (kết quả thực hiện); \"Phương hướng, nhiệm vụ quý tới\" và",
		"\"Kiến nghị, đề xuất\" là hai phần riêng sau phần III, trước đoạn kết.",
		"",
		"Cách viết:",
		"- viết dưới từng tiêu đề (dòng bắt đầu bằng #); giữ nguyên các tiêu đề;",
		"- các đoạn cách nhau một dòng trống; dòng bắt đầu bằng \"- \" là một ý gạch đầu dòng;",
		"- phần nằm trong khung ghi chú như khung này không đưa vào báo cáo, có thể để nguyên hoặc xóa;",
		"- mục để trống thì báo cáo ghi rõ cần viết vào tệp nào, mục nào.",
		"Lưu tệp dạng văn bản thuần (UTF-8), rồi chạy lại baocao report.",
	)
	if len(f.Difficulties) > 0 {
		lines := []string{
			"Khó khăn, vướng mắc, đề xuất các cơ quan nêu trong phiếu báo cáo " + f.Quarter + ",",
			"để tham khảo khi viết \"Hạn chế\", \"Nguyên nhân\" và \"Kiến nghị, đề xuất\":",
		}
		for _, g := range byAgency(f.Difficulties) {
			lead := g[0].Lead
			if lead == "" {
				lead = "Chưa xác định cơ quan chủ trì"
			}
			lines = append(lines, "", lead+":")
			for _, d := range g {
				lines = append(lines, "- "+d.ItemID+" "+d.Title+" (phiếu ngày "+d.Date+"): "+d.Text)
			}
		}
		comment(lines...)
	}
	guide := []string{
		"Nhận xét chung về tình hình thực hiện trong quý (có thể để trống nếu viết đủ ở ba mục dưới).",
		"Những kết quả nổi bật trong quý: phần việc quan trọng đã hoàn thành, văn bản đã ban hành, cách làm tốt.",
		"Những hạn chế: phần việc chậm, quá hạn, chất lượng chưa đạt; nêu cụ thể phần việc và cơ quan.",
		"Nguyên nhân của hạn chế: khách quan và chủ quan.",
		"Phương hướng, nhiệm vụ trọng tâm " + f.NextQuarter + ": phần việc đến hạn, việc cần đôn đốc.",
		"Kiến nghị, đề xuất với cấp trên, với các cơ quan (kinh phí, gia hạn, điều chỉnh phân công…).",
	}
	for i, h := range officeHeadings {
		b.WriteString(strings.Repeat("#", h.Level) + " " + h.Title + "\n\n")
		comment(guide[i])
	}
	return []byte(strings.TrimRight(b.String(), "\n") + "\n")
}

// commentSafe keeps a line from closing the comment it is in: an agency's
// "-->" would otherwise end it and put the rest of its words in the report.
func commentSafe(s string) string {
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "- -")
	}
	return strings.ReplaceAll(s, "\n", " ")
}

// byAgency groups difficulties by agency, in the order agencies first
// appear, keeping each agency's items in their order.
func byAgency(ds []Difficulty) [][]Difficulty {
	var groups [][]Difficulty
	at := map[string]int{}
	for _, d := range ds {
		i, ok := at[d.Lead]
		if !ok {
			i = len(groups)
			at[d.Lead] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], d)
	}
	return groups
}
