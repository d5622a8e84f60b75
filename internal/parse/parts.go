package parse

import (
	"strings"

	"baocao/internal/lazyre"
	"baocao/internal/program"
	"baocao/internal/vocab"
)

var rePart = lazyre.New(`^(?:PHẦN\s+)?([IVX]{1,4})\s*[-.–—/:]\s*(\S.*)$`)

// partHeading reads "II- NHIỆM VỤ", "II. NHIỆM VỤ", "II – NHIỆM VỤ",
// "PHẦN II: NHIỆM VỤ": a Roman numeral, a dash, dot or colon and an
// upper-case title.
func partHeading(s string) (numeral, title string, ok bool) {
	if s == "" || !strings.ContainsRune("PIVX", rune(s[0])) {
		return "", "", false // rePart starts with PHẦN or a Roman numeral
	}
	m := rePart().FindStringSubmatch(s)
	if m == nil || !vocab.IsUpperText(m[2]) {
		return "", "", false
	}
	return m[1], strings.TrimSpace(m[2]), true
}

// body splits the text before the closing block into the front matter and
// the Roman-numbered parts, and reads the areas and tasks of the tasks part
// (the one whose title names NHIỆM VỤ). A part's Paragraphs are its text
// with markup removed; for the tasks part only the paragraphs before its
// first area, since the areas hold the rest.
func (ps *parser) body(paras []para) {
	p := ps.prog
	first := len(paras)
	for i, q := range paras {
		if _, _, ok := partHeading(q.text); ok {
			first = i
			break
		}
	}
	ps.front = paras[:first]
	// A part's paragraphs are those between its heading and the next:
	// each group is a slice of paras, not a copy.
	var groups [][]para
	for i := first; i < len(paras); i++ {
		if num, title, ok := partHeading(paras[i].text); ok {
			p.Parts = append(p.Parts, program.Part{Numeral: num, Title: title, Line: paras[i].line, Paragraphs: []string{}})
			groups = append(groups, paras[i+1:i+1:i+1])
			continue
		}
		n := len(groups[len(groups)-1]) + 1 // paras[i] joins the last part
		groups[len(groups)-1] = paras[i-n+1 : i+1 : i+1]
	}
	tasksPart := -1
	for i, part := range p.Parts {
		if strings.Contains(part.Title, "NHIỆM VỤ") && !strings.Contains(part.Title, "MỤC ĐÍCH") {
			tasksPart = i
			break
		}
	}
	if tasksPart < 0 {
		for i, g := range groups {
			if hasArea(g) {
				tasksPart = i
				break
			}
		}
	}
	for i, g := range groups {
		if i == tasksPart {
			p.Parts[i].Paragraphs = append(p.Parts[i].Paragraphs, ps.areas(g)...)
			continue
		}
		for _, q := range g {
			p.Parts[i].Paragraphs = append(p.Parts[i].Paragraphs, q.text)
		}
	}
	if len(p.Parts) > 0 && tasksPart < 0 {
		ps.warn(p.Parts[0].Line, "no-tasks-part", "no part titled NHIỆM VỤ with numbered areas: the body tasks are not read, only the annex")
	}
}

func hasArea(g []para) bool {
	for _, q := range g {
		if _, _, _, ok := areaHeading(q.text); ok {
			return true
		}
	}
	return false
}
