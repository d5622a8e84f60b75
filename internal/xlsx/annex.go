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
	return writeAnnex(w, newAnnexData(p, o))
}

// newAnnexData selects what the annex shows and fills in the options' defaults.
func newAnnexData(p *program.Programme, o AnnexOptions) *annexData {
	o.Font = o.Font.orDefault()
	o.Margins = o.Margins.orDefault() // the same page either way; one template key
	if o.Date.IsZero() {
		o.Date = p.Date
	}
	if o.Author == "" {
		o.Author = p.Issuer
	}
	rows, items := annexSelection(p, o.AgencyKey)
	return &annexData{p: p, rows: rows, items: items, o: o}
}

// annexData is everything one annex workbook shows.
type annexData struct {
	p     *program.Programme
	rows  []program.AnnexRow
	items []program.WorkItem
	o     AnnexOptions // with defaults filled in
}

// title is the workbook's document title (File > Properties).
func (ad *annexData) title() string {
	p := ad.p
	if p.Number != "" {
		return fmt.Sprintf("%s kèm theo %s số %s", p.Annex.Title, p.Type, p.Number)
	}
	return p.Annex.Title
}

// hasNote reports whether the Danh mục sheet ends with the programme's
// Ghi chú. The note counts the whole programme's items: on one agency's
// rows it would read as that agency's count, so a per-agency annex leaves
// it out.
func (ad *annexData) hasNote() bool { return ad.p.Annex.Note != "" && ad.o.AgencyKey == "" }

// annexParts renders an annex with excelize: every part of the workbook,
// uncompressed, and the cell styles it was written with.
func annexParts(ad *annexData) (map[string][]byte, *styleSet, error) {
	p, o := ad.p, ad.o
	f, st, err := newWorkbook(o.Font, SheetAnnex, SheetItems, SheetStats)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	defer rowSplices.take(f) // rows of a workbook that failed before writing
	if err := writeAnnexList(f, st, ad); err != nil {
		return nil, nil, fmt.Errorf("annex workbook, sheet %s: %w", SheetAnnex, err)
	}
	if err := writeItemList(f, st, ad.items, o); err != nil {
		return nil, nil, fmt.Errorf("annex workbook, sheet %s: %w", SheetItems, err)
	}
	if err := writeItemStats(f, st, ad.items, o); err != nil {
		return nil, nil, fmt.Errorf("annex workbook, sheet %s: %w", SheetStats, err)
	}
	if err := (docProps{Title: ad.title(), Subject: p.Subject, Author: o.Author, Date: o.Date}).apply(f); err != nil {
		return nil, nil, err
	}
	parts, err := collectParts(f)
	if err != nil {
		return nil, nil, err
	}
	if err := applySplices(parts, rowSplices.take(f)); err != nil {
		return nil, nil, err
	}
	return parts, st, nil
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
