package xlsx

import (
	"fmt"
	"io"

	"baocao/internal/program"
)

// Sheet names of the annex workbook.
const (
	SheetAnnex = "Danh mục"
	SheetItems = "Phần việc"
	SheetStats = "Thống kê"
)

// AnnexOptions shape the annex workbook.
type AnnexOptions struct {
	Date      program.Date // document properties date; zero: the programme's date
	Subtitle  string       // an extra title line, e.g. the agency's name in a per-agency annex
	AgencyKey string       // when set, only the rows and work items this lead agency leads (and no Ghi chú)
	Author    string       // document properties author; zero: the programme's issuer
	Font      Font         // zero: Times New Roman 12
	Margins   Margins      // zero: 20/20/30/15 mm
}

// Annex writes the annex workbook: the Danh mục table as in the programme,
// one row per work item, and counts per kind and lead agency with charts.
// The same programme and options give the same bytes.
func Annex(w io.Writer, p *program.Programme, o AnnexOptions) error {
	if p == nil {
		return fmt.Errorf("annex workbook: no programme")
	}
	o.Font = o.Font.orDefault()
	if o.Date.IsZero() {
		o.Date = p.Date
	}
	if o.Author == "" {
		o.Author = p.Issuer
	}
	rows, items := annexSelection(p, o.AgencyKey)

	f, st, err := newWorkbook(o.Font, SheetAnnex, SheetItems, SheetStats)
	if err != nil {
		return err
	}
	defer f.Close()
	defer rowSplices.take(f) // rows of a workbook that failed before writing
	if err := writeAnnexList(f, st, p, rows, o); err != nil {
		return fmt.Errorf("annex workbook, sheet %s: %w", SheetAnnex, err)
	}
	if err := writeItemList(f, st, items, o); err != nil {
		return fmt.Errorf("annex workbook, sheet %s: %w", SheetItems, err)
	}
	if err := writeItemStats(f, st, items, o); err != nil {
		return fmt.Errorf("annex workbook, sheet %s: %w", SheetStats, err)
	}
	title := p.Annex.Title
	if p.Number != "" {
		title = fmt.Sprintf("%s kèm theo %s số %s", p.Annex.Title, p.Type, p.Number)
	}
	if err := (docProps{Title: title, Subject: p.Subject, Author: o.Author, Date: o.Date}).apply(f); err != nil {
		return err
	}
	return writeRepeatable(f, w)
}

// annexSelection returns the annex rows and work items to show: all, or
// those led by one agency.
func annexSelection(p *program.Programme, agencyKey string) ([]program.AnnexRow, []program.WorkItem) {
	if agencyKey == "" {
		return p.Annex.Rows, p.WorkItems
	}
	var rows []program.AnnexRow
	for _, r := range p.Annex.Rows {
		if r.Lead.Key == agencyKey {
			rows = append(rows, r)
		}
	}
	var items []program.WorkItem
	for _, it := range p.WorkItems {
		if it.Lead.Key == agencyKey {
			items = append(items, it)
		}
	}
	return rows, items
}
