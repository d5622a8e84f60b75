// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"math"
	"strconv"
)

// The text path of CellFormat, without its per-call strings: a long table
// draws a few hundred thousand cells, and converting each text to UTF-16,
// escaping it and building the operator string cost a new string at each
// step and a copy into the page (baocao's patch, see README.baocao.md).

// usedRuneBits marks the runes below 0x10000 a document already put in a
// font's usedRunes map (as r → r), so that printing them again costs a bit
// test instead of a map assignment.
type usedRuneBits [0x10000 / 64]uint64

// markUsedRunes does what `for _, r := range s { usedRunes[int(r)] =
// int(r) }` does to the current font's usedRunes map: a rune's entry is
// only ever set to itself after the font is added, so one set once need
// not be set again.
func (f *Fpdf) markUsedRunes(s string) {
	used, seen := f.currentFont.usedRunes, f.currentFont.usedSeen
	for _, r := range s {
		if seen == nil || r >= 0x10000 {
			used[int(r)] = int(r)
			continue
		}
		if w, bit := &seen[r>>6], uint64(1)<<(r&63); *w&bit == 0 {
			*w |= bit
			used[int(r)] = int(r)
		}
	}
}

// appendText marks the runes of s used (markUsedRunes) and appends
// f.escape(utf8toutf16(s, false)) to dst, decoding s once: for valid UTF-8
// of runes below U+10000, utf8toutf16's two bytes are the rune's. Any other
// text is marked and converted as the two functions do it.
func (f *Fpdf) appendText(dst []byte, s string) []byte {
	used, seen := f.currentFont.usedRunes, f.currentFont.usedSeen
	if seen == nil {
		f.markUsedRunes(s)
		return appendUTF16Text(dst, s)
	}
	start := len(dst)
	for i := 0; i < len(s); {
		c1 := s[i]
		var r rune
		switch {
		case c1 < 0x80:
			r = rune(c1)
			i++
		case c1 >= 0xC2 && c1 <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			r = rune(c1&0x1F)<<6 | rune(s[i+1]&0x3F)
			i += 2
		case c1 >= 0xE0 && c1 <= 0xEF && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80:
			r = rune(c1&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
			if r < 0x800 || r >= 0xD800 && r < 0xE000 { // overlong, surrogate
				r = -1
			}
			i += 3
		default:
			r = -1
		}
		if r < 0 {
			f.markUsedRunes(s)
			return appendUTF16Text(dst[:start], s)
		}
		if w, bit := &seen[r>>6], uint64(1)<<(r&63); *w&bit == 0 {
			*w |= bit
			used[int(r)] = int(r)
		}
		dst = appendEscapedByte(appendEscapedByte(dst, byte(r>>8)), byte(r))
	}
	return dst
}

// appendUTF16Text appends f.escape(utf8toutf16(s, false)) to dst: the same
// conversion, byte for byte (utf8toutf16's reading of UTF-8 included), and
// escape's four replacements, which touch distinct bytes and insert none
// that a later one replaces, done in the same pass.
func appendUTF16Text(dst []byte, s string) []byte {
	nb := len(s)
	i := 0
	for i < nb {
		c1 := byte(s[i])
		i++
		var hi, lo byte
		switch {
		case c1 >= 224:
			// 3-byte character
			c2 := byte(s[i])
			i++
			c3 := byte(s[i])
			i++
			hi, lo = ((c1&0x0F)<<4)+((c2&0x3C)>>2), ((c2&0x03)<<6)+(c3&0x3F)
		case c1 >= 192:
			// 2-byte character
			c2 := byte(s[i])
			i++
			hi, lo = ((c1 & 0x1C) >> 2), ((c1&0x03)<<6)+(c2&0x3F)
		default:
			// Single-byte character
			hi, lo = 0, c1
		}
		dst = appendEscapedByte(appendEscapedByte(dst, hi), lo)
	}
	return dst
}

// appendEscapedByte appends c as escape writes it.
func appendEscapedByte(dst []byte, c byte) []byte {
	switch c {
	case '\\', '(', ')':
		return append(dst, '\\', c)
	case '\r':
		return append(dst, '\\', 'r')
	}
	return append(dst, c)
}

// appendF64 appends v with prec decimals, as fmtF64 and printf("%.2f") write it
// (strconv.AppendFloat(dst, v, 'f', prec, 64)). Every coordinate of a page
// goes through here, over a million for a long table, and strconv's exact
// conversion was a tenth of painting one. For 2 or 3 decimals and
// |v| < 1e7 the digits are v·10^prec rounded to an integer: the product is
// within 2e-6 of the exact one, so where its fraction is not within 1e-5
// of one half it rounds as the exact value does; near a half (where
// strconv rounds the exact binary value, ties to even) strconv writes it.
func appendF64(dst []byte, v float64, prec int) []byte {
	var scale float64
	switch prec {
	case 2:
		scale = 100
	case 3:
		scale = 1000
	default:
		return strconv.AppendFloat(dst, v, 'f', prec, 64)
	}
	a := math.Abs(v)
	if !(a < 1e7) { // NaN, infinities and large numbers
		return strconv.AppendFloat(dst, v, 'f', prec, 64)
	}
	t := a * scale
	if frac := t - math.Floor(t); frac > 0.5-1e-5 && frac < 0.5+1e-5 {
		return strconv.AppendFloat(dst, v, 'f', prec, 64)
	}
	n := uint64(math.Round(t))
	if math.Signbit(v) {
		dst = append(dst, '-')
	}
	unit := uint64(scale)
	dst = strconv.AppendUint(dst, n/unit, 10)
	dst = append(dst, '.')
	frac := n % unit
	for unit /= 10; unit > 0; unit /= 10 {
		dst = append(dst, byte('0'+frac/unit))
		frac %= unit
	}
	return dst
}

// outBytes is out for a line held in a byte slice.
func (f *Fpdf) outBytes(b []byte) {
	if f.state == 2 {
		must(f.pages[f.page].Write(b))
		must(f.pages[f.page].WriteString("\n"))
	} else {
		must(f.buffer.Write(b))
		must(f.buffer.WriteString("\n"))
	}
}

// putBytes is put for a byte slice.
func (f *Fpdf) putBytes(b []byte) {
	if f.state == 2 {
		f.pages[f.page].Write(b)
	} else {
		f.buffer.Write(b)
	}
}
