package report

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"baocao/internal/source"
)

// OfficeText is what the office writes itself for a quarter's report: its
// assessment, the next quarter's direction and its recommendations, as
// paragraphs of plain text in the order written. A bullet ("- …") is a
// paragraph of its own and keeps its "- ".
type OfficeText struct {
	Assessment      []string // under "Đánh giá chung", before its sub-headings
	Highlights      []string // Kết quả nổi bật
	Shortcomings    []string // Hạn chế
	Causes          []string // Nguyên nhân
	Direction       []string // Phương hướng, nhiệm vụ quý tới
	Recommendations []string // Kiến nghị, đề xuất
}

// OfficeData is the office's text as the wording templates see it
// (.Office): the sections' paragraphs (.Office.Highlights, …), the file they
// come from and whether anything is written. Templates write each paragraph
// with {{plain .}}, so that the office's words are never read as markup.
type OfficeData struct {
	OfficeText
	Path    string // the file as the report names it ("theo-doi/07-CTr-TU-2021.2021-Q3.md"); "" when there is none
	Written bool   // the file exists and at least one section has text
}

// Empty reports whether no section has text.
func (o OfficeText) Empty() bool {
	for _, s := range o.sections() {
		if len(*s) > 0 {
			return false
		}
	}
	return true
}

// sections are the section fields in officeHeadings order.
func (o *OfficeText) sections() []*[]string {
	return []*[]string{&o.Assessment, &o.Highlights, &o.Shortcomings, &o.Causes, &o.Direction, &o.Recommendations}
}

// officeHeading is one heading of the office's file: the words the
// skeleton writes, and the beginnings of other wordings offices use for the
// same part ("Ưu điểm" for "Kết quả nổi bật", "Tồn tại, hạn chế").
type officeHeading struct {
	Title   string   // as the skeleton writes it
	Level   int      // 1 for "#", 2 for "##"
	Aliases []string // lower-case beginnings that name the same section
}

// officeHeadings are the sections of OfficeText, in the same order.
var officeHeadings = []officeHeading{
	{"Đánh giá chung", 1, []string{"đánh giá chung", "đánh giá"}},
	{"Kết quả nổi bật", 2, []string{"kết quả nổi bật", "kết quả đạt được", "ưu điểm", "mặt được"}},
	{"Hạn chế", 2, []string{"hạn chế", "tồn tại", "khuyết điểm", "yếu kém"}},
	{"Nguyên nhân", 2, []string{"nguyên nhân"}},
	{"Phương hướng, nhiệm vụ quý tới", 1, []string{"phương hướng", "nhiệm vụ"}},
	{"Kiến nghị, đề xuất", 1, []string{"kiến nghị", "đề xuất"}},
}

// OfficeHeadingTitles are the headings of the office's file as the
// skeleton writes them, for messages that name them.
func OfficeHeadingTitles() []string {
	out := make([]string, len(officeHeadings))
	for i, h := range officeHeadings {
		out[i] = h.Title
	}
	return out
}

// numbering is a heading's own numbering: "1.", "I-", "II -", "a)", "2.1.".
var numbering = regexp.MustCompile(`^(?:[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)\-–:]\s*`)

// headingLine is an ATX heading: one to six "#", then a space or nothing.
var headingLine = regexp.MustCompile(`^(#{1,6})(?:[ \t]+(.*?))?[ \t]*#*[ \t]*$`)

// rule is a horizontal rule or a heading's underline ("---", "==="): no text.
var rule = regexp.MustCompile(`^(?:[-*_=]\s*){3,}$`)

// isEscaped reports a line starting with a backslash before punctuation
// ("\# 5 …", "\- 3"): the line is text, without the backslash, as in Markdown.
func isEscaped(l string) bool {
	return len(l) > 1 && l[0] == '\\' && l[1] < utf8.RuneSelf && (unicode.IsPunct(rune(l[1])) || unicode.IsSymbol(rune(l[1])))
}

// bullet is a list item's marker; the item becomes a paragraph "- text".
var bullet = regexp.MustCompile(`^[-*+•–]\s+`)

// numbered is an ordered list item: it starts a paragraph and keeps its number.
var numbered = regexp.MustCompile(`^(?:\d+|[a-zđ])[.)]\s+`)

// section finds the section a heading names: lenient about case, accents
// written decomposed, a leading number, "Những"/"Các" and the punctuation
// after it; as a last resort it compares the words without accents, since
// a heading typed without them is still recognisable. -1 when none.
func section(heading string) int {
	h := headingKey(heading)
	if i := matchHeading(h, func(s string) string { return s }); i >= 0 {
		return i
	}
	return matchHeading(stripAccents(h), stripAccents)
}

func matchHeading(h string, fold func(string) string) int {
	for i, oh := range officeHeadings {
		for _, a := range oh.Aliases {
			a = fold(a)
			if h == a || (strings.HasPrefix(h, a) && !isLetter(h[len(a):])) {
				return i
			}
		}
	}
	return -1
}

