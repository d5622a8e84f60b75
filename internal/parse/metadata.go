package parse

import (
	"strconv"
	"strings"
	"time"

	"baocao/internal/lazyre"
	"baocao/internal/program"
	"baocao/internal/vocab"
)

var (
	reDateLong  = lazyre.New(`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	reDateShort = lazyre.New(`ngày\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})`)
	reIssuer    = lazyre.New(`\d{4}\s+của\s+(.+?)(?:\s+(?:thực hiện|về|ban hành|triển khai)\s|\)|$)`)
	reCongress  = lazyre.New(`lần thứ\s+([IVXLC]+)`)
	reTerm      = lazyre.New(`nhiệm kỳ\s+(\d{4})\s*[-–]\s*(\d{4})`)
)

// metadata reads the number, date, issuer, type, title, congress and term.
// A header block wins: the number line ("Số 12-CTr/HU", "Số: 125/KH-UBND"),
// the place and date ("Rạch Giá, ngày 02 tháng 4 năm 2021", "…, ngày
// 15/3/2022"), the issuer's lines ("ỦY BAN NHÂN DÂN" / "TỈNH KIÊN GIANG",
// "HUYỆN ỦY CHÂU THÀNH"), in whatever order a side-by-side header's columns
// arrive (a line holding both columns, split at tabs, counts as its cells).
// Otherwise they come from the annex caption ("kèm theo Chương trình hành
// động số 07-CTr/TU, ngày 02-4-2021 của Tỉnh ủy …").
func (ps *parser) metadata() {
	p := ps.prog
	titleAt := -1
	var header []string // the lines above the title, cell by cell
	for i, q := range ps.front {
		if titleAt < 0 {
			if _, _, ok := vocab.DocType(q.text); ok {
				titleAt = i
			}
		}
		for _, t := range strings.Split(q.text, "\t") {
			t = strings.TrimSpace(t)
			if titleAt < 0 {
				header = append(header, t)
			}
			if n, ok := vocab.NumberLine(t); ok && p.Number == "" {
				p.Number, p.TypeCode, p.IssuerCode = n.Text, n.TypeCode, n.IssuerCode
			}
			if p.Date.IsZero() {
				if _, d, m, y, ok := vocab.PlaceDate(t); ok {
					p.Date = ps.dateOf(d, m, y, q.line)
				} else if m := reDateLong().FindStringSubmatch(vocab.Lower(t)); m != nil && len(t) < 120 {
					p.Date = ps.date(m[1], m[2], m[3], q.line)
				}
			}
		}
	}
	caption := p.Annex.Caption
	if n, ok := vocab.NumberIn(caption); ok && p.Number != "" && n.Text != p.Number {
		ps.warn(p.Annex.Line, "number-mismatch", "the annex caption cites programme %s but the header says %s: the header is used", n.Text, p.Number)
	}
	if p.Number == "" {
		if n, ok := vocab.NumberIn(caption); ok {
			p.Number, p.TypeCode, p.IssuerCode = n.Text, n.TypeCode, n.IssuerCode
		}
	}
	if p.Date.IsZero() {
		if m := reDateShort().FindStringSubmatch(vocab.Lower(caption)); m != nil {
			p.Date = ps.date(m[1], m[2], m[3], p.Annex.Line)
		} else if m := reDateLong().FindStringSubmatch(vocab.Lower(caption)); m != nil {
			p.Date = ps.date(m[1], m[2], m[3], p.Annex.Line)
		}
	}
	if m := reIssuer().FindStringSubmatch(caption); m != nil {
		p.Issuer = strings.TrimSpace(m[1])
	}
	if p.Issuer == "" {
		p.Issuer, _ = vocab.Issuer(header)
	}
	if p.Issuer == "" {
		p.Issuer = vocab.IssuerName(p.IssuerCode)
	}
	line := 1
	if len(ps.front) > 0 {
		line = ps.front[0].line
	}
	if p.Number == "" {
		ps.warn(line, "no-number", "no programme number found: expected \"Số 07-CTr/TU\" or \"Số: 125/KH-UBND\" in the header or \"số 07-CTr/TU\" in the annex caption")
	}
	if p.Date.IsZero() {
		ps.warn(line, "no-date", "no programme date found: expected \"ngày 02 tháng 4 năm 2021\" in the header or \"ngày 02-4-2021\" in the annex caption")
	}
	if titleAt >= 0 {
		ps.title(titleAt)
	} else if len(ps.front) > 0 || len(p.Parts) > 0 {
		ps.warn(line, "no-title", "no title found: expected an upper-case line starting with CHƯƠNG TRÌNH, KẾ HOẠCH, ĐỀ ÁN or NGHỊ QUYẾT before part I")
	}
	// The title names the type in full ("Chương trình hành động", where a
	// State "CTr" may be a plain "Chương trình"); the number's code is the
	// fallback.
	if len(p.Title) > 0 {
		if name, code, ok := vocab.DocType(p.Title[0]); ok {
			p.Type = name
			if p.TypeCode == "" {
				p.TypeCode = code
			}
		} else {
			p.Type = sentenceCase(p.Title[0])
		}
	}
	if p.Type == "" {
		p.Type = vocab.TypeName(p.TypeCode)
	}
	all := strings.Join(p.Title, " ") + " " + caption
	if m := reCongress().FindStringSubmatch(all); m != nil {
		p.Congress = m[1]
	}
	if m := reTerm().FindStringSubmatch(all); m != nil {
		p.Term = m[1] + "-" + m[2]
	}
}

// title reads the title lines from the type line on and, from them, the
// adopting body and the subject. The title goes on over consecutive lines,
// and past a blank line while it has no subject yet ("KẾ HOẠCH", blank,
// "Triển khai thực hiện …"); it stops at the preamble, a paragraph that
// ends a sentence or opens a list (". ", ":") or starts "Căn cứ", and at a
// rule line ("-----").
func (ps *parser) title(at int) {
	p := ps.prog
	lines := []para{ps.front[at]}
	subject := false
	for i := at + 1; i < len(ps.front); i++ {
		q := ps.front[i]
		t := strings.TrimSpace(q.text)
		if isRuleLine(t) {
			break
		}
		adjacent := q.line == lines[len(lines)-1].line+1
		if !adjacent && subject || preamble(t) {
			break
		}
		lines = append(lines, q)
		subject = subject || !vocab.IsUpperText(t)
	}
	var subj []string
	for _, l := range lines {
		p.Title = append(p.Title, l.text)
		if vocab.IsUpperText(l.text) {
			if strings.HasPrefix(l.text, "CỦA ") {
				p.Body = ps.bodyName(strings.TrimPrefix(l.text, "CỦA "), at+len(lines))
			}
			continue
		}
		subj = append(subj, l.text)
	}
	p.Subject = strings.Join(subj, " ")
}

// preamble reports a paragraph that begins the text after the title.
func preamble(t string) bool {
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ";") ||
		hasPrefixFold(t, "căn cứ") || len([]rune(t)) > 300
}

// isRuleLine reports a line of dashes, underscores or stars drawn under a title.
func isRuleLine(t string) bool {
	return t != "" && strings.Trim(t, "-_*=–— ") == ""
}

// bodyName finds the upper-case name from the title ("BAN CHẤP HÀNH ĐẢNG
// BỘ TỈNH") written in normal case in the preamble ("Ban Chấp hành Đảng bộ
// tỉnh"), since only the document knows which words are capitalised.
func (ps *parser) bodyName(upper string, from int) string {
	want := vocab.Lower(upper)
	for _, q := range ps.front[from:] {
		if i := strings.Index(vocab.Lower(q.text), want); i >= 0 {
			return q.text[i : i+len(want)]
		}
	}
	return sentenceCase(upper)
}

// sentenceCase turns "CHƯƠNG TRÌNH HÀNH ĐỘNG" into "Chương trình hành động".
func sentenceCase(s string) string { return upperFirst(vocab.Lower(s)) }

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

func (ps *parser) dateOf(d, m, y int, line int) program.Date {
	dt := program.Date{Year: y, Month: time.Month(m), Day: d}
	if !dt.Valid() {
		ps.errorf(line, "bad-date", "the programme date %d-%d-%d is not a date in the calendar", d, m, y)
		return program.Date{}
	}
	return dt
}
