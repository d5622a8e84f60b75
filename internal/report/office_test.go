package report

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"baocao/internal/golden"
	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/source"
)

// goodOffice is an office's file as a clerk would write it over the skeleton.
const goodOffice = `<!-- Ghi chú của Văn phòng: không đưa vào báo cáo. -->

# Đánh giá chung

Nhìn chung, các cơ quan đã triển khai
đúng tinh thần Chương trình.

## Kết quả nổi bật

- Ban hành Đề án số 05-ĐA/TU ngày 15-6-2021.
- Hoàn thành sơ kết Chỉ thị số 05-CT/TW
  đúng thời hạn.

## Hạn chế
<!-- Nêu cụ thể phần việc và cơ quan. -->
Một số phần việc còn chậm so với thời hạn.

## Nguyên nhân

Dịch COVID-19 ảnh hưởng đến việc tổ chức hội nghị.

# Phương hướng, nhiệm vụ quý tới

Tập trung hoàn thành 05 phần việc đến hạn trong quý IV-2021.

# Kiến nghị, đề xuất

Đề nghị Ban Thường vụ Tỉnh ủy cho gia hạn phần việc 14.1.
`

var goodWant = OfficeText{
	Assessment:      []string{"Nhìn chung, các cơ quan đã triển khai đúng tinh thần Chương trình."},
	Highlights:      []string{"- Ban hành Đề án số 05-ĐA/TU ngày 15-6-2021.", "- Hoàn thành sơ kết Chỉ thị số 05-CT/TW đúng thời hạn."},
	Shortcomings:    []string{"Một số phần việc còn chậm so với thời hạn."},
	Causes:          []string{"Dịch COVID-19 ảnh hưởng đến việc tổ chức hội nghị."},
	Direction:       []string{"Tập trung hoàn thành 05 phần việc đến hạn trong quý IV-2021."},
	Recommendations: []string{"Đề nghị Ban Thường vụ Tỉnh ủy cho gia hạn phần việc 14.1."},
}

func TestReadOfficeGoodFile(t *testing.T) {
	got, diags := ReadOffice("q3.md", []byte(goodOffice))
	if len(diags) > 0 {
		t.Errorf("diagnostics on a good file: %v", diags)
	}
	if !reflect.DeepEqual(got, goodWant) {
		t.Errorf("got %#v\nwant %#v", got, goodWant)
	}
	if got.Empty() {
		t.Error("a written file reads as empty")
	}
}

// The same text saved by Notepad (BOM, CR LF), by a Mac (decomposed
// accents, lone CR) or as UTF-16 reads the same.
func TestReadOfficeEncodingsAndLineEnds(t *testing.T) {
	utf16 := func(s string, bom bool) []byte {
		var b []byte
		if bom {
			b = append(b, 0xFF, 0xFE)
		}
		for _, r := range s {
			if r > 0xFFFF {
				t.Fatal("test text outside the BMP")
			}
			b = append(b, byte(r), byte(r>>8))
		}
		return b
	}
	for name, data := range map[string][]byte{
		"crlf":     []byte(strings.ReplaceAll(goodOffice, "\n", "\r\n")),
		"bom+crlf": append([]byte{0xEF, 0xBB, 0xBF}, strings.ReplaceAll(goodOffice, "\n", "\r\n")...),
		"cr":       []byte(strings.ReplaceAll(goodOffice, "\n", "\r")),
		"nfd":      []byte(norm.NFD.String(goodOffice)),
		"utf-16le": utf16(goodOffice, true),
	} {
		got, diags := ReadOffice(name, data)
		if len(diags) > 0 {
			t.Errorf("%s: diagnostics %v", name, diags)
		}
		if !reflect.DeepEqual(got, goodWant) {
			t.Errorf("%s: got %#v", name, got)
		}
	}
}

