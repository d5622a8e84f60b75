package text

import (
	"strings"
	"testing"
)

// TestAlignedSqueezedLine: pdftotext squeezes a title's line under the
// lead column ("phát triển kinh tế tập thể, Huyện ủy", the lead "Văn phòng
// Huyện ủy" starting at "Huyện" on this line, two columns left on the line
// above), and no cut through the row keeps "thể," in the title. On that
// line the cut moves on to the word in capitals. A lower-case word that
// starts where the lead starts on another line ("tra" under "Ủy ban
// Kiểm") is the lead's own line and stays.
func TestAlignedSqueezedLine(t *testing.T) {
	text := strings.Join([]string{
		"TT   Nội dung                Cơ quan chủ trì   Thời gian",
		"",
		"1    Chương trình kiểm tra,  Ủy ban Kiểm       Hằng năm",
		"     giám sát chuyên đề 2023 tra Huyện ủy",
		"",
		"     Kết luận của Ban      Văn phòng           Quý IV/2022",
		"2    phát triển kinh tế tập thể, Huyện ủy",
		"     hợp tác xã",
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
			var cs []string
			for _, c := range r.Cells {
				cs = append(cs, c.Text())
			}
			got = append(got, strings.Join(cs, " | "))
		}
	}
	want := []string{
		"1 | Chương trình kiểm tra, giám sát chuyên đề 2023 | Ủy ban Kiểm tra Huyện ủy | Hằng năm",
		"2 | Kết luận của Ban phát triển kinh tế tập thể, hợp tác xã | Văn phòng Huyện ủy | Quý IV/2022",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
