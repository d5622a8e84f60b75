package parse

import (
	"bytes"
	"strings"

	"baocao/internal/program"
	"baocao/internal/vocab"
)

// task reads one task of an area: its text without its bullet or number,
// its bold products, and the assignment parenthesis "(Giao X chủ trì,
// phối hợp với Y tham mưu thực hiện; thời gian hoàn thành trong quý
// II-2021)". Without its own "Giao X", a task takes the area's lead.
func (ps *parser) task(area *program.Area, q para) {
	cut := strings.IndexByte(q.text, ' ') + 1
	m := markupOf(q, cut)
	m.plain = strings.TrimSpace(m.plain)
	t := program.Task{
		Number:       ps.taskCount + 1,
		Text:         m.plain,
		Products:     []string{},
		Lead:         area.Lead,
		Coordinators: []program.Agency{},
		Line:         q.line,
	}
	ps.taskCount++
	assigned := false // a "Giao …" parenthesis names the agencies
	for _, b := range m.bold {
		if b != "" {
			t.Products = append(t.Products, b)
		}
	}
	if inner, ok := assignmentParen(m.plain); ok {
		var buf [192]byte // a part lowered without garbage
		for part := range strings.SplitSeq(inner, ";") {
			part = strings.TrimSpace(part)
			switch {
			case bytes.HasPrefix(lowerHead(buf[:0], part), []byte("giao ")):
				assigned = true
				lead, co := ps.assignment(part)
				if !lead.IsZero() {
					t.Lead = lead
				}
				if co != nil {
					t.Coordinators = co
				}
			default:
				d, err := ps.deadline(part)
				switch {
				case err == nil:
					t.Deadline = d
				case containsTimeWords(vocab.AppendLower(buf[:0], part)):
					t.Deadline = d
					ps.errorf(q.line, "deadline-unknown", "task %d: %v", t.Number, err)
				}
			}
		}
	}
	if !assigned {
		// "Ban Tổ chức chủ trì, phối hợp với Ủy ban Kiểm tra tham mưu
		// ban hành quy định …": the agency is the sentence's subject.
		if lead, co, ok := subjectAssignment(taskBody(t)); ok {
			t.Lead, t.Coordinators = lead, co
		}
	}
	if t.Deadline.Kind == "" {
		t.Deadline.Kind = program.DeadlineUnknown
	}
	area.Tasks = append(area.Tasks, t)
}

// assignmentParen returns the words inside the last parenthesis of a task
// when they assign it ("Giao …") or give its time ("thời gian …").
func assignmentParen(s string) (string, bool) {
	s = strings.TrimRight(s, " .;")
	if !strings.HasSuffix(s, ")") {
		return "", false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 {
		return "", false
	}
	inner := strings.TrimSpace(s[open+1 : len(s)-1])
	// Its first words mostly decide ("Giao …", "thời gian hoàn thành …"):
	// the whole is lowered only when they do not.
	var buf [192]byte // most parentheses fit: lowered without garbage
	head := lowerHead(buf[:0], inner)
	if bytes.HasPrefix(head, []byte("giao ")) || bytes.HasPrefix(head, []byte("thời gian")) || bytes.HasPrefix(head, []byte("thời hạn")) || bytes.HasPrefix(head, []byte("hoàn thành")) {
		return inner, true
	}
	if low := vocab.AppendLower(buf[:0], inner); bytes.Contains(low, []byte("thời gian")) || bytes.Contains(low, []byte("thời hạn")) {
		return inner, true
	}
	if _, err := ParseDeadline(inner); err == nil {
		return inner, true
	}
	return "", false
}

// headBytes is how much of a text lowerHead lowers. Lowering goes rune by
// rune, so the result agrees with vocab.Lower of the whole text on every
// rune that ends inside it: on its first headBytes-3 bytes at least, which
// hold the longest word tested on it ("hoàn thành" and "thời hạn", 12).
const headBytes = 16

// lowerHead appends vocab.Lower of the start of s to dst, to test which
// word s starts with without lowering all of it.
func lowerHead(dst []byte, s string) []byte {
	return vocab.AppendLower(dst, s[:min(len(s), headBytes)])
}

// containsTimeWords reports a lower-case text that speaks of a time limit.
func containsTimeWords(low []byte) bool {
	return bytes.Contains(low, []byte("thời gian")) || bytes.Contains(low, []byte("thời hạn")) || bytes.Contains(low, []byte("hoàn thành"))
}

// subjectAssignment reads the agencies a task written as a sentence starts
// with (vocab.Subject): "Ủy ban nhân dân phường xây dựng đề án …" is led
// by the Ủy ban nhân dân phường, "X chủ trì, phối hợp với Y tham mưu …" by
// X with Y.
func subjectAssignment(text string) (program.Agency, []program.Agency, bool) {
	cut, _, ok := vocab.Subject(text)
	if !ok {
		return program.Agency{}, nil, false
	}
	lead, co := assignment(text[:cut])
	if lead.IsZero() {
		return program.Agency{}, nil, false
	}
	if co == nil {
		co = []program.Agency{}
	}
	return lead, co, true
}

// taskBody is the task's text without its assignment parenthesis.
func taskBody(t program.Task) string {
	if _, ok := assignmentParen(t.Text); ok {
		s := strings.TrimRight(t.Text, " .;")
		return strings.TrimRight(s[:strings.LastIndexByte(s, '(')], " .;")
	}
	return t.Text
}
