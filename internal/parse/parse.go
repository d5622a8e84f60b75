package parse

import (
	"errors"

	"baocao/internal/program"
	"baocao/internal/source"
)

// parser holds the state of one Parse call.
type parser struct {
	name  string
	lines int // number of lines in the decoded input
	diags source.Diagnostics
	prog  *program.Programme
	front []para // paragraphs before the first part: header, title, preamble
	// taskCount numbers the body tasks across the whole programme.
	taskCount int
	// assigned caches assignment phrases already read.
	assigned map[string]assigned
	// deadlines caches deadline phrases already read.
	deadlines map[string]deadlineResult
}

// Parse reads the text of an action programme. The bytes may be UTF-8 with
// or without BOM, or UTF-16 with BOM, with LF or CRLF line ends, composed
// or decomposed; name is used in diagnostics. Every problem is reported as a
// diagnostic with its line, collected over the whole input: errors for what
// makes the result wrong (a table row with missing cells, an unknown
// deadline phrase), warnings for what was cleaned or looks suspicious. The
// programme is nil only when nothing usable could be read: an empty or
// binary file, or no annex table; the diagnostics then say what was expected.
func Parse(name string, data []byte) (*program.Programme, source.Diagnostics) {
	ps := &parser{name: name}
	text, diags, err := source.Decode(name, data)
	ps.diags = append(ps.diags, diags...)
	if err != nil {
		msg := err.Error()
		switch {
		case errors.Is(err, source.ErrEmpty):
			msg = source.ErrEmpty.Error()
		case errors.Is(err, source.ErrBinary):
			msg = source.ErrBinary.Error()
		}
		ps.errorf(1, "unreadable", "%s", msg)
		ps.diags.Sort()
		return nil, ps.diags
	}
	ps.lines = len(text.Lines)
	paras := ps.paragraphs(text.Lines)
	prog := ps.programme(paras)
	ps.diags.Sort()
	return prog, ps.diags
}

// programme lays the paragraphs out: the annex table is found first (no
// table, no programme), then the body before it and the note after it.
func (ps *parser) programme(paras []para) *program.Programme {
	ti := ps.findTable(paras)
	if ti < 0 {
		ps.errorf(max(ps.lines, 1), "no-annex", "no annex table found: expected a tab-separated header line with the columns TT (or STT), Cơ quan phân công chủ trì (or Cơ quan chủ trì), Tên đề án, chương trình, kế hoạch (or Nội dung) and Thời gian thực hiện (or Thời gian/Thời hạn hoàn thành)")
		return nil
	}
	p := &program.Programme{Source: ps.name}
	ps.prog = p
	annexStart := ps.annexHeading(paras, ti)
	end := ps.table(paras, ti)
	ps.note(paras[end:])
	body := paras[:annexStart]
	body = ps.closing(body)
	ps.body(body)
	ps.metadata()
	ps.link()
	ps.workItems()
	if p.Parts == nil {
		p.Parts = []program.Part{}
	}
	if p.Areas == nil {
		p.Areas = []program.Area{}
	}
	if p.Recipients == nil {
		p.Recipients = []string{}
	}
	if p.Declared == nil {
		p.Declared = []program.KindCount{}
	}
	if p.Title == nil {
		p.Title = []string{}
	}
	return p
}
