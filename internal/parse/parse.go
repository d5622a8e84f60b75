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
func Parse(name string, data []byte) (prog *program.Programme, diags source.Diagnostics) {
	ps := &parser{name: name}
	defer func() {
		// A bug must not take the caller down with it: report it as an error
		// on the whole file. FuzzParse fails on this code, so it is never
		// relied upon.
		if r := recover(); r != nil {
			ps.errorf(0, "internal", "internal error while reading the programme (please report it with the file): %v", r)
			ps.diags.Sort()
			prog, diags = nil, ps.diags
		}
	}()
	text, decoded, err := source.Decode(name, data)
	ps.diags = append(ps.diags, decoded...)
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
	prog = ps.programme(paras)
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
