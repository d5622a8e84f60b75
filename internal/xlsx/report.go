package xlsx

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
	"baocao/internal/progress"
	"baocao/internal/report"
)

// Sheet names of the report workbook.
const (
	SheetText    = "Báo cáo"
	SheetStatus  = "Tình trạng"
	SheetSummary = "Tổng hợp"
)

// ReportOptions shape the report workbook.
type ReportOptions struct {
	Font    Font    // zero: Times New Roman 12
	Margins Margins // zero: 20/20/30/15 mm
}

// Report writes the quarterly progress workbook from the report's model
// (report.Build), so its words and figures are the PDF's: a sheet with the
// report's text in reading order (headings, paragraphs, the tables), a
// status sheet (one row per item, the status a drop-down, overdue rows
// highlighted by a conditional format on the status cell), and a summary
// sheet whose counts are COUNTIFS formulas over the status sheet (with the
// counts also stored as cached values for viewers that do not recalculate)
// with a stacked chart.
func Report(w io.Writer, m *report.Report, o ReportOptions) error {
	if m == nil {
		return fmt.Errorf("report workbook: no report")
	}
	o.Font = o.Font.orDefault()
	date, err := program.ParseISODate(m.Info.Date)
	if err != nil {
		return fmt.Errorf("report workbook: document date: %w", err)
	}
	rows, err := reportRows(m)
	if err != nil {
		return fmt.Errorf("report workbook: %w", err)
	}

	f, st, err := newWorkbook(o.Font, SheetText, SheetStatus, SheetSummary)
	if err != nil {
		return err
	}
	defer f.Close()
	rs, keep, err := reportStylesFor(f, o.Font)
	if err != nil {
		return err
	}
	if err := writeTextSheet(f, st, &rs.ts, m, o); err != nil {
		return fmt.Errorf("report workbook, sheet %s: %w", SheetText, err)
	}
	if err := writeStatusSheet(f, st, rs, m, rows, o); err != nil {
		return fmt.Errorf("report workbook, sheet %s: %w", SheetStatus, err)
	}
	if err := writeSummarySheet(f, st, m, rows, o); err != nil {
		return fmt.Errorf("report workbook, sheet %s: %w", SheetSummary, err)
	}
	// Excel recalculates on opening; the cached values serve the others.
	full := true
	if err := f.SetCalcProps(&excelize.CalcPropsOptions{FullCalcOnLoad: &full}); err != nil {
		return err
	}
	if err := (docProps{Title: m.Info.Title, Subject: m.Info.Subject, Author: m.Info.Author, Date: date}).apply(f); err != nil {
		return err
	}
	return writeEdited(f, w, func(parts map[string][]byte) {
		if keep != nil {
			keep(parts[stylesPart])
		}
		edgeSeries(parts)
	})
}

// reportRow is one item as the status sheet shows it; its area, agency and
// kind labels are the group labels the summary's COUNTIFS match on.
type reportRow struct {
	it             report.ItemData
	status         progress.Status
	due, completed *program.Date
}

// reportRows reads the model's items with their dates as dates.
func reportRows(m *report.Report) ([]reportRow, error) {
	rows := make([]reportRow, len(m.Data.Items))
	for i, it := range m.Data.Items {
		due, err := dottedDate(it.Due)
		if err != nil {
			return nil, fmt.Errorf("item %s: due date: %w", it.ID, err)
		}
		done, err := dottedDate(it.Completed)
		if err != nil {
			return nil, fmt.Errorf("item %s: completion date: %w", it.ID, err)
		}
		rows[i] = reportRow{it: it, status: progress.Status(it.StatusCode), due: due, completed: done}
	}
	return rows, nil
}

// dottedDate reads a date as the model writes it, "30-6-2021"; empty is none.
func dottedDate(s string) (*program.Date, error) {
	if s == "" {
		return nil, nil
	}
	t, err := time.Parse("2-1-2006", s)
	if err != nil {
		return nil, fmt.Errorf("%q is not a date written 30-6-2021", s)
	}
	d := program.DateOf(t)
	return &d, nil
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
