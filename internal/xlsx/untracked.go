package xlsx

import "baocao/internal/progress"

// untrackedNote is what a report workbook's captions add when the programme
// has no progress ledger yet, so counts from the deadlines alone are not
// read as reported progress.
func untrackedNote(r *progress.Review) string {
	if r.Untracked {
		return "; chưa có số liệu theo dõi"
	}
	return ""
}