// A file saved in the legacy Windows-1258 encoding is read, with the
// decoder's warning naming the file.
func TestReadOfficeLegacyEncoding(t *testing.T) {
	data := encode1258(t, goodOffice)
	got, diags := ReadOffice("q3.md", data)
	if !reflect.DeepEqual(got, goodWant) {
		t.Errorf("got %#v", got)
	}
	if len(diags) != 1 || diags[0].Code != "legacy-encoding" || diags[0].Pos.File != "q3.md" {
		t.Errorf("diagnostics %v, want one legacy-encoding warning on q3.md", diags)
	}
}

// encode1258 writes s in Windows-1258: letters with a circumflex, breve or
// horn are precomposed there, tone marks are combining characters.
func encode1258(t testing.TB, s string) []byte {
	t.Helper()
	enc := charmap.Windows1258.NewEncoder()
	var out []byte
	for _, r := range s {
		if b, err := enc.Bytes([]byte(string(r))); err == nil {
			out = append(out, b...)
			continue
		}
		var base, tones []rune
		for _, m := range norm.NFD.String(string(r)) {
			switch m {
			case 0x300, 0x301, 0x303, 0x309, 0x323:
				tones = append(tones, m)
			default:
				base = append(base, m)
			}
		}
		b, err := enc.Bytes([]byte(norm.NFC.String(string(base)) + string(tones)))
		if err != nil {
			t.Fatalf("%q: %v", r, err)
		}
		out = append(out, b...)
	}
	return out
}

// Offices number and word their headings in many ways; each still finds
// its section, and the level of the heading does not matter.
func TestReadOfficeLenientHeadings(t *testing.T) {
	for heading, want := range map[string]int{
		"# I. ĐÁNH GIÁ CHUNG":                      0,
		"## 1. Những kết quả nổi bật:":             1,
		"### a) Ưu điểm":                           1,
		"## 2- Tồn tại, hạn chế":                   2,
		"## Hạn chế, yếu kém ##":                   2,
		"## 3) Nguyên nhân của hạn chế":            3,
		"# IV- PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV-2021": 4,
		"# Nhiệm vụ trọng tâm quý tới":             4,
		"#   V.   Kiến nghị, đề xuất":              5,
		"# Đề xuất":                                5,
		"# Kien nghi, de xuat":                     5,
		"# " + norm.NFD.String("Nguyên nhân"):      3,
	} {
		text := heading + "\n\nĐoạn văn.\n"
		got, diags := ReadOffice("x.md", []byte(text))
		if len(diags) > 0 {
			t.Errorf("%q: %v", heading, diags)
		}
		for i, s := range got.sections() {
			if n := len(*s); (i == want) != (n == 1) {
				t.Errorf("%q: section %d has %d paragraphs, want the text in section %d", heading, i, n, want)
			}
		}
	}
}

