package report

import (
	"fmt"
	"strconv"
	"strings"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// Data is what every report template receives; templates/README.md
// documents each field with an example. Everything is already formatted the
// Vietnamese way (dates 02-4-2021, percentages 33,3%), so a template only
// arranges words. The renderers read it too (Report.Data), for what they
// show beyond the templates' text: the workbook's status sheet.
type Data struct {
	Programme   ProgrammeData
	Document    DocumentData // the report itself: number, issuer, place, date
	Quarter     QuarterData  // the quarter reported on
	NextQuarter QuarterData
	Date        DateData // report date D: statuses are as of this day
	DueSoonDays int      // window of "Sắp đến hạn"
	Untracked   bool     // no progress ledger yet: statuses from the deadlines alone
	Total       TallyData
	Areas       []GroupData // in area order
	Agencies    []GroupData // lead agencies, Vietnamese alphabetical order
	Kinds       []GroupData // in the Ghi chú's order of kinds
	Overdue     []ItemData  // open and past due, most days overdue first
	DueNext     []ItemData  // open and due within the next quarter
	Items       []ItemData  // every work item, in annex order
	Office      OfficeData  // the office's own text: assessment, direction, recommendations
}

// ProgrammeData describes the programme reported on.
type ProgrammeData struct {
	Type   string   // "Chương trình hành động"
	Number string   // "07-CTr/TU"
	Date   DateData // 02-4-2021
	Issuer string   // "Tỉnh ủy" (running-text spelling)
	// Declared is the count of work items the programme's own Ghi chú
	// states ("đề ra 33 phần việc"), 0 when it states none; it may differ
	// from Total.Total, the items the annex lists one by one.
	Declared int
}

// DocumentData describes the report: its header fields from the configuration.
type DocumentData struct {
	Number       string   // "15-BC/TU"
	ParentIssuer string   // "ĐẢNG BỘ TỈNH KIÊN GIANG"
	Issuer       string   // "TỈNH ỦY"
	Place        string   // "Rạch Giá"
	Date         DateData // the document's date
	Reporter     string   // "Ban Thường vụ Tỉnh ủy": who reports, the body the signature signs for
}

// QuarterData is a quarter in the forms documents use.
type QuarterData struct {
	Text  string   // in the document's style (Options.QuarterStyle): "quý II-2021" by default
	Roman string   // "II"
	Year  int      // 2021
	Label string   // always "quý II-2021" (the seed's form), whatever the style
	Long  string   // always "quý II năm 2021", whatever the style
	First DateData // 01-4-2021
	Last  DateData // 30-6-2021
}

// DateData is a date in the forms documents use.
type DateData struct {
	Dotted string // "30-6-2021"
	Long   string // "ngày 30 tháng 6 năm 2021"
	ISO    string // "2021-06-30"
}

// TallyData counts items per status.
type TallyData struct {
	Total       int
	Done        int          // completed, on time or late
	DonePercent string       // "45,5%"
	Statuses    []StatusData // statuses with at least one item, in report order
	All         []StatusData // every status, in report order
}

// StatusData is one status's count within a tally.
type StatusData struct {
	Code    string // "done_on_time"
	Label   string // "Đã hoàn thành đúng hạn"
	Count   int
	Percent string // of the tally's total: "30,3%"
}

// GroupData is the tally of one area, agency or kind.
type GroupData struct {
	Key   string // area number, agency key or kind
	Label string // "Về kinh tế", "Ban Tuyên giáo Tỉnh ủy", "Đề án"
	Tally TallyData
}

// ItemData is one work item as it stands.
type ItemData struct {
	N           int    // 1-based position in its list
	ID          string // "04.2"
	TT          string // annex row "04"
	Kind        string // "Sơ kết"
	Title       string // quarters in it are written in the document's style, as in Deadline, Document, Note and Changed
	Lead        string // lead agency as written
	Agency      string // the lead's label in .Agencies (its first spelling): what the workbook's counts match
	Area        string // the label of the item's area in .Areas: "Về kinh tế"
	Deadline    string // deadline words, quarters in the document's style: "Hoàn thành trong quý II-2021"
	Due         string // effective due date "30-6-2021", "" if none
	OriginalDue string // the programme's due date when it was changed, else ""
	StatusCode  string // "open_late"
	Status      string // "Đang thực hiện quá hạn"
	Completed   string // completion date "15-6-2021", "" if open
	Document    string // issued document
	Note        string
	DaysOverdue int
	DaysLeft    int    // open on time or due soon: days until due (0 on the due date)
	Changed     string // reason of the latest deadline change, "" if none
}

// newData formats a review for the templates.
func newData(r *progress.Review, o Options, docDate program.Date) Data {
	p := r.Programme
	kind, issuer := p.Type, p.Issuer
	if kind == "" {
		kind = "Chương trình hành động" // what the parser reads; a sentence needs a subject
	}
	if issuer == "" {
		issuer = "Tỉnh ủy"
	}
	if o.Signer.Body == "" {
		o.Signer.Body = "Ban Thường vụ " + issuer // what the templates said before signer.body
	}
	d := Data{
		Programme: ProgrammeData{Type: kind, Number: p.Number, Date: dateData(p.Date), Issuer: issuer, Declared: p.DeclaredTotal},
		Document: DocumentData{
			Number: numberRoom(o.Header.Number), ParentIssuer: o.Header.ParentIssuer, Issuer: o.Header.Issuer,
			Place: o.Header.Place, Date: dateData(docDate), Reporter: o.Signer.Body,
		},
		Quarter:     quarterData(r.Quarter, o.QuarterStyle),
		NextQuarter: quarterData(r.Quarter.Next(), o.QuarterStyle),
		Date:        dateData(r.Date),
		DueSoonDays: r.DueSoonDays,
		Untracked:   r.Untracked,
		Total:       tallyData(r.Total),
		Areas:       groupsData(r.ByArea),
		Agencies:    groupsData(r.ByAgency),
		Kinds:       groupsData(r.ByKind),
		Overdue:     itemsData(r, r.Overdue, o.QuarterStyle),
		DueNext:     itemsData(r, r.DueNext, o.QuarterStyle),
		Items:       itemsData(r, r.Items, o.QuarterStyle),
	}
	return d
}

func dateData(d program.Date) DateData {
	if d.IsZero() {
		return DateData{}
	}
	return DateData{Dotted: d.Dotted(), Long: d.Long(), ISO: d.String()}
}

func quarterData(q program.Quarter, style QuarterStyle) QuarterData {
	return QuarterData{
		Text:  style.Format(q),
		Roman: q.Roman(), Year: q.Year, Label: q.Label(),
		Long:  fmt.Sprintf("quý %s năm %d", q.Roman(), q.Year),
		First: dateData(q.First()), Last: dateData(q.Last()),
	}
}

func tallyData(t progress.Tally) TallyData {
	out := TallyData{Total: t.Total, Done: t.Done(), DonePercent: percent(t.Done(), t.Total)}
	for _, s := range progress.Statuses {
		sd := StatusData{Code: string(s), Label: s.Label(), Count: t.Count(s), Percent: percent(t.Count(s), t.Total)}
		out.All = append(out.All, sd)
		if sd.Count > 0 {
			out.Statuses = append(out.Statuses, sd)
		}
	}
	return out
}

func groupsData(gs []progress.Group) []GroupData {
	out := make([]GroupData, len(gs))
	for i, g := range gs {
		out[i] = GroupData{Key: g.Key, Label: g.Label, Tally: tallyData(g.Tally)}
	}
	return out
}

// itemsData formats items; quarters in their words (deadline, title,
// note, change reason) are rewritten to the document's style, so one report
// never mixes "quý II-2021" and "quý II năm 2021".
func itemsData(r *progress.Review, items []progress.ItemStatus, style QuarterStyle) []ItemData {
	areas := map[string]string{}
	for _, g := range r.ByArea {
		areas[g.Key] = g.Label
	}
	agencies := map[string]string{}
	for _, g := range r.ByAgency {
		agencies[g.Key] = g.Label
	}
	out := make([]ItemData, len(items))
	for i, it := range items {
		out[i] = ItemData{
			N: i + 1, ID: it.Item.ID, TT: it.Item.TT, Kind: it.Item.Kind.Label(), Title: style.restyle(it.Item.Title),
			Lead: it.Item.Lead.Name, Deadline: style.restyle(it.Item.Deadline.Text),
			Due: datePtr(it.Due), OriginalDue: datePtr(it.OriginalDue),
			StatusCode: string(it.Status), Status: it.Status.Label(),
			Completed: datePtr(it.Completed), Document: style.restyle(it.Document), Note: style.restyle(it.Note),
			DaysOverdue: it.DaysOverdue, DaysLeft: it.DaysLeft,
			Area: areaLabel(r, it.Item.Area, areas), Agency: agencyLabel(it.Item.Lead, agencies),
		}
		if n := len(it.DeadlineChanges); n > 0 {
			out[i].Changed = style.restyle(it.DeadlineChanges[n-1].Reason)
		}
	}
	return out
}

func datePtr(d *program.Date) string {
	if d == nil {
		return ""
	}
	return d.Dotted()
}

// percent writes n of total as a percentage the Vietnamese way, one decimal
// with a comma, whole numbers without decimals: 33,3%, 50%; 0% when total is
// 0. It rounds half up on the exact fraction, in integers: the report
// workbook shows the same rates with the format 0.0%, which Excel and
// LibreOffice round half away from zero (1 of 16 is 6,3%), while %.1f on
// the float rounds 6.25 down to even and 12.35 (inexact in binary) down too.
func percent(n, total int) string {
	if total <= 0 {
		return "0%"
	}
	tenths := (2000*n + total) / (2 * total)
	if tenths%10 == 0 {
		return strconv.Itoa(tenths/10) + "%"
	}
	return fmt.Sprintf("%d,%d%%", tenths/10, tenths%10)
}

// numberRoom keeps the blank of a number left to write by hand
// ("     -BC/TU", config.ReportNumber) as wide in running text and titles as
// in the header: its spaces become no-break spaces, which lines neither
// collapse nor break at, so "(Kèm theo Báo cáo số      -BC/TU …)" leaves the
// header's room for the number rather than one space.
func numberRoom(number string) string { return strings.ReplaceAll(number, " ", "\u00a0") }

// areaLabel is the label of an item's area group; a review built without
// the item's area (a hand-made one) falls back to the programme's title of
// the area, then to the progress package's label for unlinked rows.
func areaLabel(r *progress.Review, n int, groups map[string]string) string {
	if l, ok := groups[strconv.Itoa(n)]; ok {
		return l
	}
	if a := r.Programme.AreaByNumber(n); a != nil {
		return a.Title
	}
	return "Khác"
}

// agencyLabel is the label of the lead's agency group: the spelling of its
// first item, which later items of the same agency may write differently.
func agencyLabel(lead program.Agency, groups map[string]string) string {
	k := lead.Key
	if k == "" {
		k = lead.Name
	}
	if l, ok := groups[k]; ok {
		return l
	}
	return lead.Name
}
