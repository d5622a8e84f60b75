package document

import "unicode"

// BrokenWord reports whether next, a line a cell's width wrapped, finishes
// the last word of prev rather than starting a new one. Word and
// LibreOffice break a token that does not fit a narrow column anywhere,
// and Vietnamese syllables are short, so only tokens that cannot hold a
// space are rejoined: a reference or date cut after its slash ("31/12/" +
// "2023", "123/" + "QĐ-UBND"), a year cut inside its digits ("Quý II/202"
// + "3", "31/12/20" + "23"), and a compound cut after its hyphen
// ("2021-" + "2025", "kinh tế-" + "xã hội" is not: the hyphen must follow
// a letter or digit directly).
func BrokenWord(prev, next string) bool {
	p, n := []rune(prev), []rune(next)
	if len(p) < 2 || len(n) == 0 {
		return false
	}
	last, first := p[len(p)-1], n[0]
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return false
	}
	before := p[len(p)-2]
	if (last == '/' || last == '-' || last == '–') && (unicode.IsLetter(before) || unicode.IsDigit(before)) {
		return true
	}
	// A year cut inside its digits: prev ends in "/" and 1–3 digits, next
	// starts with the rest, the two making four digits and no more.
	tail := 0
	for tail < len(p) && unicode.IsDigit(p[len(p)-1-tail]) {
		tail++
	}
	if tail == 0 || tail > 3 || tail == len(p) || p[len(p)-1-tail] != '/' {
		return false
	}
	head := 0
	for head < len(n) && unicode.IsDigit(n[head]) {
		head++
	}
	if head == 0 || tail+head != 4 {
		return false
	}
	return head == len(n) || !unicode.IsLetter(n[head]) && !unicode.IsDigit(n[head])
}
