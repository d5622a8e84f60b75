package xlsx

import (
	"github.com/xuri/excelize/v2"

	"baocao/internal/program"
)

// dateCell is a real Excel date (a serial number shown dd/mm/yyyy), or an
// empty styled cell when there is no date.
func dateCell(style int, d *program.Date) excelize.Cell {
	if d == nil || d.IsZero() {
		return excelize.Cell{StyleID: style}
	}
	return excelize.Cell{StyleID: style, Value: d.Time()}
}
