package pdf

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/maphash"
	"math"
	"sync"
	"unicode"
	"unicode/utf8"

	"baocao/internal/fontmetrics"
)

// pointsPerMM is fpdf's scale factor for millimetres (points per mm): sizes
// are divided by it exactly as fpdf divides them, so widths agree to the bit.
const pointsPerMM = 72.0 / 25.4

// faceWidths is one face's width table in thousandths of an em, as fpdf
// builds it (fontmetrics.PDFWidths), made on the face's first use: a
// document that never sets bold italic never builds its table.
type faceWidths struct {
	font    *fontmetrics.Font
	once    sync.Once
	cw      []uint16
	missing int
}

// table builds the width table once.
func (f *faceWidths) table() *faceWidths {
	f.once.Do(func() {
		// CheckPDF passed when the face was loaded, so this cannot fail.
		f.cw, f.missing, _ = f.font.PDFWidths()
	})
	return f
}

// measurer measures text in the current face from the font's own metrics,
// without fpdf: the layout is computed apart from drawing, and its widths
// and line breaks are fpdf's to the last bit (GetStringWidth, SplitText),
// so what is measured is what gets drawn.
type measurer struct {
	faces  map[string]*faceWidths // by fpdf style
	cur    *faceWidths            // the current face's, its table built
	style  string
	sizePt float64 // points
	size   float64 // millimetres
	margin float64 // the cell margin SplitText keeps on each side
}

// setFont selects a face and size in points.
func (m *measurer) setFont(style string, sizePt float64) {
	m.style, m.sizePt, m.size = style, sizePt, sizePt/pointsPerMM
	m.cur = nil
	if f := m.faces[style]; f != nil {
		m.cur = f.table()
	}
}

// runeWidth is r's width in thousandths of an em, as
// GetStringSymbolWidth counts it.
func (f *faceWidths) runeWidth(r rune) int {
	c := int(r)
	switch {
	case c < len(f.cw) && f.cw[c] > 0:
		if f.cw[c] != 65535 {
			return int(f.cw[c])
		}
		return 0
	case f.missing != 0:
		return f.missing
	}
	return 500
}

// symbolWidth is s's width in thousandths of an em (GetStringSymbolWidth).
func (m *measurer) symbolWidth(s string) int {
	f := m.cur
	if f == nil {
		return 0
	}
	w := 0
	for _, r := range s {
		w += f.runeWidth(r)
	}
	return w
}

// textWidths is symbolWidth(printable(s)) and the largest
// symbolWidth(printable(word)) over the words of s, for s whose only white
// space is single spaces between words (collapseSpaces): widths add up rune
// by rune, so one pass gives both.
func (m *measurer) textWidths(s string) (total, widest int) {
	f := m.cur
	if f == nil {
		return 0, 0
	}
	word := 0
	for _, r := range s {
		switch {
		case r == ' ':
			widest = max(widest, word)
			total += word + f.runeWidth(r)
			word = 0
		case !unprintable(r):
			word += f.runeWidth(r)
		}
	}
	return total + word, max(widest, word)
}

// printableWidth is symbolWidth(printable(s)) for a text with nothing
// unprintable, in one pass instead of two (every width and justification
// asked printable first, which decoded the text once more): ok is false,
// and the width unknown, if s has a rune printable would drop. A broken
// byte reads as U+FFFD in both passes, which printable keeps.
func (m *measurer) printableWidth(s string) (units int, ok bool) {
	f := m.cur
	if f == nil {
		return 0, true
	}
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7F && unprintable(r) {
			return 0, false
		}
		units += f.runeWidth(r)
	}
	return units, true
}

// width is s's printed width in millimetres (GetStringWidth).
func (m *measurer) width(s string) float64 {
	return float64(m.symbolWidth(s)) * m.size / 1000
}

