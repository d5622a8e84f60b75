package check

import (
	"baocao/internal/program"
	"baocao/internal/source"
)

// Report is what a reader wants checked in a programme before trusting it:
// the counts found against the counts the Ghi chú declares, every
// disagreement between a body task and its annex row, and what could not
// be placed. Everything in it is a warning: the programme is used as
// written, and the report says where a person should look.
type Report struct {
	Source         string         `json:"source"`
	Number         string         `json:"number"`
	Reconciliation Reconciliation `json:"reconciliation"`
	Rows           int            `json:"rows"`   // annex rows that assign a task (not the parent rows that only head sub-rows)
	Linked         int            `json:"linked"` // annex rows linked to a body task
	Findings       []Finding      `json:"findings"`
	Unplaced       []Unplaced     `json:"unplaced"`
	// ProductsByWording is set when the body marks no product in bold: the
	// body's products were read from its wording ("Xây dựng kế hoạch …").
	ProductsByWording bool `json:"products_by_wording,omitempty"`
	// NoBodyTasks is set when the body names no task at all (its tasks
	// are "Chi tiết tại Phụ lục", or the annex was read from the body):
	// no row can match one, and none is listed as unplaced for it.
	NoBodyTasks bool `json:"no_body_tasks,omitempty"`

	// place names a line the way the source's reader does ("table 3, row
	// 5" in a Word file); nil for a text file.
	place func(int) string
}

// at says where line n is: "line 12" (translated where printed), or the
// Word or PDF place as the reader names it.
func (r Report) at(n int) any {
	if r.place != nil {
		if w := r.place(n); w != "line "+itoa(n) {
			return w
		}
	}
	return source.Msgf("line %d", n)
}

// Reconciliation compares the work items found with the Ghi chú.
type Reconciliation struct {
	Lines         []KindLine `json:"lines"`
	DeclaredTotal int        `json:"declared_total"` // 0 when the Ghi chú states no total
	FoundTotal    int        `json:"found_total"`
	// TotalItems explains a total difference when no kind line does.
	TotalItems []ItemNote `json:"total_items,omitempty"`
	// Undeclared is set when the programme states no counts at all (no
	// Ghi chú, or one without numbers): the lines then show what was found,
	// and that is one warning.
	Undeclared bool `json:"undeclared,omitempty"`
	// Note is the Ghi chú's text when it is there but states no count.
	Note string `json:"note,omitempty"`
}

// KindLine is one count: a declared entry of the Ghi chú (which may cover
// several kinds, "sơ, tổng kết"), or a kind found but never declared.
type KindLine struct {
	Label    string         `json:"label"` // "Sơ kết, Tổng kết"
	Text     string         `json:"text"`  // the Ghi chú's words, "" if not declared
	Kinds    []program.Kind `json:"kinds"`
	Declared int            `json:"declared"` // -1 when the Ghi chú does not count these kinds
	Found    int            `json:"found"`
	// Items are the work items behind a difference: those the body does not
	// mark as products, or, when nothing stands out, all items of the kinds.
	Items []ItemNote `json:"items,omitempty"`
}

// Differs reports whether found and declared disagree.
func (l KindLine) Differs() bool { return l.Declared != l.Found }

// ItemNote names a work item and why it is listed.
type ItemNote struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Line  int    `json:"line"`
	Note  string `json:"note"`
	// NoteText is Note kept for printing in the reader's language.
	NoteText source.Msg `json:"-"`
}

// Finding is one disagreement between a body task and its annex row, or a
// doubt about one of them.
type Finding struct {
	TT       string `json:"tt"`        // annex row
	Line     int    `json:"line"`      // the annex row's line
	RowTitle string `json:"row_title"` // the start of the row's title, to recognise it
	Task     int    `json:"task"`      // body task number, 0 if none
	TaskLine int    `json:"task_line"` // the task's line, 0 if none
	Field    string `json:"field"`     // deadline, lead, coordinators, words, products
	Message  string `json:"message"`
	// Text is Message kept for printing in the reader's language.
	Text source.Msg `json:"-"`
}

// Unplaced is something that could not be put where it belongs.
type Unplaced struct {
	Line    int    `json:"line"`
	Message string `json:"message"`
	// Text is Message kept for printing in the reader's language.
	Text source.Msg `json:"-"`
}

// unplaced makes an Unplaced whose message can be printed in either language.
func unplaced(line int, m source.Msg) Unplaced {
	return Unplaced{Line: line, Message: m.String(), Text: m}
}

// note makes an ItemNote whose note can be printed in either language.
func note(id, title string, line int, m source.Msg) ItemNote {
	return ItemNote{ID: id, Title: title, Line: line, Note: m.String(), NoteText: m}
}

// Warnings is the number of things the report asks a person to look at:
// each kind line that differs, a differing total, each finding and each
// unplaced thing.
func (r Report) Warnings() int {
	n := len(r.Findings) + len(r.Unplaced)
	if r.Reconciliation.Undeclared {
		return n + 1
	}
	for _, l := range r.Reconciliation.Lines {
		if l.Differs() {
			n++
		}
	}
	if r.Reconciliation.DeclaredTotal != 0 && r.Reconciliation.DeclaredTotal != r.Reconciliation.FoundTotal {
		n++
	}
	return n
}
