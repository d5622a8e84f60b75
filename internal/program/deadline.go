package program

// DeadlineKind says how a deadline phrase is to be read.
type DeadlineKind string

const (
	// DeadlineFixed has one or more milestones; the last one is the due date.
	DeadlineFixed DeadlineKind = "fixed"
	// DeadlineRecurring repeats (hằng năm, hằng quý, định kỳ 6 tháng, "năm
	// 2021 và các năm tiếp theo"): no single due date.
	DeadlineRecurring DeadlineKind = "recurring"
	// DeadlineOngoing is continuous work (thường xuyên): no due date.
	DeadlineOngoing DeadlineKind = "ongoing"
	// DeadlineOpen starts at a date and has no end ("từ năm 2021"): no due
	// date, From says when it starts.
	DeadlineOpen DeadlineKind = "open"
	// DeadlineSpan covers a multi-year span (2021-2025): due on the span's last day.
	DeadlineSpan DeadlineKind = "span"
	// DeadlineUnknown is a phrase the parser could not read; a diagnostic says why.
	DeadlineUnknown DeadlineKind = "unknown"
)

// Granularity is the size of the period a milestone names.
type Granularity string

const (
	ByDay     Granularity = "day"
	ByMonth   Granularity = "month"
	ByQuarter Granularity = "quarter"
	// ByHalf is a half-year: "6 tháng đầu năm 2021" (January to June) or
	// "6 tháng cuối năm 2021" (July to December). Like every period it is
	// due on its last day.
	ByHalf Granularity = "half"
	ByYear Granularity = "year"
	BySpan Granularity = "span"
)

// Recurrences of a DeadlineRecurring.
const (
	RecurAnnual     = "annual"
	RecurSemiannual = "semiannual"
	RecurQuarterly  = "quarterly"
	RecurMonthly    = "monthly"
)

// Milestone is one period named in a deadline phrase ("quý I-2021"), due on
// the period's last day.
type Milestone struct {
	Text        string      `json:"text"`        // the words as written: "quý I"
	Granularity Granularity `json:"granularity"` // day, month, quarter, half, year, span
	Start       Date        `json:"start"`       // first day of the period
	Due         Date        `json:"due"`         // last day of the period
}

// Deadline is a typed reading of a "thời gian" phrase that keeps the words.
type Deadline struct {
	Text       string       `json:"text"`                 // the phrase exactly as in the source
	Kind       DeadlineKind `json:"kind"`                 // fixed, recurring, ongoing, open, span, unknown
	Milestones []Milestone  `json:"milestones,omitempty"` // in order; the last is the due date
	Due        *Date        `json:"due,omitempty"`        // nil when the deadline has none
	// Qualifier records hedging words that do not move the date:
	// "no_later_than" for "chậm nhất", "before" for "trước ngày" (due is then the day before).
	Qualifier  string `json:"qualifier,omitempty"`
	Recurrence string `json:"recurrence,omitempty"` // annual, semiannual, quarterly, monthly for DeadlineRecurring
	// Every is the period of the year a recurring deadline falls in, as
	// written in lower case: "tháng 10" for "Tháng 10 hằng năm".
	Every string `json:"every,omitempty"`
	// From is the first day of an open deadline ("từ năm 2021") or of a
	// recurring one that says when it starts ("năm 2021 và các năm tiếp theo").
	From *Date `json:"from,omitempty"`
}

// HasDue reports whether the deadline gives a due date.
func (d Deadline) HasDue() bool { return d.Due != nil }
