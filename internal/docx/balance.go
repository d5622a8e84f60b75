package docx

import "strings"

// balance breaks a centred title that does not fit on one line of width
// twips into two lines of about equal length, the first not shorter, as
// the PDF sets the trích yếu; left to Word, the second line would carry
// one or two words ("2021") under a full first line.
func balance(s string, width int, pt float64) string {
	if textTw(s, pt) <= width || strings.Contains(s, "\n") {
		return s
	}
	words := strings.Fields(s)
	best, bestDiff := -1, 0
	for i := 1; i < len(words); i++ {
		a, b := textTw(strings.Join(words[:i], " "), pt), textTw(strings.Join(words[i:], " "), pt)
		if a > width || b > width || a < b {
			continue
		}
		if d := a - b; best < 0 || d < bestDiff {
			best, bestDiff = i, d
		}
	}
	if best < 0 { // three lines or more: Word wraps it
		return s
	}
	return strings.Join(words[:best], " ") + "\n" + strings.Join(words[best:], " ")
}
