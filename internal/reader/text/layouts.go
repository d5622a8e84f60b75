package text

// The layouts this file adds, after the tab-separated and Markdown readers
// of the package core. The order matters only where two readers could
// both accept a line, and goes from the most to the least certain: a grid
// starts with a rule of box-drawing characters or +---+, which nothing
// else produces; a one-cell-per-line table needs a line that is exactly
// TT/STT/Số TT followed by short header lines and a row number; space
// alignment is a judgement over several lines, so it comes last and never
// sees a line another reader could take.
func init() {
	tableReaders = append(tableReaders,
		layout{"text/box-grid", readBoxGrid},
		layout{"text/plus-grid", readPlusGrid},
		layout{"text/cell-per-line", readCellPerLine},
		layout{"text/aligned", readAlignedGated},
		layout{"", readSideBySide})
}
