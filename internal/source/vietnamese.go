package source

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// vietnameseScore says how much a decoded text looks like Vietnamese:
// every word with a letter outside ASCII counts +1 when it is a valid
// Vietnamese syllable and -2 when it is not; words programmes use on every
// page count +3 more; characters no Vietnamese text holds (the Latin-1
// signs a wrong 8-bit table shows, control codes, U+FFFD) count -2 each.
// A wrong decoding of Vietnamese bytes produces non-syllables ("C¸c",
// "caùc") and stray signs, so the right table scores far above the others.
// good is the number of accented words that are valid syllables.
func vietnameseScore(s string) (score, good int) {
	for _, r := range s {
		if r >= 0x80 && !unicode.IsLetter(r) && !isVietnamesePunct(r) || r == '\uFFFD' ||
			r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' {
			score -= 2
		}
	}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) }) {
		ascii := true
		for _, r := range w {
			if r >= 0x80 {
				ascii = false
				break
			}
		}
		lw := strings.ToLower(w)
		if commonWords[lw] {
			score += 3
		}
		if ascii {
			continue
		}
		if isSyllable(lw) {
			score++
			good++
		} else {
			score -= 2
		}
	}
	return score, good
}

// isVietnamesePunct lists the non-ASCII signs Vietnamese office text uses.
func isVietnamesePunct(r rune) bool {
	switch r {
	case '\u00A0', '–', '—', '‘', '’', '“', '”', '…', '•', '°', '§', '«', '»', '№':
		return true
	}
	return false
}

// commonWords are syllables found on nearly every page of a programme.
var commonWords = map[string]bool{
	"của": true, "và": true, "các": true, "thực": true, "hiện": true, "đảng": true,
	"tỉnh": true, "những": true, "được": true, "trong": true, "với": true, "năm": true,
	"xây": true, "dựng": true, "phát": true, "triển": true, "kế": true, "hoạch": true,
	"chương": true, "trình": true, "nhiệm": true, "vụ": true, "đề": true, "án": true,
	"nghị": true, "quyết": true, "ủy": true, "ban": true, "cơ": true, "quan": true,
}

// toneMarks are the five Vietnamese tone marks as combining characters.
var toneMarks = map[rune]bool{0x0300: true, 0x0301: true, 0x0303: true, 0x0309: true, 0x0323: true}

// untoned maps each precomposed letter with a tone mark to the letter
// without it (ấ → â), so syllables are checked without normalising every
// word. It is built on first use: only guessing a legacy encoding needs it,
// and building it (7,700 runes normalised twice) was a millisecond of every
// command's start-up.
var untoned = sync.OnceValue(func() map[rune]rune {
	m := map[rune]rune{}
	for r := rune(0xC0); r <= 0x1EF9; r++ {
		d := []rune(norm.NFD.String(string(r)))
		if len(d) < 2 {
			continue
		}
		var rest []rune
		tone := false
		for _, c := range d {
			if toneMarks[c] {
				tone = true
			} else {
				rest = append(rest, c)
			}
		}
		if tone {
			if base := []rune(norm.NFC.String(string(rest))); len(base) == 1 {
				m[r] = base[0]
			}
		}
	}
	return m
})

// isSyllable reports whether a lower-case word is one Vietnamese syllable:
// an optional initial consonant, a vowel nucleus from the language's
// inventory, an optional final consonant the nucleus allows, and at most
// one tone mark.
func isSyllable(w string) bool {
	tones := 0
	table := untoned()
	var b strings.Builder
	for _, r := range w {
		switch base, ok := table[r]; {
		case toneMarks[r]:
			tones++
		case ok:
			tones++
			b.WriteRune(base)
		default:
			b.WriteRune(r)
		}
	}
	if tones > 1 {
		return false
	}
	s := b.String()
	// initial consonant, longest first
	for _, c := range initials {
		if strings.HasPrefix(s, c) {
			rest := s[len(c):]
			// "gi" and "qu" take part of the vowel: "gì", "quá"
			if rest == "" && (c == "gi") {
				return true
			}
			if rhymeOK(rest) {
				return true
			}
		}
	}
	return rhymeOK(s)
}

var initials = []string{"ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"}

var finals = []string{"ng", "nh", "ch", "c", "m", "n", "p", "t"}

// nuclei are the vowel groups; open ones end in a glide and take no final consonant.
var (
	closedNuclei = map[string]bool{
		"a": true, "ă": true, "â": true, "e": true, "ê": true, "i": true, "o": true, "ô": true,
		"ơ": true, "u": true, "ư": true, "y": true, "iê": true, "yê": true, "uô": true, "ươ": true,
		"oa": true, "oă": true, "oe": true, "uâ": true, "uê": true, "uy": true, "uyê": true, "oo": true, "uơ": true,
	}
	openNuclei = map[string]bool{
		"ai": true, "ao": true, "au": true, "ay": true, "âu": true, "ây": true, "eo": true, "êu": true,
		"ia": true, "iu": true, "oi": true, "ôi": true, "ơi": true, "ua": true, "ui": true, "ưa": true,
		"ưi": true, "ưu": true, "iêu": true, "yêu": true, "ươi": true, "ươu": true, "uôi": true,
		"oai": true, "oay": true, "oao": true, "oeo": true, "uây": true, "uya": true, "uyu": true, "ya": true,
	}
)

func rhymeOK(r string) bool {
	if r == "" {
		return false
	}
	if openNuclei[r] || closedNuclei[r] {
		return true
	}
	for _, f := range finals {
		if n, ok := strings.CutSuffix(r, f); ok && closedNuclei[n] {
			return true
		}
	}
	return false
}
