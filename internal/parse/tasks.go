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
		var buf [192]byte // each part lowered without garbage
		for _, part := range strings.Split(inner, ";") {
			part = strings.TrimSpace(part)
			low := vocab.AppendLower(buf[:0], part)
			switch {
			case bytes.HasPrefix(low, []byte("giao ")):
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
				case bytes.Contains(low, []byte("thời gian")) || bytes.Contains(low, []byte("thời hạn")) || bytes.Contains(low, []byte("hoàn thành")):
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
	var buf [192]byte // most parentheses fit: lowered without garbage
	low := vocab.AppendLower(buf[:0], inner)
	if bytes.HasPrefix(low, []byte("giao ")) || bytes.Contains(low, []byte("thời gian")) || bytes.Contains(low, []byte("thời hạn")) || bytes.HasPrefix(low, []byte("hoàn thành")) {
		return inner, true
	}
	if _, err := ParseDeadline(inner); err == nil {
		return inner, true
	}
	return "", false
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
