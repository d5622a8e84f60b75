package xlsx

import "baocao/internal/report"

// labelColour is the colour of a figure printed on a status's fill: white
// on a dark one, black otherwise, as the PDF's chart prints it.
func labelColour(s report.Status) string {
	if s.Fill.Dark() {
		return "FFFFFF"
	}
	return "000000"
}
