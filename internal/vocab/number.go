package vocab

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"baocao/internal/lazyre"
)

// Number is a count found in a text: written in digits ("03") or in words
// ("mười một", "hai mươi mốt"). Start and End are byte offsets.
type Number struct {
	Start, End int
	Value      int
}

// numberWord is the role of a number word in a count.
type numberWord int

const (
	nwUnit    numberWord = iota + 1 // một … chín
	nwTen                           // mười: 10
	nwTens                          // mươi: times ten
	nwTail                          // mốt, tư, lăm, nhăm: a unit only after mươi/mười
	nwHundred                       // trăm
	nwZero                          // linh, lẻ: "một trăm linh năm"
)

var numberWords = map[string]struct {
	role  numberWord
	value int
}{
	"một": {nwUnit, 1}, "hai": {nwUnit, 2}, "ba": {nwUnit, 3}, "bốn": {nwUnit, 4}, "năm": {nwUnit, 5},
	"sáu": {nwUnit, 6}, "bảy": {nwUnit, 7}, "bẩy": {nwUnit, 7}, "tám": {nwUnit, 8}, "chín": {nwUnit, 9},
	"mười": {nwTen, 10}, "mươi": {nwTens, 0}, "mốt": {nwTail, 1}, "tư": {nwTail, 4}, "lăm": {nwTail, 5},
	"nhăm": {nwTail, 5}, "trăm": {nwHundred, 0}, "linh": {nwZero, 0}, "lẻ": {nwZero, 0},
}

// notCounted are words after a number word that show it is no count:
// "một số" (some), "năm nay" (this year), "năm học".
var notCounted = map[string]bool{"số": true, "cách": true, "nay": true, "qua": true, "học": true, "tới": true,
	"sau": true, "trước": true, "ngoái": true, "tài": true, "khi": true}

// yearBefore are words before "năm" that make it the year, not five:
// "hằng năm", "trong năm".
var yearBefore = map[string]bool{"hằng": true, "hàng": true, "mỗi": true, "các": true, "những": true, "trong": true,
	"cuối": true, "đầu": true, "giữa": true, "cả": true, "từng": true, "nhiều": true, "vài": true, "mấy": true, "của": true}

// reBracketed is a numeral in brackets after a count in words: "ba (03)".
var reBracketed = lazyre.New(`^\s*\(\s*(\d+)\s*\)`)

// word is one word of a text with its byte range.
type word struct {
	text       string
	start, end int
	digits     bool
}

// words splits low into runs of letters and digits.
func words(low string) []word {
	var out []word
	start := -1
	for i := 0; i <= len(low); {
		r, size := rune(0), 1
		if i < len(low) {
			r, size = utf8.DecodeRuneInString(low[i:])
		}
		in := i < len(low) && (r >= '0' && r <= '9' || r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') || r >= 0x80 && isLetter(r))
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			w := word{text: low[start:i], start: start, end: i}
			w.digits = w.text[0] >= '0' && w.text[0] <= '9'
			out = append(out, w)
			start = -1
		}
		i += size
	}
	return out
}

// Numbers finds the counts in a lower-case text (Lower): every run of
// digits, and every run of number words that reads as one count and is
// followed, after spaces only, by the word it counts ("ba kế hoạch", "mười một đề án", "hai
// mươi mốt nhiệm vụ", "ba (03) kế hoạch" as one count). "năm" is a year, not five, after "hằng", "trong",
// "các"… or before a year or "nay"; "một số" is "some".
func Numbers(low string) []Number {
	ws := words(low)
	var out []Number
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.digits {
			if allDigits(w.text) {
				v, _ := strconv.Atoi(w.text)
				out = append(out, Number{w.start, w.end, v})
			}
			continue
		}
		n, value := countWords(ws[i:])
		if n == 0 {
			continue
		}
		next, end := i+n, ws[i+n-1].end
		// "ba (03) kế hoạch": the numeral in brackets repeats the words.
		if m := reBracketed().FindStringSubmatch(low[end:]); m != nil {
			if v, _ := strconv.Atoi(m[1]); v == value {
				end += len(m[0])
				next++
			}
		}
		if next >= len(ws) || ws[next].digits || notCounted[ws[next].text] || strings.TrimSpace(low[end:ws[next].start]) != "" {
			i = next - 1
			continue
		}
		if n == 1 && w.text == "năm" && i > 0 && yearBefore[ws[i-1].text] {
			continue
		}
		out = append(out, Number{w.start, end, value})
		i = next - 1
	}
	return out
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// countWords reads the longest run of number words at the start of ws that
// makes one number, and returns how many words it takes and its value.
func countWords(ws []word) (int, int) {
	const (
		start   = iota
		unit    // a unit: mươi or trăm may follow
		ten     // mười: a unit or lăm may follow
		tens    // mươi: a unit or a tail may follow
		hundred // trăm: linh, a unit or mười may follow
		zero    // linh: a unit must follow
		done
	)
	state, hundreds, cur, n := start, 0, 0, 0
	for _, w := range ws {
		nw, ok := numberWords[w.text]
		if !ok {
			break
		}
		next := -1
		switch {
		case nw.role == nwUnit && (state == start || state == hundred || state == zero):
			next, cur = unit, nw.value
			if state == zero {
				next = done
			}
		case nw.role == nwUnit && (state == ten || state == tens):
			next, cur = done, cur+nw.value
		case nw.role == nwTen && (state == start || state == hundred):
			next, cur = ten, 10
		case nw.role == nwTens && state == unit && cur >= 2:
			next, cur = tens, cur*10
		case nw.role == nwTail && (state == tens || state == ten && nw.value == 5):
			next, cur = done, cur+nw.value
		case nw.role == nwHundred && state == unit && hundreds == 0:
			next, hundreds, cur = hundred, cur*100, 0
		case nw.role == nwZero && state == hundred:
			next = zero
		}
		if next < 0 {
			break
		}
		state = next
		n++
		if state == done {
			break
		}
	}
	if state == zero { // "một trăm linh" without its unit: stop before linh
		n--
	}
	if n == 0 || state == start {
		return 0, 0
	}
	return n, hundreds + cur
}