// splitText is fpdf's SplitText on the measurer's face: lines no wider than
// w less the cell margin on each side, broken after the last space that
// fits, or inside a word wider than the line.
//
// It walks the text's bytes and cuts its lines out of it. fpdf walks the
// text as runes, so a text that is not valid UTF-8 is first made of its
// runes: U+FFFD for each broken byte, as fpdf's lines hold.
func (m *measurer) splitText(txt string, w float64) (lines []string) {
	f := m.cur
	if f == nil {
		return nil
	}
	if !utf8.ValidString(txt) {
		txt = string([]rune(txt))
	}
	cw := f.cw
	wmax := int(math.Ceil((w - 2*m.margin) * 1000 / m.size))
	nb := len(txt)
	for nb > 0 && txt[nb-1] == '\n' {
		nb--
	}
	s := txt[:nb]
	// i, j and sep are byte offsets where fpdf counts runes.
	sep, i, j, l := -1, 0, 0, 0
	for i < nb {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		if int(c) >= len(cw) {
			l += int(cw[min(f.missing, len(cw)-1)]) // sic: fpdf indexes the table by the missing width
		} else {
			l += int(cw[c])
		}
		if unicode.IsSpace(c) || isChinese(c) {
			sep = i
		}
		if c == '\n' || l > wmax {
			if sep == -1 {
				if i == j {
					i += size
				}
				sep = i
			} else {
				_, sz := utf8.DecodeRuneInString(s[sep:])
				i = sep + sz
			}
			lines = append(lines, s[j:sep])
			sep = -1
			j = i
			l = 0
		} else {
			i += size
		}
	}
	if i != j {
		lines = append(lines, s[j:i])
	}
	return lines
}

// isChinese is fpdf's test for a character a line may break after.
func isChinese(r rune) bool { return r >= 0x4e00 && r <= 0x9fa5 }

// widthCache keeps each font's metrics: parsing a face and building its
// 65,536-entry table costs more than laying out a small document. It is
// keyed by the font's length and its first and last bytes, and a hit is
// confirmed by comparing the bytes, which costs nothing when they are the
// very slice seen before (the embedded fonts, a configured font read
// once): copying and hashing four faces was 1.6 ms of a 40 ms annex. The
// bytes of a FontSet must not change once a document has used them.
var widthCache = struct {
	sync.Mutex
	seed  maphash.Seed
	faces map[uint64][]cachedFace
}{seed: maphash.MakeSeed(), faces: map[uint64][]cachedFace{}}

type cachedFace struct {
	data []byte
	w    *faceWidths
}

// fontKey hashes a font's length and its first and last 64 bytes.
func fontKey(data []byte) uint64 {
	var h maphash.Hash
	h.SetSeed(widthCache.seed)
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(data)))
	h.Write(n[:])
	h.Write(data[:min(64, len(data))])
	h.Write(data[max(0, len(data)-64):])
	return h.Sum64()
}

// loadWidths reads a face's metrics, once per font bytes.
func loadWidths(data []byte) (*faceWidths, error) {
	h := fontKey(data)
	widthCache.Lock()
	defer widthCache.Unlock()
	for _, c := range widthCache.faces[h] {
		if bytes.Equal(c.data, data) {
			return c.w, nil
		}
	}
	f, err := fontmetrics.Parse(data)
	if err != nil {
		return nil, err
	}
	if err := f.CheckPDF(); err != nil {
		return nil, err
	}
	if len(widthCache.faces) >= 64 {
		widthCache.faces = map[uint64][]cachedFace{}
	}
	w := &faceWidths{font: f}
	widthCache.faces[h] = append(widthCache.faces[h], cachedFace{data, w})
	return w, nil
}

// coverageCache keeps each font's glyph coverage, as widthCache keeps its
// metrics: a document checks its faces when it starts and again before it
// is written.
var coverageCache = struct {
	sync.Mutex
	fonts map[uint64][]cachedCoverage
}{fonts: map[uint64][]cachedCoverage{}}

type cachedCoverage struct {
	data []byte
	cov  *fontmetrics.Coverage
}

// coverage reads which characters a face has glyphs for, once per font bytes.
func coverage(data []byte) (*fontmetrics.Coverage, error) {
	h := fontKey(data)
	coverageCache.Lock()
	defer coverageCache.Unlock()
	for _, c := range coverageCache.fonts[h] {
		if bytes.Equal(c.data, data) {
			return c.cov, nil
		}
	}
	cov, err := fontmetrics.ParseCoverage(data)
	if err != nil {
		return nil, err
	}
	if len(coverageCache.fonts) >= 64 {
		coverageCache.fonts = map[uint64][]cachedCoverage{}
	}
	coverageCache.fonts[h] = append(coverageCache.fonts[h], cachedCoverage{data, cov})
	return cov, nil
}

// newMeasurer reads the widths of every face of fs.
func newMeasurer(fs FontSet) (*measurer, error) {
	m := &measurer{faces: map[string]*faceWidths{}}
	for _, fc := range fs.faces() {
		w, err := loadWidths(fc.data)
		if err != nil {
			return nil, fmt.Errorf("font %q, %s face: %w", fs.Family, fc.name, err)
		}
		m.faces[fc.style] = w
	}
	return m, nil
}
