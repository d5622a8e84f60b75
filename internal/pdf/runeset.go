package pdf

import (
	"math/bits"
)

// runeSet is the characters printed in one face: a bit for each rune below
// runeSetBits (ASCII, Latin, Vietnamese and the punctuation a document
// uses), a map for the rest. Layout records every cell's text in it
// (recordIn), a few hundred thousand strings for a long annex, which a map
// of runes made a fifth of the paginator's time.
type runeSet struct {
	bits  [runeSetBits / 64]uint64
	other map[rune]bool
	n     int
}

// runeSetBits is how many runes the bit array covers: U+0000 to U+1FFF,
// which takes in Latin Extended Additional (U+1E00–U+1EFF, Vietnamese).
const runeSetBits = 0x2000

// add records r.
func (s *runeSet) add(r rune) {
	if r >= 0 && r < runeSetBits {
		if w, bit := &s.bits[r>>6], uint64(1)<<(r&63); *w&bit == 0 {
			*w |= bit
			s.n++
		}
		return
	}
	if !s.other[r] {
		if s.other == nil {
			s.other = map[rune]bool{}
		}
		s.other[r] = true
		s.n++
	}
}

// addString records the printable characters of str, as addRunes does.
func (s *runeSet) addString(str string) {
	for i := 0; i < len(str); i++ {
		c := str[i]
		if c >= 0x80 {
			s.addRunesFrom(str[i:])
			return
		}
		// Below 0x80 addRunes keeps what is neither a space, a line
		// break or tab, nor unprintable (control characters and DEL).
		if c > ' ' && c != 0x7F {
			if w, bit := &s.bits[c>>6], uint64(1)<<(c&63); *w&bit == 0 {
				*w |= bit
				s.n++
			}
		}
	}
}

// addRunesFrom records the printable characters of str rune by rune.
func (s *runeSet) addRunesFrom(str string) {
	for _, r := range str {
		if r < 0x80 {
			if r > ' ' && r != 0x7F {
				s.add(r)
			}
			continue
		}
		if !unprintable(r) {
			s.add(r)
		}
	}
}

// len is the number of runes recorded.
func (s *runeSet) len() int { return s.n }

// runes is the set as a map, for the glyph check.
func (s *runeSet) runes() map[rune]bool {
	m := make(map[rune]bool, s.n)
	for i, w := range s.bits {
		for ; w != 0; w &= w - 1 {
			m[rune(i*64+bits.TrailingZeros64(w))] = true
		}
	}
	for r := range s.other {
		m[r] = true
	}
	return m
}
