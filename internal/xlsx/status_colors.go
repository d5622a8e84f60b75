package xlsx

import (
	"baocao/internal/palette"
	"baocao/internal/progress"
)

// statusColors give each status the same fill in every chart, the PDF
// report's too (internal/palette): distinct grey levels when printed in
// black and white.
var statusColors = func() map[progress.Status]string {
	m := map[progress.Status]string{}
	for _, s := range progress.Statuses {
		m[s] = palette.Status(s).Hex()
	}
	return m
}()

// labelColour is the colour of a figure printed on a status's fill: white
// on a dark one, black otherwise.
func labelColour(s progress.Status) string {
	if palette.Status(s).Dark() {
		return "FFFFFF"
	}
	return "000000"
}
