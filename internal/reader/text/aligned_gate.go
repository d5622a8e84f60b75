package text

import (
	"strings"

	"baocao/internal/document"
	"baocao/internal/source"
)

// readAlignedGated tries readAligned only where an aligned table can
// start: readAligned weighs several lines and is tried at every line no
// other layout took, so on a long programme its cost lands on every body
// paragraph. Its columns are gaps of two or more spaces (tabs never reach
// it: the tab reader comes first), except a header whose cells are one
// space apart, which opens with TT/STT; a line without either, followed
// by two more without a gap, cannot start one.
func readAlignedGated(name string, lines []string, at int) (*document.Table, int, source.Diagnostics, bool) {
	if at < 0 || at >= len(lines) || !mayStartAligned(lines, at) {
		return nil, at, nil, false
	}
	return readAligned(name, lines, at)
}

func mayStartAligned(lines []string, at int) bool {
	first := strings.TrimLeft(lines[at], " \f\u00a0")
	if len(first) >= 2 && (strings.HasPrefix(first, "TT") || strings.HasPrefix(first, "STT") || strings.HasPrefix(first, "Số") || strings.HasPrefix(first, "SỐ")) {
		return true
	}
	for i := at; i < len(lines) && i <= at+2; i++ {
		if strings.Contains(strings.TrimSpace(lines[i]), "  ") {
			return true
		}
	}
	return false
}
