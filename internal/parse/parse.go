package parse

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"baocao/internal/document"
	"baocao/internal/program"
	"baocao/internal/reader"
	"baocao/internal/source"
)

// parser holds the state of one ParseDocument call.
type parser struct {
	name  string
	doc   *document.Document
	diags source.Diagnostics
	prog  *program.Programme
	front []para // paragraphs before the first part: header, title, preamble
	// where maps a line (the ordinal of a paragraph, row or cell in a Word
	// or PDF source) to the place a person finds it ("table 1, row 4").
	where map[int]string
	// taskCount numbers the body tasks across the whole programme.
	taskCount int
	// assigned caches assignment phrases already read.
	assigned map[string]assigned
	// deadlines caches deadline phrases already read.
	deadlines map[string]deadlineResult
}

// Parse reads an action programme from a file's bytes: reader.Read picks
// the reader by content (text in any layout it knows, and the formats
// wired there), then ParseDocument reads the blocks. name is used in
// diagnostics. The programme is nil only when nothing usable could be
// read: an empty or binary file, or no annex table; the diagnostics then
// say what was expected.
func Parse(name string, data []byte) (*program.Programme, source.Diagnostics) {
	doc, diags, err := reader.Read(name, data)
	if err != nil {
		// The position names the file: the message says only why, in the
		// reader's language when the reader said it as a source.Msg.
		var why any = strings.TrimPrefix(err.Error(), name+": ")
		if m, ok := source.Reason(err); ok {
			why = m
		}
		diags.Add(source.Pos{File: name, Line: 1}, source.Error, "unreadable", "%s", why)
		diags.Sort()
		return nil, diags
	}
	prog, more := ParseDocument(doc)
	diags = append(diags, more...)
	diags.Sort()
	return prog, diags
}

// ParseDocument reads the programme in a document's blocks, whatever
// format they came from. Every problem is reported as a diagnostic with
// its position, collected over the whole document: errors for what makes
// the result wrong (a table row with missing cells, an unknown deadline
// phrase), warnings for what was cleaned or looks suspicious. One
// unreadable cell never costs the programme: its row is kept with what
// could be read. The programme is nil only when there is no annex table.
func ParseDocument(doc *document.Document) (prog *program.Programme, diags source.Diagnostics) {
	if doc == nil {
		diags.Add(source.Pos{}, source.Error, "unreadable", "no document to read")
		return nil, diags
	}
	ps := &parser{name: doc.Name, doc: doc}
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
	list := ps.blocks(doc.Blocks)
	prog = ps.programme(list)
	if prog != nil && len(ps.where) > 0 {
		prog.Places = ps.where
	}
	ps.diags.Sort()
	return prog, ps.diags
}

