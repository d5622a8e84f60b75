// Package palette gives each status the one fill every renderer prints, readable on a black-and-white printer.
package palette

import (
	"fmt"

	"baocao/internal/progress"
)

// RGB is a fill colour, 0–255 a channel.
type RGB [3]int

// status keeps each status's hue (greens done, blue open, amber due soon,
// red overdue, greys without deadline or paused) but spaces their grey
// levels at least 25 of 255 apart, and adjacent segments of a stacked bar
// (report order) much further: office printers print the report in black
// and white, where the former green, blue and red all came out one mid grey.
var status = map[progress.Status]RGB{
	progress.DoneOnTime: {13, 64, 13},    // dark green, grey 43
	progress.DoneLate:   {156, 204, 101}, // light green, grey 178
	progress.OpenOnTime: {30, 136, 229},  // blue, grey 115
	progress.DueSoon:    {255, 213, 79},  // amber, grey 210
	progress.OpenLate:   {216, 27, 27},   // red, grey 84
	progress.NoDeadline: {235, 235, 235}, // light grey, grey 235
	progress.Paused:     {150, 150, 150}, // mid grey, grey 150
}

// Status is the fill of a status; an unknown status is black.
func Status(s progress.Status) RGB { return status[s] }

// Hex is the fill as spreadsheets write it: "0D400D".
func (c RGB) Hex() string { return fmt.Sprintf("%02X%02X%02X", c[0], c[1], c[2]) }

// Grey is the level a black-and-white printer turns the colour into
// (ITU-R BT.601 luma), 0 black to 255 white.
func (c RGB) Grey() int { return (299*c[0] + 587*c[1] + 114*c[2] + 500) / 1000 }

// Dark reports a fill that needs white figures on it.
func (c RGB) Dark() bool { return c.Grey() < 140 }
