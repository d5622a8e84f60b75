package xlsx

import (
	"github.com/xuri/excelize/v2"
)

// openSheet readies a sheet for streaming, in the order excelize needs:
// the print setup first (the stream writer keeps it), then the column
// widths in characters, then, when the setup names a header row, the rows
// down to it frozen, so the header that repeats on every printed page
// also stays in view on screen.
func openSheet(f *excelize.File, sheet string, setup pageSetup, widths []float64) (*excelize.StreamWriter, error) {
	if err := setup.apply(f, sheet); err != nil {
		return nil, err
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return nil, err
	}
	if err := setWidths(sw, widths); err != nil {
		return nil, err
	}
	if setup.titleRow > 0 {
		if err := freezeBelow(sw, setup.titleRow); err != nil {
			return nil, err
		}
	}
	return sw, nil
}