// programme lays the blocks out: the annex table is found first (no
// table, no programme), then the body before it and the note after it.
func (ps *parser) programme(list []para) *program.Programme {
	ti := ps.findTable(list)
	fromBody := false
	if ti < 0 {
		if list, fromBody = ps.bodyAnnex(list); !fromBody {
			ps.noAnnex(list)
			return nil
		}
		ti = len(list) - 1
	}
	p := &program.Programme{Source: ps.name}
	ps.prog = p
	annexStart := ti
	if !fromBody {
		annexStart = ps.annexHeading(list, ti)
	}
	end := ps.table(list, ti)
	ps.note(ps.flatten(list[end:]))
	body := ps.flatten(list[:annexStart])
	body = ps.closing(body)
	if p.Annex.Note == "" {
		body = ps.bodyNote(body)
	}
	ps.body(body)
	ps.metadata()
	ps.itemsOfRows()
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

// itemsOfRows runs link and workItems on the rows that are items: a row
// that only heads its sub-rows links to no task and has no work item. A
// row with a Sản phẩm cell has its work items read from that cell (the
// kind is there), titled by the row's task when the cell names one
// product.
func (ps *parser) itemsOfRows() {
	a := &ps.prog.Annex
	all := a.Rows
	if !slices.ContainsFunc(all, func(r program.AnnexRow) bool { return r.Heading }) {
		ps.itemsOf(all)
		return
	}
	var keep []int
	items := make([]program.AnnexRow, 0, len(all))
	for i, r := range all {
		if r.Heading {
			continue
		}
		keep = append(keep, i)
		items = append(items, r)
	}
	ps.itemsOf(items)
	for k, i := range keep {
		all[i] = items[k]
	}
	a.Rows = all
}

// itemsOf links the rows to the body's tasks and reads their work items.
func (ps *parser) itemsOf(items []program.AnnexRow) {
	ps.prog.Annex.Rows = items
	ps.link()
	titles := make([]string, len(items))
	swapped := false
	for i := range items {
		titles[i] = items[i].Title
		// The product names the kind; when it names none ("Báo cáo" to a
		// parser that does not know it), the title is read as before.
		if items[i].Product != "" && len(splitProducts(items[i].Product)) > 0 {
			items[i].Title, swapped = items[i].Product, true
		} else {
			titles[i] = ""
		}
	}
	ps.workItems()
	if swapped {
		for i := range items {
			if titles[i] == "" {
				continue // not swapped
			}
			items[i].Title = titles[i]
			if len(items[i].WorkItems) == 1 && titles[i] != "" {
				if w := ps.prog.WorkItemByID(items[i].WorkItems[0]); w != nil {
					w.Title = upperFirst(trimPunct(titles[i]))
				}
			}
		}
	}
}

// noAnnex reports that no annex table was found, pointing at the
// likeliest header: the table row, or the short line, that names the most
// header words, and saying which words it lacks.
func (ps *parser) noAnnex(list []para) {
	best, bestLine := 0, 0
	var bestNamed []column
	bestText := ""
	consider := func(score int, named []column, line int, text string) {
		if score > best {
			best, bestNamed, bestLine, bestText = score, named, line, text
		}
	}
	var run []para // consecutive short lines each naming a column: one cell per line
	endRun := func() {
		if len(run) >= 2 {
			cells := make([]string, len(run))
			for i, q := range run {
				cells[i] = q.text
			}
			s, named := headerScore(cells)
			consider(s, named, run[0].line, strings.Join(cells, " | "))
		}
		run = run[:0]
	}
	for _, q := range list {
		if q.table != nil {
			endRun()
			g := headGrid(q.table)
			for r := 0; r < len(g) && r < 4; r++ {
				cells := rowTexts(g, r)
				s, named := headerScore(cells)
				consider(s, named, q.table.Rows[r].Pos.Line, strings.Join(cells, " | "))
			}
			continue
		}
		if n := utf8.RuneCountInString(q.text); n <= 40 && classify(q.text) != colOther {
			run = append(run, q)
			continue
		}
		endRun()
		// A header whose separators were lost: short, and opening with
		// TT or naming most columns. A sentence about the columns is not one.
		if utf8.RuneCountInString(q.text) <= 120 {
			s, named := headerWordsIn(q.text)
			first := strings.ToUpper(strings.SplitN(q.text, " ", 2)[0])
			if s >= 3 || s >= 2 && (first == "TT" || first == "STT") {
				consider(s, named, q.line, q.text)
			}
		}
	}
	endRun()
	what := source.Msgf("a table whose header row names the columns TT (or STT), Cơ quan phân công chủ trì (or Cơ quan chủ trì), " +
		"Tên đề án, chương trình, kế hoạch (or Nội dung, Nội dung công việc, Nhiệm vụ) and " +
		"Thời gian thực hiện (or Thời gian/Thời hạn hoàn thành, Tiến độ); Cơ quan phối hợp, Sản phẩm and Ghi chú are optional")
	if strings.HasPrefix(ps.doc.Format, "text") {
		what = source.Msgf("a table (tab-separated, Markdown, a grid or columns aligned with spaces) whose header names the columns TT (or STT), Cơ quan phân công chủ trì (or Cơ quan chủ trì), " +
			"Tên đề án, chương trình, kế hoạch (or Nội dung, Nội dung công việc, Nhiệm vụ) and " +
			"Thời gian thực hiện (or Thời gian/Thời hạn hoàn thành, Tiến độ); Cơ quan phối hợp, Sản phẩm and Ghi chú are optional")
	}
	if best == 0 {
		last := 1
		for i := len(list) - 1; i >= 0; i-- {
			if list[i].line > 0 {
				last = list[i].line
				break
			}
		}
		ps.errorf(last, "no-annex", "no annex table found: expected %s", what)
		return
	}
	var has, lacks []string
	got := map[column]bool{}
	for _, c := range bestNamed {
		got[c] = true
		has = append(has, strconv.Quote(columnNames[c]))
	}
	for _, c := range []column{colLead, colTitle, colDeadline} {
		if !got[c] {
			lacks = append(lacks, strconv.Quote(columnNames[c]))
		}
	}
	if len(lacks) > 0 {
		ps.errorf(bestLine, "no-annex", "no annex table found: the likeliest header, %q, names %s but not %s: expected %s",
			clip(bestText, 100), strings.Join(has, ", "), strings.Join(lacks, ", "), what)
		return
	}
	ps.errorf(bestLine, "no-annex", "no annex table found: the likeliest header, %q, names %s but is not a table row (its cells are not separated): expected %s",
		clip(bestText, 100), strings.Join(has, ", "), what)
}
