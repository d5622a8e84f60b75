package i18n

// vietnameseOffice is the Vietnamese of what report says about the
// office's own text of a quarter (its assessment, direction and
// recommendations, kept beside the ledger), what report.ReadOffice says
// about that file, and the agencies' difficulties.
// A file of its own, as vi_messages.go is, so that it grows without
// rewriting the others; the same rules hold.
var vietnameseOffice = map[string]string{
	// The diagnostics of report.ReadOffice.
	"%v: expected the office's text, plain text with the headings of the report's parts":                    "%v: cần phần viết của Văn phòng, dạng văn bản thuần có các đề mục của báo cáo",
	"the comment opened here is never closed with -->: everything after it is left out of the report":       "ghi chú mở ở đây không được đóng bằng -->: toàn bộ nội dung phía sau bị bỏ ra khỏi báo cáo",
	"text before the first heading is left out of the report: write it under one of the headings %s":        "phần viết trước đề mục đầu tiên không được đưa vào báo cáo: hãy viết dưới một trong các đề mục %s",
	"heading %q is not one of %s: the text under it is left out of the report until the next known heading": "đề mục %q không phải là một trong các đề mục %s: phần viết dưới nó không được đưa vào báo cáo cho đến đề mục đúng tiếp theo",
	"heading %q repeats the one on line %d: its text follows the earlier one's in the report":               "đề mục %q lặp lại đề mục ở dòng %d: phần viết dưới nó được đặt tiếp sau phần viết của đề mục trước trong báo cáo",
	"office's text":                    "phần viết của Văn phòng",
	"the office's text":                "phần viết của Văn phòng",
	"cannot read the office's text %v": "không đọc được phần viết của Văn phòng: %v",
	"cannot read the office's text %s": "không đọc được phần viết của Văn phòng: %s",
	"%s has nothing written yet: the report says under each heading where to write it": "%s chưa có nội dung: dưới mỗi đề mục, báo cáo ghi rõ cần viết vào đâu",
	"%s: nothing written under %s yet: the report says where to write it":              "%s: chưa viết mục %s: báo cáo ghi rõ cần viết vào đâu",
	"wrote %s: the office's own text for %s (Đánh giá chung, Phương hướng, nhiệm vụ quý tới, Kiến nghị, đề xuất); write it under the headings there and run baocao report again":                                                                       "đã ghi %s: phần Văn phòng tự viết cho báo cáo %s (Đánh giá chung, Phương hướng, nhiệm vụ quý tới, Kiến nghị, đề xuất); hãy viết dưới các đề mục trong tệp rồi chạy lại baocao report",
	"the office's own text (assessment, direction, recommendations) is kept beside the ledger, and %s has none on disk: the report leaves those parts for the office to write. Make a workspace (baocao init --sample) or name a ledger with --ledger": "phần Văn phòng tự viết (đánh giá, phương hướng, kiến nghị) được lưu cạnh sổ theo dõi, mà %s không có sổ theo dõi trên đĩa: báo cáo để trống các phần đó cho Văn phòng viết. Hãy tạo thư mục làm việc (baocao init --sample) hoặc chỉ ra sổ theo dõi bằng --ledger",
	"%d difficulty(ies) (khó khăn, vướng mắc, đề xuất) recorded by the agencies for %s, for the office's assessment in %s:":                                                                                                                            "%d ý kiến khó khăn, vướng mắc, đề xuất các cơ quan ghi trong phiếu %s, để Văn phòng tham khảo khi viết đánh giá trong %s:",
}
