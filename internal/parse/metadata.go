package parse

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"baocao/internal/program"
)

var (
	reNumber3   = regexp.MustCompile(`(\d+)-([A-Za-zĐđ]+)/([A-ZĐ][A-Za-zĐđ]*)`)
	reNumberHdr = regexp.MustCompile(`(?i)^số\s*:?\s*(\d+-[A-Za-zĐđ]+/[A-ZĐ][A-Za-zĐđ]*)`)
	reDateLong  = regexp.MustCompile(`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	reDateShort = regexp.MustCompile(`ngày\s+(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})`)
	reIssuer    = regexp.MustCompile(`\d{4}\s+của\s+(.+?)(?:\s+(?:thực hiện|về|ban hành|triển khai)\s|\)|$)`)
	reCongress  = regexp.MustCompile(`lần thứ\s+([IVXLC]+)`)
	reTerm      = regexp.MustCompile(`nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})`)
)

// typeNames maps the type code of a number to the document type.
var typeNames = map[string]string{
	"CTr": "Chương trình hành động", "KH": "Kế hoạch", "NQ": "Nghị quyết", "CT": "Chỉ thị",
	"QĐ": "Quyết định", "QC": "Quy chế", "ĐA": "Đề án", "KL": "Kết luận",
}

// issuerNames maps the issuer code of a number to the issuing body.
var issuerNames = map[string]string{
	"TU": "Tỉnh ủy", "HU": "Huyện ủy", "ThU": "Thành ủy", "TxU": "Thị ủy", "ĐU": "Đảng ủy", "TW": "Trung ương",
	"BCSĐ": "Ban cán sự đảng", "ĐĐ": "Đảng đoàn",
}

// titleTypeWords begin the title line of a programme-like document.
var titleTypeWords = []string{"CHƯƠNG TRÌNH", "KẾ HOẠCH", "NGHỊ QUYẾT", "ĐỀ ÁN", "CHỈ THỊ", "QUY ĐỊNH"}

// metadata reads the number, date, issuer, type, title, congress and term.
// A header block ("Số 12-CTr/HU", "…, ngày 15 tháng 3 năm 2022") wins;
// otherwise they come from the annex caption ("kèm theo Chương trình hành
// động số 07-CTr/TU, ngày 02-4-2021 của Tỉnh ủy …").
func (ps *parser) metadata() {
	p := ps.prog
	titleAt := -1
	for i, q := range ps.front {
		t := q.text
		if m := reNumberHdr.FindStringSubmatch(strings.TrimSpace(t)); m != nil && p.Number == "" {
			p.Number = m[1]
		} else if p.Number == "" && strings.Contains(lowerSame(t), "số ") && len(t) < 120 {
			if m := reNumber3.FindString(t); m != "" && strings.HasPrefix(lowerSame(strings.TrimSpace(t)), "số") {
				p.Number = m
			}
		}
		if m := reDateLong.FindStringSubmatch(lowerSame(t)); m != nil && p.Date.IsZero() && len(t) < 120 {
			p.Date = ps.date(m[1], m[2], m[3], q.line)
		}
		if titleAt < 0 && isUpperText(t) {
			for _, w := range titleTypeWords {
				if strings.HasPrefix(t, w) {
					titleAt = i
				}
			}
		}
	}
	caption := p.Annex.Caption
	if m := reNumber3.FindString(caption); m != "" && p.Number != "" && m != p.Number {
		ps.warn(p.Annex.Line, "number-mismatch", "the annex caption cites programme %s but the header says %s: the header is used", m, p.Number)
	}
	if p.Number == "" {
		if m := reNumber3.FindString(caption); m != "" {
			p.Number = m
		}
	}
	if p.Date.IsZero() {
		if m := reDateShort.FindStringSubmatch(lowerSame(caption)); m != nil {
			p.Date = ps.date(m[1], m[2], m[3], p.Annex.Line)
		} else if m := reDateLong.FindStringSubmatch(lowerSame(caption)); m != nil {
			p.Date = ps.date(m[1], m[2], m[3], p.Annex.Line)
		}
	}
	if m := reNumber3.FindStringSubmatch(p.Number); m != nil {
		p.TypeCode, p.IssuerCode = m[2], m[3]
	}
	p.Type = typeNames[p.TypeCode]
	if m := reIssuer.FindStringSubmatch(caption); m != nil {
		p.Issuer = strings.TrimSpace(m[1])
	}
	if p.Issuer == "" {
		p.Issuer = issuerNames[p.IssuerCode]
	}
	line := 1
	if len(ps.front) > 0 {
		line = ps.front[0].line
	}
	if p.Number == "" {
		ps.warn(line, "no-number", "no programme number found: expected \"Số 07-CTr/TU\" in the header or \"số 07-CTr/TU\" in the annex caption")
	}
	if p.Date.IsZero() {
		ps.warn(line, "no-date", "no programme date found: expected \"ngày 02 tháng 4 năm 2021\" in the header or \"ngày 02-4-2021\" in the annex caption")
	}
	if titleAt >= 0 {
		ps.title(titleAt)
	} else if len(ps.front) > 0 || len(p.Parts) > 0 {
		ps.warn(line, "no-title", "no title found: expected an upper-case line starting with CHƯƠNG TRÌNH, KẾ HOẠCH or NGHỊ QUYẾT before part I")
	}
	if p.Type == "" && len(p.Title) > 0 {
		p.Type = sentenceCase(p.Title[0])
	}
	all := strings.Join(p.Title, " ") + " " + caption
	if m := reCongress.FindStringSubmatch(all); m != nil {
		p.Congress = m[1]
	}
	if m := reTerm.FindStringSubmatch(all); m != nil {
		p.Term = m[1] + "-" + m[2]
	}
}

// title reads the title lines (consecutive lines from the type line) and,
// from them, the adopting body and the subject.
func (ps *parser) title(at int) {
	p := ps.prog
	lines := []para{ps.front[at]}
	for i := at + 1; i < len(ps.front) && ps.front[i].line == lines[len(lines)-1].line+1; i++ {
		lines = append(lines, ps.front[i])
	}
	var subject []string
	for _, l := range lines {
		p.Title = append(p.Title, l.text)
		if isUpperText(l.text) {
			if strings.HasPrefix(l.text, "CỦA ") {
				p.Body = ps.bodyName(strings.TrimPrefix(l.text, "CỦA "), at+len(lines))
			}
			continue
		}
		subject = append(subject, l.text)
	}
	p.Subject = strings.Join(subject, " ")
}

// bodyName finds the upper-case name from the title ("BAN CHẤP HÀNH ĐẢNG
// BỘ TỈNH") written in normal case in the preamble ("Ban Chấp hành Đảng bộ
// tỉnh"), since only the document knows which words are capitalised.
func (ps *parser) bodyName(upper string, from int) string {
	want := lowerSame(upper)
	for _, q := range ps.front[from:] {
		if i := strings.Index(lowerSame(q.text), want); i >= 0 {
			return q.text[i : i+len(want)]
		}
	}
	return sentenceCase(upper)
}

// sentenceCase turns "CHƯƠNG TRÌNH HÀNH ĐỘNG" into "Chương trình hành động".
func sentenceCase(s string) string { return upperFirst(lowerSame(s)) }

func (ps *parser) date(d, m, y string, line int) program.Date {
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	dt := program.Date{Year: yy, Month: time.Month(mm), Day: dd}
	if !dt.Valid() {
		ps.errorf(line, "bad-date", "the programme date %s-%s-%s is not a date in the calendar", d, m, y)
		return program.Date{}
	}
	return dt
}
