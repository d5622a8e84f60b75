package report

import (
	"baocao/internal/palette"
	"baocao/internal/progress"
)

// Report is everything the quarterly report shows, already worded and
// formatted the Vietnamese way. The PDF, the workbook and the Word report
// only arrange it on their medium: none of them computes a figure, picks a
// heading or formats a date itself, so the three cannot disagree.
type Report struct {
	// Data is what the templates were given: the review's figures and
	// items, formatted. A renderer reads it for what it shows beyond the
	// templates' text (the workbook's editable status sheet).
	Data       Data
	Info       Info     // document properties
	Header     Header   // the two-column header
	Title      string   // the document type: "BÁO CÁO"
	Subject    string   // the trích yếu under it
	Body       []Block  // the body in the official order, the closing paragraph last
	Signer     Signer   // the signature block
	Recipients []string // Nơi nhận, without "- " and the final punctuation
	Appendix   []Block  // the Phụ lục after the signature, on its own (landscape) pages
	Statuses   []Status // every status in report order, with its label and fill
	// Tables and Charts are every table and chart a template may place,
	// whether it does or not, in a fixed order ("areas", "agencies",
	// "kinds", then "overdue", "duenext", "items" for tables): the
	// workbook's summary shows the groups even where the wording does not.
	Tables []*Table
	Charts []*Chart
	// Headings are every column heading of tables.tmpl by name ("col.id":
	// "Mã"), for the columns a renderer shows beyond the tables: the
	// workbook's status sheet.
	Headings map[string]string
	// Workbook is the workbook's own wording (workbook.tmpl).
	Workbook Workbook
	// Office says where the office's own text (assessment, direction,
	// recommendations) is read from and whether it has been written.
	Office Office
	// Difficulties are the agencies' "khó khăn, vướng mắc, đề xuất" from
	// returned forms, item by item, for the drafter of the assessment.
	Difficulties []Difficulty
}

// Workbook is what the report workbook says beyond the report's text: the
// titles of its status and summary sheets.
type Workbook struct {
	StatusTitle    string // "TÌNH HÌNH THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 07-CTr/TU"
	StatusCaption  string // "(quý II-2021, tính đến ngày 30 tháng 6 năm 2021)"
	StatusPrompt   string // the status drop-down's prompt: "Chọn một tình trạng trong danh sách."
	SummaryTitle   string // "TỔNG HỢP KẾT QUẢ THỰC HIỆN …"
	SummaryCaption string // "(…; số liệu là công thức trên trang «Tình trạng»)"
	ByArea         string // the summary's block titles: "Theo lĩnh vực"
	ByAgency       string // "Theo cơ quan chủ trì"
	ByKind         string // "Theo loại phần việc"
	Chart          string // the summary chart's title: "Tiến độ theo lĩnh vực"
}

// Info is the document properties every renderer writes.
type Info struct {
	Title    string // "BÁO CÁO tiến độ thực hiện …"
	Subject  string // the trích yếu
	Author   string // "ĐẢNG BỘ TỈNH KIÊN GIANG TỈNH ỦY"
	Keywords string // "07-CTr/TU 2021-Q3"
	Date     string // ISO date of the document: "2021-09-30"
}

// Header is the two-column header of the first page.
type Header struct {
	ParentIssuer string // "ĐẢNG BỘ TỈNH KIÊN GIANG"
	Issuer       string // "TỈNH ỦY"
	Number       string // "Số 15-BC/TU", or "Số     -BC/TU" with room to write the number by hand
	Party        string // "ĐẢNG CỘNG SẢN VIỆT NAM"
	PlaceDate    string // "Rạch Giá, ngày 30 tháng 9 năm 2021"
}

// RecipientsLabel heads the Nơi nhận list beside the signature (HD36).
const RecipientsLabel = "Nơi nhận:"

// Signer is the signature block.
type Signer struct {
	Authority string // "T/M BAN THƯỜNG VỤ"
	Position  string // "BÍ THƯ"
	Name      string // "Đỗ Thanh Bình"
}

// BlockKind is what a block of the body or appendix is.
type BlockKind int

// The kinds of block, as the templates' markup writes them.
const (
	Paragraph    BlockKind = iota // body text, justified, first line indented
	Heading                       // "# I- KẾT QUẢ": a bold heading
	CentreBold                    // "^ PHỤ LỤC": a centred bold line
	CentreItalic                  // "~ (Kèm theo …)": a centred italic line
	TableBlock                    // "[[table areas]]"
	ChartBlock                    // "[[chart areas]]"
)

// Block is one paragraph, heading, table or chart.
type Block struct {
	Kind   BlockKind
	Text   string // the words of a paragraph, heading or centred line
	Table  *Table // for TableBlock
	Chart  *Chart // for ChartBlock
	Source string // where the block came from: "results.tmpl", or the office's file
}

// Align is how a column's cells are set.
type Align int

// The column alignments.
const (
	Left    Align = iota // names: agencies, areas
	Centre               // short codes and dates
	Justify              // running text: an item's title
	Figure               // counts and rates: centred, the heading set vertically when narrow
)

// Column is a table column: its heading and alignment.
type Column struct {
	Heading string
	Align   Align
}

// Table is a table of the report. Cells are final text; a renderer only
// wraps and places them.
type Table struct {
	Name    string // "areas", "agencies", "kinds", "overdue", "duenext", "items"
	Columns []Column
	Rows    []Row
}

// Row is one table row.
type Row struct {
	Cells  []string
	Total  bool            // the total row: bold, kept with the row above it
	Status progress.Status // the item's status on item rows, "" on others
}

// Chart is a stacked bar chart: one bar per group, a segment per status.
type Chart struct {
	Name     string   // "areas", "agencies", "kinds"
	Statuses []Status // the statuses with at least one item in the chart, in report order (the legend)
	Bars     []Bar
}

// Bar is one group of a chart.
type Bar struct {
	Label  string // "Về kinh tế"
	Total  int
	Counts []int // per Chart.Statuses
}

// Status is a status as every renderer shows it.
type Status struct {
	Code  progress.Status
	Label string      // "Đã hoàn thành đúng hạn"
	Fill  palette.RGB // the one fill of the status, readable in black and white
}

// Office locates the office's own text for the quarter.
type Office struct {
	Path    string // the file the office writes, "theo-doi/07-CTr-TU-2021.2021-Q3.md"
	Written bool   // the file exists and at least one of its sections has text
}

// Difficulty is one agency's "khó khăn, vướng mắc, đề xuất" on one item.
type Difficulty struct {
	ItemID string // "04.2"
	Title  string // the item's title
	Lead   string // the agency that wrote it
	Date   string // the record's date, "15-9-2021"
	Text   string
}
