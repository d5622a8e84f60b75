package text

import (
	"strings"
	"testing"
)

// TestAlignedJoinedDash: pdftotext ends a lead's line with the dash that
// joins it to the next ("Sở Lao động -" / "Thương binh"), one space before
// the coordinators, where the cut puts it in their cell. It goes back to
// the lead; a list of coordinators each after "- " keeps its dashes.
func TestAlignedJoinedDash(t *testing.T) {
	text := strings.Join([]string{
		"TT   Nội dung               Cơ quan chủ trì  Cơ quan phối hợp    Thời hạn",
		"",
		"     Xây dựng Kế hoạch           Sở Lao động - Sở Du lịch; UBND",
		"1    bồi dưỡng kỹ năng           Thương binh các huyện, thị xã   Năm 2023",
		"                                 và Xã hội     thành phố",
		"",
		"2    Kế hoạch kiểm tra           Sở Du lịch  - Sở Tài chính;     Quý IV/2022",
		"                                 tỉnh        - Sở Tư pháp",
	}, "\n")
	doc, _, err := Read("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range doc.Blocks {
		if b.Table == nil {
			continue
		}
		for _, r := range b.Table.Rows[1:] {
			got = append(got, r.Cells[2].Text()+" | "+r.Cells[3].Text())
		}
	}
	want := []string{
		"Sở Lao động - Thương binh và Xã hội | Sở Du lịch; UBND các huyện, thị xã thành phố",
		"Sở Du lịch tỉnh | - Sở Tài chính; - Sở Tư pháp",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("lead | coordinators:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
