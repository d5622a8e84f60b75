package docx

import "strings"

// balance breaks a centred title that does not fit on one line of width
// twips into two lines of about equal length, the first not shorter, as
// the PDF sets the trích yếu; left to Word, the second line would carry
// one or two words ("2021") under a full first line. A break before a word
// that opens a phrase ("số 07-CTr/TU", "của Tỉnh ủy", "quý III") is
// preferred to a more even one inside a compound ("hành / động").
func balance(s string, width int, pt float64) string {
	if textTw(s, pt) <= width || strings.Contains(s, "\n") {
		return s
	}
	words := strings.Fields(s)
	best, bestDiff, bestOpens := -1, 0, false
	for i := 1; i < len(words); i++ {
		a, b := textTw(strings.Join(words[:i], " "), pt), textTw(strings.Join(words[i:], " "), pt)
		if a > width || b > width || a < b {
			continue
		}
		opens := phraseOpeners[words[i]]
		if d := a - b; best < 0 || opens && !bestOpens || opens == bestOpens && d < bestDiff {
			best, bestDiff, bestOpens = i, d, opens
		}
	}
	if best < 0 { // three lines or more: Word wraps it
		return s
	}
	return strings.Join(words[:best], " ") + "\n" + strings.Join(words[best:], " ")
}

// phraseOpeners are words a line of a title may well start with: each
// opens a phrase (a number, an issuer, a period, a subject).
var phraseOpeners = map[string]bool{
	"số": true, "của": true, "về": true, "quý": true, "năm": true, "giai": true,
	"theo": true, "đến": true, "trong": true, "thực": true, "tiến": true,
}
