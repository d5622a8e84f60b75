package program

import "strconv"

// Programme is one action programme read from its text: metadata, the body,
// the annex table, the work items and the counts the document declares.
// JSON field names are stable: the CLI's `parse` output is this struct.
type Programme struct {
	Source     string   `json:"source"`      // file name as given, or "seeds/…" for the bundled one
	Type       string   `json:"type"`        // "Chương trình hành động"
	TypeCode   string   `json:"type_code"`   // "CTr"
	Number     string   `json:"number"`      // "07-CTr/TU"
	Date       Date     `json:"date"`        // 2021-04-02
	Issuer     string   `json:"issuer"`      // "Tỉnh ủy"
	IssuerCode string   `json:"issuer_code"` // "TU"
	Body       string   `json:"body"`        // who adopted it: "Ban Chấp hành Đảng bộ tỉnh"
	Congress   string   `json:"congress"`    // "XI" (Đại hội … lần thứ XI)
	Term       string   `json:"term"`        // "2020-2025"
	Title      []string `json:"title"`       // the title lines as written
	Subject    string   `json:"subject"`     // trích yếu on one line: "thực hiện Nghị quyết … nhiệm kỳ 2020-2025"

	Parts         []Part      `json:"parts"`      // I, II, III with their paragraphs
	Areas         []Area      `json:"areas"`      // the numbered sections of the tasks part (II)
	Annex         Annex       `json:"annex"`      // the Danh mục table
	WorkItems     []WorkItem  `json:"work_items"` // every product to deliver, in annex order
	Recipients    []string    `json:"recipients"` // Nơi nhận lines without the leading "- " and trailing , or .
	Signer        Signer      `json:"signer"`
	Declared      []KindCount `json:"declared"`       // counts the closing Ghi chú states
	DeclaredTotal int         `json:"declared_total"` // "đề ra 33 phần việc"

	// Places names, for an input without text lines (Word, PDF), the place
	// each Line ordinal stands for ("table 3, row 5", "page 2, line 14").
	// Empty for text files, where a line is a line.
	Places map[int]string `json:"-"`
}

// Place says how a person finds line n of the source: "table 3, row 5"
// in a Word file, "page 2, line 14" in a PDF, "line 12" in a text file.
func (p *Programme) Place(n int) string {
	if p != nil {
		if w := p.Places[n]; w != "" {
			return w
		}
	}
	return "line " + strconv.Itoa(n)
}

// Part is a Roman-numbered part: "I- MỤC ĐÍCH, YÊU CẦU".
type Part struct {
	Numeral    string   `json:"numeral"` // "I"
	Title      string   `json:"title"`   // "MỤC ĐÍCH, YÊU CẦU"
	Paragraphs []string `json:"paragraphs"`
	Line       int      `json:"line"`
}

// Area is a numbered section of the tasks part: "3. Về kinh tế".
type Area struct {
	Number int      `json:"number"`
	Title  string   `json:"title"` // "Về kinh tế"
	Intro  []string `json:"intro"` // paragraphs before the bullets
	// Lead is the agency the intro assigns to every task of the area
	// ("giao *Ban cán sự đảng Ủy ban nhân dân tỉnh* tham mưu"); zero if none.
	Lead  Agency `json:"lead"`
	Tasks []Task `json:"tasks"`
	Line  int    `json:"line"`
}

// Task is one bullet of an area, in the body text.
type Task struct {
	Number       int      `json:"number"`   // 1-based across the whole programme
	Text         string   `json:"text"`     // markup removed, the assignment parenthesis kept
	Products     []string `json:"products"` // the bold phrases: "Đề án", "Sơ kết Chỉ thị số 05-CT/TW"
	Lead         Agency   `json:"lead"`     // from "(Giao X chủ trì …)", else the area's lead
	Coordinators []Agency `json:"coordinators"`
	Deadline     Deadline `json:"deadline"`
	AnnexTT      string   `json:"annex_tt"` // the annex row this task was linked to, "" if none
	Line         int      `json:"line"`
}

// Annex is the Danh mục table with its heading and closing note.
type Annex struct {
	Title   string     `json:"title"`   // "DANH MỤC CÁC CHƯƠNG TRÌNH, ĐỀ ÁN, KẾ HOẠCH, QUY ĐỊNH"
	Caption string     `json:"caption"` // "(kèm theo Chương trình hành động số 07-CTr/TU, …)" with the brackets
	Columns []string   `json:"columns"` // header words as in the source, in source order
	Rows    []AnnexRow `json:"rows"`
	Note    string     `json:"note"` // the Ghi chú paragraph, without "Ghi chú:"
	Line    int        `json:"line"`
}