// Text the report cannot place is left out, each time with a warning that
// names the file and line.
func TestReadOfficeWarnsWhatItLeavesOut(t *testing.T) {
	text := "Lời mở đầu không có tiêu đề.\n\n" + // line 1
		"# Hạn chế\n\nChậm tiến độ.\n\n" + // 3, 5
		"# Tình hình khác\n\nVăn bản lạc chỗ.\n\n" + // 7, 9
		"# Hạn chế\n\nThêm một đoạn.\n\n" + // 11, 13
		"#\n\nKhông tiêu đề.\n\n" + // 15, 17
		"# Nguyên nhân\n\nDo dịch bệnh. <!-- ghi chú không đóng\n# Kiến nghị\nĐề nghị.\n" // 19, 21
	got, diags := ReadOffice("q.md", []byte(text))
	want := OfficeText{Shortcomings: []string{"Chậm tiến độ.", "Thêm một đoạn."}, Causes: []string{"Do dịch bệnh."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v", got)
	}
	var lines []string
	for _, d := range diags {
		lines = append(lines, d.Pos.String()+" "+d.Code)
		if d.Severity != source.Warning {
			t.Errorf("%v: want a warning", d)
		}
	}
	wantLines := []string{
		"q.md:1:1 office-text-before-heading",
		"q.md:7:1 office-unknown-heading",
		"q.md:11:1 office-repeated-heading",
		"q.md:15:1 office-unknown-heading",
		"q.md:21 office-unclosed-comment",
	}
	if !reflect.DeepEqual(lines, wantLines) {
		t.Errorf("diagnostics:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(wantLines, "\n"))
	}
	if msg := diags[1].Message; !strings.Contains(msg, `"Tình hình khác"`) || !strings.Contains(msg, "## Hạn chế") {
		t.Errorf("the unknown heading's message names neither it nor the known ones: %s", msg)
	}
}

// Comments vanish wherever they are: whole lines, across lines, inside a
// line; headings inside a comment are no headings. A comment-only line
// ends a paragraph as a blank line does.
func TestReadOfficeComments(t *testing.T) {
	text := "<!--\n# Hạn chế\nđã bỏ\n-->\n# Nguyên nhân\nMột <!-- chú thích --> hai.\n<!-- giữa -->\nBa <!-- mở\nvẫn trong chú thích\n--> bốn.\n"
	got, diags := ReadOffice("c.md", []byte(text))
	if len(diags) > 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	want := OfficeText{Causes: []string{"Một hai.", "Ba", "bốn."}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v, want %#v", got, want)
	}
}

// Lines that would read as markup stay text when escaped; rules and
// control characters leave nothing behind; numbered lines start paragraphs.
func TestReadOfficeEscapesAndLists(t *testing.T) {
	text := "# Kiến nghị\n\\# 5 là số phần việc.\n\n* một\n+ hai\n• ba\n---\n1. Thứ nhất\n2. Thứ hai\ntiếp theo\x0cdòng\n"
	got, diags := ReadOffice("e.md", []byte(text))
	if len(diags) > 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	want := []string{"# 5 là số phần việc.", "- một", "- hai", "- ba", "1. Thứ nhất", "2. Thứ hai tiếp theo dòng"}
	if !reflect.DeepEqual(got.Recommendations, want) {
		t.Errorf("got %q\nwant %q", got.Recommendations, want)
	}
}

// An empty file, or one of blank lines and comments, is a file with
// nothing written; bytes that are no text are an error naming the file.
func TestReadOfficeEmptyAndBinary(t *testing.T) {
	for _, data := range []string{"", "\n\n  \n", "\xEF\xBB\xBF", "<!-- chưa viết -->\n"} {
		got, diags := ReadOffice("e.md", []byte(data))
		if !got.Empty() || len(diags) > 0 {
			t.Errorf("%q: %#v %v", data, got, diags)
		}
	}
	got, diags := ReadOffice("b.md", []byte("\x00\x01\x02PK\x03\x04binary"))
	if !got.Empty() || len(diags) != 1 || diags[0].Severity != source.Error || diags[0].Pos.File != "b.md" {
		t.Errorf("binary: %#v %v", got, diags)
	}
	if !strings.Contains(diags[0].Message, "expected the office's text") {
		t.Errorf("binary: the message does not say what was expected: %s", diags[0].Message)
	}
}

// The skeleton is read as a file with nothing written and no warnings, and
// holds every heading, so a clerk writing under them fills every part.
func TestSkeletonReadsEmpty(t *testing.T) {
	sk := Skeleton(skeletonFor())
	got, diags := ReadOffice("sk.md", sk)
	if !got.Empty() || len(diags) > 0 {
		t.Errorf("skeleton reads %#v %v", got, diags)
	}
	golden.Check(t, "office-skeleton.md", sk)
	// Writing under each heading fills each section.
	filled := strings.ReplaceAll(string(sk), "-->\n\n#", "-->\n\nViết.\n\n#")
	filled += "\nViết.\n"
	got, _ = ReadOffice("sk.md", []byte(filled))
	for i, s := range got.sections() {
		if len(*s) != 1 {
			t.Errorf("section %d (%s): %q", i, officeHeadings[i].Title, *s)
		}
	}
}

// An agency's "-->" cannot close the difficulties' comment and leak its
// words into the report.
func TestSkeletonKeepsDifficultiesInTheComment(t *testing.T) {
	f := skeletonFor()
	f.Difficulties = append(f.Difficulties, Difficulty{ItemID: "09.1", Title: "Kế hoạch", Date: "01-8-2021", Text: "xem --> # Kiến nghị\nlộ ra"})
	got, diags := ReadOffice("sk.md", Skeleton(f))
	if !got.Empty() || len(diags) > 0 {
		t.Errorf("skeleton reads %#v %v", got, diags)
	}
	if !strings.Contains(string(Skeleton(f)), "Chưa xác định cơ quan chủ trì:") {
		t.Error("a difficulty without agency is not listed under a heading of its own")
	}
}

func skeletonFor() OfficeFor {
	return OfficeFor{
		Programme: "Chương trình hành động số 07-CTr/TU", Quarter: "quý III-2021", NextQuarter: "quý IV-2021",
		Difficulties: []Difficulty{
			{ItemID: "04.2", Title: "Sơ kết Chỉ thị số 05-CT/TW", Lead: "Ban Tuyên giáo Tỉnh ủy", Date: "15-9-2021", Text: "Chưa tổ chức được hội nghị do dịch bệnh."},
			{ItemID: "14.1", Title: "Đề án phát triển kinh tế biển", Lead: "Ban cán sự đảng UBND tỉnh", Date: "02-7-2021", Text: "Chưa bố trí được kinh phí; đề xuất bổ sung dự toán 2022."},
			{ItemID: "05.1", Title: "Kế hoạch tuyên truyền", Lead: "Ban Tuyên giáo Tỉnh ủy", Date: "20-9-2021", Text: "Đề nghị gia hạn đến quý IV-2021."},
		},
	}
}

// The drafter's list comes from the review: the agency is the item's lead,
// the date the record's.
func TestDifficultiesOf(t *testing.T) {
	w := program.WorkItem{ID: "04.2", Title: "Sơ kết", Lead: program.Agency{Name: "Ban Tuyên giáo Tỉnh ủy"}}
	rv := &progress.Review{Difficulties: []progress.Difficulty{{Item: w, Date: program.Date{Year: 2021, Month: 9, Day: 5}, Text: "Thiếu kinh phí"}}}
	want := []Difficulty{{ItemID: "04.2", Title: "Sơ kết", Lead: "Ban Tuyên giáo Tỉnh ủy", Date: "05-9-2021", Text: "Thiếu kinh phí"}}
	if got := DifficultiesOf(rv); !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v", got)
	}
	if DifficultiesOf(nil) != nil {
		t.Error("nil review")
	}
}

// FuzzReadOffice: any bytes give text or diagnostics, never a panic; every
// diagnostic points inside the file and every paragraph is one line of
// valid text.
func FuzzReadOffice(f *testing.F) {
	f.Add([]byte(goodOffice))
	f.Add(Skeleton(skeletonFor()))
	f.Add([]byte("# Hạn chế\n<!-- <!-- --> -->\n\\\n\\#\n- \n#\n## \n"))
	f.Add(encode1258(f, goodOffice))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, diags := ReadOffice("f.md", data)
		lines := strings.Count(string(data), "\n") + strings.Count(string(data), "\r") + 1
		for _, d := range diags {
			if d.Pos.File != "f.md" || d.Pos.Line < 0 || d.Pos.Line > lines {
				t.Errorf("diagnostic outside the file: %v", d)
			}
		}
		for _, s := range got.sections() {
			for _, p := range *s {
				if p == "" || strings.ContainsAny(p, "\n\r") || !utf8.ValidString(p) {
					t.Errorf("paragraph %q", p)
				}
			}
		}
	})
}

// The titles messages name are the skeleton's headings, and each reads
// back as its own section.
func TestOfficeHeadingTitles(t *testing.T) {
	sk := string(Skeleton(skeletonFor()))
	for i, title := range OfficeHeadingTitles() {
		if !strings.Contains(sk, "# "+title+"\n") {
			t.Errorf("the skeleton lacks the heading %q", title)
		}
		if got := section(title); got != i {
			t.Errorf("%q reads as section %d, want %d", title, got, i)
		}
	}
	if section("Hạn chế2") != -1 || section("") != -1 {
		t.Error("a longer word or nothing matched a heading")
	}
}
