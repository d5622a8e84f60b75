package parse

import (
	"regexp"
	"strconv"
	"strings"

	"baocao/internal/program"
)

var (
	reArea     = regexp.MustCompile(`^(\d{1,4})\s*[.)]\s+(\p{Lu}.*)$`)
	reAreaLead = regexp.MustCompile(`(?i)\bgiao\s+(.+?)\s+(?:chủ trì|tham mưu|thực hiện)`)
)

// areaHeading reads "3. Về kinh tế". When the heading runs on after a
// colon ("1. Về thực hiện 03 khâu đột phá …: (1) …"), the words before the
// colon are the title and the rest is the area's first intro paragraph.
func areaHeading(s string) (n int, title, rest string, ok bool) {
	m := reArea.FindStringSubmatch(s)
	if m == nil {
		return 0, "", "", false
	}
	n, _ = strconv.Atoi(m[1])
	title = strings.TrimSpace(m[2])
	if i := strings.Index(title, ": "); i > 0 {
		title, rest = strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+2:])
	}
	return n, strings.TrimRight(title, ":"), rest, true
}

// areas reads the numbered areas of the tasks part with their intros and
// tasks, and returns the paragraphs before the first area.
func (ps *parser) areas(g []para) []string {
	p := ps.prog
	before := []string{}
	var area *program.Area
	for _, q := range g {
		if n, title, rest, ok := areaHeading(q.text); ok {
			p.Areas = append(p.Areas, program.Area{Number: n, Title: readMarkup(title).plain, Line: q.line, Intro: []string{}, Tasks: []program.Task{}})
			area = &p.Areas[len(p.Areas)-1]
			if rest != "" {
				ps.intro(area, rest)
			}
			continue
		}
		if isBullet(q.text) && area == nil {
			// Bullets before any numbered area belong to an unnumbered area 0.
			p.Areas = append(p.Areas, program.Area{Number: 0, Line: q.line, Intro: []string{}, Tasks: []program.Task{}})
			area = &p.Areas[len(p.Areas)-1]
		}
		switch {
		case area == nil:
			before = append(before, readMarkup(q.text).plain)
		case isBullet(q.text):
			ps.task(area, q)
		default:
			ps.intro(area, q.text)
		}
	}
	return before
}

// intro adds a paragraph to the area's intro and reads the lead agency it
// assigns: the italic phrase after "giao" ("giao *Ban cán sự đảng Ủy ban
// nhân dân tỉnh* tham mưu"), or without markup the words between "giao"
// and "tham mưu"/"chủ trì".
func (ps *parser) intro(area *program.Area, text string) {
	m := readMarkup(text)
	area.Intro = append(area.Intro, m.plain)
	if !area.Lead.IsZero() {
		return
	}
	low := lowerSame(text)
	gi := strings.Index(low, "giao ")
	if gi < 0 || (gi > 0 && low[gi-1] != ' ') {
		return
	}
	for _, it := range m.italic {
		if j := strings.Index(text, "*"+it); j >= gi && j-gi < 12 {
			area.Lead = NormalizeAgency(it)
			return
		}
	}
	if g := reAreaLead.FindStringSubmatch(m.plain); g != nil && startsAgency(g[1]) {
		area.Lead = NormalizeAgency(g[1])
	}
}

func isBullet(s string) bool {
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "+ ")
}