// AnnexRow is one row of the Danh mục.
type AnnexRow struct {
	TT           string   `json:"tt"`          // as written, "01"
	Number       int      `json:"number"`      // 1
	AgencyText   string   `json:"agency_text"` // the lead-agency cell as written
	Lead         Agency   `json:"lead"`
	Coordinators []Agency `json:"coordinators"` // from "chủ trì, phối hợp với …" or a Cơ quan phối hợp column
	Title        string   `json:"title"`        // the title cell, cleaned of HTML remnants
	Deadline     Deadline `json:"deadline"`
	Area         int      `json:"area"`       // area number of the linked body task, 0 if unlinked
	Task         int      `json:"task"`       // linked body task number, 0 if unlinked
	WorkItems    []string `json:"work_items"` // IDs of the row's work items
	Line         int      `json:"line"`

	// Group is the group row the row falls under, as written: "I. VỀ
	// KINH TẾ", "A" (a row numbered I, II, A, B, or one cell spanning the
	// table). Group rows are not rows of their own. "" when the table has none.
	Group string `json:"group,omitempty"`
	// Parent is, for a sub-row numbered "1.2", the TT of its parent row
	// ("1"); "" for a top-level row.
	Parent string `json:"parent,omitempty"`
	// Heading marks a parent row that only heads its sub-rows (it has no
	// deadline of its own): it has no work items; its sub-rows do.
	Heading bool `json:"heading,omitempty"`
	// Product is the Sản phẩm cell when the table has that column: the
	// kind of the row's work items is read there, the title stays the task.
	Product string `json:"product,omitempty"`
	// Note is the Ghi chú cell when the table has that column.
	Note string `json:"note,omitempty"`
}

// WorkItem is one product to deliver. Its ID is the annex row's TT, a dot,
// and its 1-based position within the row ("04.1", "04.2"); a sub-row's TT
// keeps its parent's number, so its items read "1.2.1" (row 1, sub-row 2,
// first product). The progress ledger keys its records by this ID, so it
// must not change when the same programme is parsed again.
type WorkItem struct {
	ID           string   `json:"id"`
	TT           string   `json:"tt"`  // annex row
	Seq          int      `json:"seq"` // position within the row
	Kind         Kind     `json:"kind"`
	Title        string   `json:"title"` // its own words: "Sơ kết Chỉ thị số 05-CT/TW …"
	Lead         Agency   `json:"lead"`
	Coordinators []Agency `json:"coordinators"`
	Deadline     Deadline `json:"deadline"`
	Area         int      `json:"area"` // area number, 0 if the row is not linked to the body
	Line         int      `json:"line"`
}

// Signer is the signature block: "T/M TỈNH ỦY / BÍ THƯ / Đỗ Thanh Bình".
type Signer struct {
	Authority string `json:"authority"` // "T/M TỈNH ỦY"
	Position  string `json:"position"`  // "BÍ THƯ"
	Name      string `json:"name"`      // "Đỗ Thanh Bình"
	Line      int    `json:"line"`
}

// KindCount is one count the Ghi chú declares. A count may cover several
// kinds: "sơ, tổng kết 06 chủ trương" counts Sơ kết and Tổng kết together.
type KindCount struct {
	Text  string `json:"text"`  // "06 kế hoạch"
	Kinds []Kind `json:"kinds"` // [ke_hoach]
	Count int    `json:"count"`
}

// AreaByNumber returns the area with that number, or nil.
func (p *Programme) AreaByNumber(n int) *Area {
	for i := range p.Areas {
		if p.Areas[i].Number == n {
			return &p.Areas[i]
		}
	}
	return nil
}

// WorkItemByID returns the work item with that ID, or nil.
func (p *Programme) WorkItemByID(id string) *WorkItem {
	for i := range p.WorkItems {
		if p.WorkItems[i].ID == id {
			return &p.WorkItems[i]
		}
	}
	return nil
}

// Slug is a file-system-safe form of the number: "07-CTr-TU".
func (p *Programme) Slug() string {
	b := []byte(p.Number)
	for i, c := range b {
		if c == '/' || c == '\\' || c == ' ' {
			b[i] = '-'
		}
	}
	if len(b) == 0 {
		return "programme"
	}
	return string(b)
}