// isLetter reports whether s starts with a letter or digit (a longer word,
// not the end of the alias).
func isLetter(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// headingKey is a heading reduced for matching: NFC, lower case, single
// spaces, without its numbering, "những"/"các" and trailing punctuation.
func headingKey(s string) string {
	s = strings.ToLower(norm.NFC.String(s))
	s = strings.Join(strings.Fields(s), " ")
	s = numbering.ReplaceAllString(s, "")
	for _, w := range []string{"những ", "các "} {
		s = strings.TrimPrefix(s, w)
	}
	return strings.TrimRight(s, " .:;,")
}

// stripAccents drops the Vietnamese diacritics ("đánh giá" → "danh gia").
func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'đ':
			b.WriteRune('d')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ReadOffice reads the office's own text for a quarter (see
// Skeleton for the file a report starts it with). The file is plain text
// with Markdown headings: "# Đánh giá chung" with "## Kết quả nổi bật",
// "## Hạn chế", "## Nguyên nhân"; "# Phương hướng, nhiệm vụ quý tới"; "#
// Kiến nghị, đề xuất". Paragraphs are separated by blank lines, the lines of
// one are joined; a line starting with "- " (or "* ", "+ ", "• ") is a
// paragraph of its own. "<!-- … -->" is a comment, left out even across
// lines. A leading backslash keeps a line that would read as a heading or
// bullet as text ("\# 5 …").
//
// Headings are recognised by their words, whatever their level, case,
// numbering ("1. Hạn chế") or accents. Text under a heading it does not
// know, or before the first heading, is left out with a warning naming
// the line; the encodings source.Decode reads are read, legacy ones with
// its warning. Bytes that are not text give an error and no text.
func ReadOffice(name string, data []byte) (OfficeText, source.Diagnostics) {
	var o OfficeText
	t, diags, err := source.Decode(name, data)
	if err != nil {
		if errors.Is(err, source.ErrEmpty) {
			return o, diags // an empty file is a file with nothing written yet
		}
		diags.Add(source.Pos{File: name}, source.Error, "office-unreadable",
			"%v: expected the office's text, plain text with the headings of the report's parts", strings.TrimPrefix(err.Error(), name+": "))
		return o, diags
	}
	r := officeReader{name: name, text: &o, cur: -1, diags: &diags}
	for i, line := range t.Lines {
		r.line(i+1, line)
	}
	if r.inComment {
		diags.Add(source.Pos{File: name, Line: r.commentLine}, source.Warning, "office-unclosed-comment",
			"the comment opened here is never closed with -->: everything after it is left out of the report")
	}
	r.flush()
	return o, diags
}

// officeReader is ReadOffice's state from one line to the next.
type officeReader struct {
	name        string
	text        *OfficeText
	diags       *source.Diagnostics
	cur         int      // the section being read; -1 before the first heading, -2 under an unknown one
	para        []string // the lines of the paragraph being read
	inComment   bool
	commentLine int // where the open comment started
	seen        [6]int
	warnedLead  bool
}

// line reads one line of the file.
func (r *officeReader) line(n int, raw string) {
	// A line that only held a comment ends a paragraph, as a blank line does.
	l := strings.TrimSpace(cleanControls(r.uncomment(n, raw)))
	if l == "" || rule.MatchString(l) {
		r.flush()
		return
	}
	if m := headingLine.FindStringSubmatch(l); m != nil {
		r.heading(n, strings.TrimSpace(m[2]))
		return
	}
	if isEscaped(l) {
		l = l[1:]
	} else if m := bullet.FindString(l); m != "" {
		r.flush()
		l = "- " + l[len(m):]
	} else if numbered.MatchString(l) {
		r.flush()
	}
	switch r.cur {
	case -1:
		if !r.warnedLead {
			r.warnedLead = true
			r.diags.Add(source.Pos{File: r.name, Line: n, Col: 1}, source.Warning, "office-text-before-heading",
				"text before the first heading is left out of the report: write it under one of the headings %s", headingList())
		}
		return
	case -2:
		return // said at the heading
	}
	r.para = append(r.para, l)
}

// heading starts a section, or warns about a heading it does not know.
func (r *officeReader) heading(n int, title string) {
	r.flush()
	i := section(title)
	if i < 0 {
		r.cur = -2
		r.diags.Add(source.Pos{File: r.name, Line: n, Col: 1}, source.Warning, "office-unknown-heading",
			"heading %q is not one of %s: the text under it is left out of the report until the next known heading", title, headingList())
		return
	}
	if prev := r.seen[i]; prev > 0 {
		r.diags.Add(source.Pos{File: r.name, Line: n, Col: 1}, source.Warning, "office-repeated-heading",
			"heading %q repeats the one on line %d: its text follows the earlier one's in the report", title, prev)
	} else {
		r.seen[i] = n
	}
	r.cur = i
}

// flush ends the paragraph being read.
func (r *officeReader) flush() {
	if len(r.para) == 0 {
		return
	}
	p := strings.Join(strings.Fields(strings.Join(r.para, " ")), " ")
	r.para = nil
	if r.cur < 0 || p == "" || p == "-" {
		return
	}
	s := r.text.sections()[r.cur]
	*s = append(*s, p)
}

// uncomment removes the comments of a line, remembering one left open for
// the lines that follow.
func (r *officeReader) uncomment(n int, line string) string {
	var b strings.Builder
	for {
		if r.inComment {
			end := strings.Index(line, "-->")
			if end < 0 {
				return b.String()
			}
			r.inComment = false
			line = line[end+3:]
			b.WriteByte(' ')
			continue
		}
		start := strings.Index(line, "<!--")
		if start < 0 {
			b.WriteString(line)
			return b.String()
		}
		b.WriteString(line[:start])
		r.inComment, r.commentLine = true, n
		line = line[start+4:]
	}
}

// cleanControls turns control characters (a form feed, a stray escape)
// into spaces: they print as nothing or as boxes.
func cleanControls(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

// headingList names the headings for a message.
func headingList() string {
	var b strings.Builder
	for i, h := range officeHeadings {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strings.Repeat("#", h.Level) + " " + h.Title)
	}
	return b.String()
}

// nfcOffice normalises the office's text as every other input is: a
// paragraph written with decomposed accents would wrap and print badly.
func nfcOffice(o OfficeData) OfficeData {
	o.Path = norm.NFC.String(o.Path)
	for _, s := range o.sections() {
		*s = nfcAll(*s)
	}
	return o
}
