package parse

import (
	"strconv"
	"strings"

	"baocao/internal/document"
	"baocao/internal/lazyre"
	"baocao/internal/program"
	"baocao/internal/vocab"
)

// The expressions of this package are compiled on first use (lazyre):
// a command that reads no programme pays nothing for them at start-up, one
// that does only for those its text needs.
var (
	reArea     = lazyre.New(`^(\d{1,4})\s*[.)]\s+(\p{Lu}.*)$`)
	reAreaLead = lazyre.New(`(?i)\bgiao\s+(.+?)\s+(?:chủ trì|tham mưu|thực hiện)`)
	// reEnum is a task written as an enumerated item: "a) …", "b. …",
	// "1.1. …", "2.3) …".
	reEnum = lazyre.New(`^(?:[a-zđ][.)]|\d{1,3}\.\d{1,3}\.?\)?)\s+\S`)
)

// areaHeading reads "3. Về kinh tế". When the heading runs on after a
// colon ("1. Về thực hiện 03 khâu đột phá …: (1) …"), the words before the
// colon are the title and the rest is the area's first intro paragraph.
func areaHeading(s string) (n int, title, rest string, ok bool) {
	if !startsWithDigit(s) {
		return 0, "", "", false // reArea starts with a digit: most paragraphs are ruled out without it
	}
	m := reArea().FindStringSubmatch(s)
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
// tasks, and returns the paragraphs before the first area. A task is a
// bullet ("- ", "– ", "• ", "+ "), an enumerated item ("a) ", "1.1. ")
// that is not the heading of bullets below it, or a numbered paragraph
// ("1. Xây dựng **Đề án** …") that reads as a task rather than as an
// area's title: it marks a product in bold or ends with an assignment.
func (ps *parser) areas(g []para) []string {
	p := ps.prog
	before := []string{}
	var area *program.Area
	for i, q := range g {
		if n, title, rest, ok := areaHeading(q.text); ok && !numberedTask(q) {
			p.Areas = append(p.Areas, program.Area{Number: n, Title: title, Line: q.line, Intro: []string{}, Tasks: make([]program.Task, 0, tasksRoom(g[i+1:]))})
			area = &p.Areas[len(p.Areas)-1]
			if rest != "" {
				ps.intro(area, para{text: rest, line: q.line, runs: restRuns(q, rest)})
			}
			continue
		}
		task := isBullet(q.text) || isEnum(q.text) && !headsBullets(g[i+1:]) || numberedTask(q)
		if task && area == nil {
			// Tasks before any numbered area belong to an unnumbered area 0.
			p.Areas = append(p.Areas, program.Area{Number: 0, Line: q.line, Intro: []string{}, Tasks: make([]program.Task, 0, tasksRoom(g[i:]))})
			area = &p.Areas[len(p.Areas)-1]
		}
		switch {
		case area == nil:
			before = append(before, q.text)
		case task:
			ps.task(area, q)
		case sentenceTask(q):
			// "Ủy ban Kiểm tra xây dựng kế hoạch kiểm tra …" as the
			// area's only paragraph: a task written without a bullet.
			ps.task(area, para{text: "- " + q.text, line: q.line, gap: q.gap})
		default:
			ps.intro(area, q)
		}
	}
	return before
}

// tasksRoom is the room to make for an area's tasks: its paragraphs up to
// the next that may head an area, each a task at most. A task is large,
// and an area grown one task at a time allocated three times its size.
func tasksRoom(next []para) int {
	for i, q := range next {
		if startsWithDigit(q.text) && reArea().MatchString(q.text) {
			return i
		}
	}
	return len(next)
}

// sentenceTask reports whether a plain paragraph (no emphasis, so its
// products are found by wording) is a task written as a sentence: it
// starts with the agencies that make something (vocab.Subject) and names
// a product after them.
func sentenceTask(q para) bool {
	if q.runs != nil || q.table != nil {
		return false
	}
	_, product, ok := vocab.Subject(q.text)
	return ok && len(vocab.Products(q.text[product:])) > 0
}

// restRuns returns the runs of the end of q's text that reads rest.
func restRuns(q para, rest string) []document.Run {
	if q.runs == nil {
		return nil
	}
	i := strings.LastIndex(q.text, rest)
	if i < 0 {
		return nil
	}
	return cutRuns(q.runs, i)
}

// intro adds a paragraph to the area's intro and reads the lead agency it
// assigns: the italic phrase after "giao" ("giao *Ban cán sự đảng Ủy ban
// nhân dân tỉnh* tham mưu"), or without emphasis the words between "giao"
// and "tham mưu"/"chủ trì".
func (ps *parser) intro(area *program.Area, q para) {
	m := markupOf(q, 0)
	area.Intro = append(area.Intro, m.plain)
	if !area.Lead.IsZero() {
		return
	}
	low := vocab.Lower(m.plain)
	gi := strings.Index(low, "giao ")
	if gi < 0 || (gi > 0 && low[gi-1] != ' ') {
		return
	}
	for _, it := range m.italic {
		if it.at >= gi && it.at-gi < 12 {
			area.Lead = NormalizeAgency(it.text)
			return
		}
	}
	if g := reAreaLead().FindStringSubmatch(m.plain); g != nil && startsAgency(g[1]) {
		area.Lead = NormalizeAgency(g[1])
	}
}

func isBullet(s string) bool {
	return strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "– ") || strings.HasPrefix(s, "• ") || strings.HasPrefix(s, "+ ") || strings.HasPrefix(s, "* ")
}

// isEnum reports an enumerated item "a) …", "1.1. …".
func isEnum(s string) bool { return mayBeEnum(s) && reEnum().MatchString(s) }

// mayBeEnum is false for a text reEnum cannot match, decided on its first
// bytes: a bullet or a sentence is not asked of the regular expression.
func mayBeEnum(s string) bool {
	if len(s) < 2 {
		return false
	}
	switch c := s[0]; {
	case 'a' <= c && c <= 'z':
		return s[1] == '.' || s[1] == ')'
	case '0' <= c && c <= '9':
		return true
	}
	return strings.HasPrefix(s, "đ")
}

// headsBullets reports whether bullets follow before the next enumerated
// item, which makes an enumerated line a sub-heading, not a task.
func headsBullets(next []para) bool {
	for _, q := range next {
		switch {
		case isBullet(q.text):
			return true
		case isEnum(q.text):
			return false
		}
		if _, _, _, ok := areaHeading(q.text); ok {
			return false
		}
	}
	return false
}

// numberedTask reports "1. Xây dựng **Đề án** … (Giao …)": a numbered
// paragraph that marks a product in bold or ends with an assignment, so
// it is a task and not an area's title.
func numberedTask(q para) bool {
	if !startsWithDigit(q.text) || !reArea().MatchString(q.text) {
		return false
	}
	if _, ok := assignmentParen(q.text); ok {
		return true
	}
	// A bold phrase inside the text marks a product; a heading written
	// wholly in bold does not.
	bold, all := 0, 0
	for _, r := range q.runs {
		n := len(strings.TrimSpace(r.Text))
		all += n
		if r.Bold {
			bold += n
		}
	}
	return bold > 0 && bold*10 < all*7
}
