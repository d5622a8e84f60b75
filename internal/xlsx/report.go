package xlsx

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
	"baocao/internal/progress"
)

// Sheet names of the report workbook.
const (
	SheetStatus  = "Tình trạng"
	SheetSummary = "Tổng hợp"
)

// ReportOptions shape the report workbook.
type ReportOptions struct {
	Date    program.Date // document properties date; zero: the review's report date
	Author  string       // zero: the programme's issuer
	Font    Font         // zero: Times New Roman 12
	Margins Margins      // zero: 20/20/30/15 mm
}

// Report writes the quarterly progress workbook: a status sheet (one row
// per item, the status a drop-down, overdue rows highlighted by a
// conditional format on the status cell), a summary sheet whose counts are
// COUNTIFS formulas over the status sheet (with the counts also stored as
// cached values for viewers that do not recalculate), and a stacked chart.
func Report(w io.Writer, r *progress.Review, o ReportOptions) error {
	if r == nil || r.Programme == nil {
		return fmt.Errorf("report workbook: no review or no programme")
	}
	o.Font = o.Font.orDefault()
	if o.Date.IsZero() {
		o.Date = r.Date
	}
	if o.Author == "" {
		o.Author = r.Programme.Issuer
	}
	rows := reportRows(r)

	f, st, err := newWorkbook(o.Font, SheetStatus, SheetSummary)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := writeStatusSheet(f, st, r, rows, o); err != nil {
		return fmt.Errorf("report workbook, sheet %s: %w", SheetStatus, err)
	}
	if err := writeSummarySheet(f, st, r, rows, o); err != nil {
		return fmt.Errorf("report workbook, sheet %s: %w", SheetSummary, err)
	}
	// Excel recalculates on opening; the cached values serve the others.
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return err
	}
	p := r.Programme
	title := fmt.Sprintf("Tiến độ thực hiện %s số %s %s", p.Type, p.Number, r.Quarter.Label())
	if err := (docProps{Title: title, Subject: p.Subject, Author: o.Author, Date: o.Date}).apply(f); err != nil {
		return err
	}
	return writeRepeatable(f, w)
}

// reportRow is one item as the status sheet shows it; area, lead and kind
// labels are the keys the summary's COUNTIFS match on.
type reportRow struct {
	is                      progress.ItemStatus
	area, lead, kind, label string
}

// reportRows labels each item with the group labels of the review, so that
// the summary rows (from the review's groups) and the status rows agree.
func reportRows(r *progress.Review) []reportRow {
	areas := map[string]string{}
	for _, g := range r.ByArea {
		areas[g.Key] = g.Label
	}
	leads := map[string]string{}
	for _, g := range r.ByAgency {
		leads[g.Key] = g.Label
	}
	rows := make([]reportRow, len(r.Items))
	for i, is := range r.Items {
		it := is.Item
		area, ok := areas[strconv.Itoa(it.Area)]
		if !ok {
			if a := r.Programme.AreaByNumber(it.Area); a != nil {
				area = a.Title
			} else {
				area = "Khác"
			}
		}
		lead, ok := leads[it.Lead.Key]
		if !ok {
			lead = it.Lead.Name
		}
		rows[i] = reportRow{is: is, area: area, lead: lead, kind: it.Kind.Label(), label: is.Status.Label()}
	}
	return rows
}

// countifsCriterion is the COUNTIFS criterion matching a label exactly:
// a reference to the label's cell, unless the label holds a wildcard (* ?
// ~) or starts like an operator (= < >), which COUNTIFS would interpret;
// then a quoted literal with the wildcards escaped.
func countifsCriterion(cell, label string) string {
	if !strings.ContainsAny(label, "*?~") && !strings.HasPrefix(label, "=") &&
		!strings.HasPrefix(label, "<") && !strings.HasPrefix(label, ">") {
		return cell
	}
	esc := strings.NewReplacer("~", "~~", "*", "~*", "?", "~?", `"`, `""`).Replace(label)
	return `"=` + esc + `"`
}
