package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// styleSet is the handful of cell styles every workbook uses, all in the
// document font so that no cell falls back to Calibri.
type styleSet struct {
	title, caption, subtitle   int // title rows: bold / italic / bold, centred
	header                     int // bold, centred, bordered, wrapped
	text, center, number, date int // bordered body cells
	percent                    int // bordered, 0.0%
	note                       int // after the table: italic, wrapped, no border
	editText, editDate         int // unlocked body cells of a form
}

// dateFormat is how due and completion dates are shown: 30/06/2021.
const dateFormat = "dd/mm/yyyy"

func newStyleSet(f *excelize.File, font Font) (*styleSet, error) {
	border := []excelize.Border{
		{Type: "left", Color: "000000", Style: 1}, {Type: "top", Color: "000000", Style: 1},
		{Type: "right", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1},
	}
	fnt := func(bold, italic bool) *excelize.Font {
		return &excelize.Font{Family: font.Name, Size: font.Size, Bold: bold, Italic: italic, Color: "000000"}
	}
	dateFmt := dateFormat
	pctFmt := "0.0%"
	s := new(styleSet)
	all := []struct {
		dst *int
		s   excelize.Style
	}{
		{&s.title, excelize.Style{Font: fnt(true, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.caption, excelize.Style{Font: fnt(false, true), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.subtitle, excelize.Style{Font: fnt(true, false), Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.header, excelize.Style{Font: fnt(true, false), Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "center", WrapText: true}}},
		{&s.text, excelize.Style{Font: fnt(false, false), Border: border, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}}},
		{&s.center, excelize.Style{Font: fnt(false, false), Border: border, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}}},
		{&s.number, excelize.Style{Font: fnt(false, false), Border: border, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}}},
		{&s.date, excelize.Style{Font: fnt(false, false), Border: border, CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}},
		{&s.percent, excelize.Style{Font: fnt(false, false), Border: border, CustomNumFmt: &pctFmt, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}}},
		{&s.note, excelize.Style{Font: fnt(false, true), Alignment: &excelize.Alignment{Horizontal: "justify", Vertical: "top", WrapText: true}}},
		{&s.editText, excelize.Style{Font: fnt(false, false), Border: border, Protection: &excelize.Protection{Locked: false}, Fill: editFill, Alignment: &excelize.Alignment{Horizontal: "left", Vertical: "top", WrapText: true}}},
		{&s.editDate, excelize.Style{Font: fnt(false, false), Border: border, Protection: &excelize.Protection{Locked: false}, Fill: editFill, CustomNumFmt: &dateFmt, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}},
	}
	for _, a := range all {
		id, err := f.NewStyle(&a.s)
		if err != nil {
			return nil, err
		}
		*a.dst = id
	}
	return s, nil
}

// editFill marks the cells an agency may fill in (pale yellow, prints light).
var editFill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF9DB"}}
