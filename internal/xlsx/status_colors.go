package xlsx

import "baocao/internal/progress"

// statusColors give each status the same colour in every chart: greens for
// done, blue for open on time, amber for due soon, red for overdue, greys
// for no deadline and paused. The PDF report may use the same.
var statusColors = map[progress.Status]string{
	progress.DoneOnTime: "2E7D32",
	progress.DoneLate:   "9CCC65",
	progress.OpenOnTime: "1E88E5",
	progress.DueSoon:    "FFB300",
	progress.OpenLate:   "E53935",
	progress.NoDeadline: "9E9E9E",
	progress.Paused:     "616161",
}
