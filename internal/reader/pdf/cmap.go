package pdf

import (
	"io"
	"unicode/utf16"
)

// toUnicode is a font's ToUnicode CMap: character code → text. Ranges are
// kept as ranges, never expanded, so a hostile "<0000> <FFFFFFFF>" costs
// nothing.
type toUnicode struct {
	chars  map[uint32]string
	ranges []cmapRange
}

type cmapRange struct {
	lo, hi uint32
	base   []uint16 // UTF-16 of the text for lo; the last unit counts up
	arr    []string // or one text per code from lo
}

// maxCMapEntries caps the bfchar entries and ranges kept from one CMap.
const maxCMapEntries = 1 << 16

func codeOf(s string) uint32 {
	var c uint32
	for i := 0; i < len(s) && i < 4; i++ {
		c = c<<8 | uint32(s[i])
	}
	return c
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func utf16Text(s string) string {
	if len(s) == 1 { // a producer's one-byte destination
		return string(rune(s[0]))
	}
	return string(utf16.Decode(utf16Units(s)))
}

// parseToUnicode reads the bfchar and bfrange sections of a CMap.
func parseToUnicode(r io.Reader) *toUnicode {
	m := &toUnicode{chars: map[uint32]string{}}
	l := newLexer(r)
	var ops []token  // operands since the last operator (strings only)
	var arr []string // the array being read
	var arrs [][]string
	inArr := false
	for n := 0; n < 4*maxCMapEntries; n++ {
		t := l.next()
		switch t.kind {
		case tokEOF:
			return m
		case tokArrOpen:
			inArr, arr = true, nil
		case tokArrClose:
			if inArr {
				arrs = append(arrs, arr)
				// an array operand stands in the operand list as a marker
				ops = append(ops, token{kind: tokArrOpen, num: float64(len(arrs) - 1)})
				inArr = false
			}
		case tokStr:
			if inArr {
				arr = append(arr, t.s)
			} else {
				ops = append(ops, t)
			}
		case tokOp:
			switch t.s {
			case "endbfchar":
				for i := 0; i+1 < len(ops); i += 2 {
					if ops[i].kind == tokStr && ops[i+1].kind == tokStr && len(m.chars) < maxCMapEntries {
						m.chars[codeOf(ops[i].s)] = utf16Text(ops[i+1].s)
					}
				}
			case "endbfrange":
				for i := 0; i+2 < len(ops); i += 3 {
					lo, hi, dst := ops[i], ops[i+1], ops[i+2]
					if lo.kind != tokStr || hi.kind != tokStr || len(m.ranges) >= maxCMapEntries {
						continue
					}
					rg := cmapRange{lo: codeOf(lo.s), hi: codeOf(hi.s)}
					if rg.hi < rg.lo {
						continue
					}
					switch dst.kind {
					case tokStr:
						rg.base = utf16Units(dst.s)
						if len(dst.s) == 1 {
							rg.base = []uint16{uint16(dst.s[0])}
						}
					case tokArrOpen:
						for _, s := range arrs[int(dst.num)] {
							rg.arr = append(rg.arr, utf16Text(s))
						}
					}
					m.ranges = append(m.ranges, rg)
				}
			}
			ops, arrs = ops[:0], arrs[:0]
		default:
			if !inArr {
				ops = append(ops, t)
			}
		}
	}
	return m
}

// lookup returns the text of code and whether the CMap maps it.
func (m *toUnicode) lookup(code uint32) (string, bool) {
	if s, ok := m.chars[code]; ok {
		return s, true
	}
	for _, rg := range m.ranges {
		if code < rg.lo || code > rg.hi {
			continue
		}
		off := code - rg.lo
		if rg.arr != nil {
			if int(off) < len(rg.arr) {
				return rg.arr[off], true
			}
			return "", false
		}
		if len(rg.base) == 0 {
			return "", false
		}
		u := append([]uint16(nil), rg.base...)
		u[len(u)-1] += uint16(off)
		return string(utf16.Decode(u)), true
	}
	return "", false
}
